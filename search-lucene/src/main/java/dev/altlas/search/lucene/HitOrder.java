package dev.altlas.search.lucene;

import dev.altlas.archive.InvalidQueryException;
import dev.altlas.archive.SortOrder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene sort of a {@link SortOrder}, always ending with the run id so the order is total, and
 * the page cursor: the last hit's sort values, opaque to callers.
 *
 * <p>A cursor is URL-safe Base64 of {@code ORDER:VALUE:RUN_ID}: the order's name, the first sort
 * value in hex (score as float bits, rate as double bits, time or duration) and the run id.
 */
final class HitOrder {
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final String SEPARATOR = ":";

  private HitOrder() {}

  static Sort sort(SortOrder order) {
    return new Sort(first(order), new SortField(RunFields.RUN_ID, SortField.Type.STRING));
  }

  private static SortField first(SortOrder order) {
    return switch (order) {
      case RELEVANCE -> SortField.FIELD_SCORE;
      case NEWEST -> new SortField(RunFields.FINISHED_AT, SortField.Type.LONG, true);
      case OLDEST -> new SortField(RunFields.FINISHED_AT, SortField.Type.LONG);
      case SUCCESS_RATE_HIGH -> new SortField(RunFields.SUCCESS_RATE, SortField.Type.DOUBLE, true);
      case SUCCESS_RATE_LOW -> new SortField(RunFields.SUCCESS_RATE, SortField.Type.DOUBLE);
      case LONGEST -> new SortField(RunFields.DURATION_MS, SortField.Type.LONG, true);
    };
  }

  static String cursor(SortOrder order, FieldDoc last) {
    long value =
        switch (order) {
          case RELEVANCE -> Float.floatToIntBits((Float) last.fields[0]);
          case SUCCESS_RATE_HIGH, SUCCESS_RATE_LOW ->
              Double.doubleToLongBits((Double) last.fields[0]);
          case NEWEST, OLDEST, LONGEST -> (Long) last.fields[0];
        };
    String runId = ((BytesRef) last.fields[1]).utf8ToString();
    String text = order.name() + SEPARATOR + Long.toHexString(value) + SEPARATOR + runId;
    return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The position a cursor stands for.
   *
   * @throws InvalidQueryException when the cursor was not given out by a search in this order
   */
  static FieldDoc after(SortOrder order, String cursor) {
    String[] parts;
    long value;
    try {
      parts = decode(cursor).split(SEPARATOR, 3);
      if (parts.length != 3 || parts[2].isEmpty()) {
        throw malformed(cursor);
      }
      value = Long.parseUnsignedLong(parts[1], 16);
    } catch (IllegalArgumentException | CharacterCodingException e) {
      throw malformed(cursor);
    }
    if (!parts[0].equals(order.name())) {
      throw new InvalidQueryException(
          "the cursor '" + cursor + "' belongs to another sort order than " + order);
    }
    Object first =
        switch (order) {
          case RELEVANCE -> Float.intBitsToFloat((int) value);
          case SUCCESS_RATE_HIGH, SUCCESS_RATE_LOW -> Double.longBitsToDouble(value);
          case NEWEST, OLDEST, LONGEST -> value;
        };
    // The run id makes every position unique, so the document number never decides.
    return new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] {first, new BytesRef(parts[2])});
  }

  private static String decode(String cursor) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(DECODER.decode(cursor)))
        .toString();
  }

  private static InvalidQueryException malformed(String cursor) {
    return new InvalidQueryException(
        "the cursor '" + cursor + "' is not one a search gave out; start again without it");
  }
}
