package dev.altlas.search.opensearch;

import dev.altlas.archive.InvalidQueryException;
import dev.altlas.archive.SortOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.opensearch.client.opensearch._types.FieldValue;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The opaque page cursor: the sort order's name and the sort values of a page's last hit ({@code
 * search_after}), as URL-safe base64 of a JSON array. Every order has two keys, its own and the run
 * id.
 */
final class SearchCursor {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SearchCursor() {}

  static String encode(SortOrder order, List<FieldValue> sortValues) {
    ArrayNode array = JSON.createArrayNode();
    array.add(order.name());
    for (FieldValue value : sortValues) {
      switch (value._kind()) {
        case Long -> array.add(value.longValue());
        case Double -> array.add(value.doubleValue());
        case String -> array.add(value.stringValue());
        default -> throw new IllegalStateException("unexpected sort value " + value + " in a hit");
      }
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(array));
  }

  /**
   * @throws InvalidQueryException when the text is not a cursor a search in this order gave out
   */
  static List<FieldValue> decode(SortOrder order, String cursor) {
    JsonNode array;
    try {
      array =
          JSON.readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException | JacksonException e) {
      throw malformed(cursor);
    }
    if (array == null
        || !array.isArray()
        || array.size() != 3
        || !array.get(0).isString()
        || !array.get(1).isNumber()
        || !array.get(2).isString()) {
      throw malformed(cursor);
    }
    if (!array.get(0).asString().equals(order.name())) {
      throw new InvalidQueryException(
          "the page cursor was given out for another sort order than " + order + "; start again");
    }
    List<FieldValue> values = new ArrayList<>();
    JsonNode first = array.get(1);
    values.add(
        first.isIntegralNumber()
            ? FieldValue.of(first.longValue())
            : FieldValue.of(first.doubleValue()));
    values.add(FieldValue.of(array.get(2).asString()));
    return values;
  }

  private static InvalidQueryException malformed(String cursor) {
    String shown = cursor.length() > 40 ? cursor.substring(0, 40) + "…" : cursor;
    return new InvalidQueryException(
        "the page cursor '"
            + shown
            + "' is not one this search gave out; start from the first page");
  }
}
