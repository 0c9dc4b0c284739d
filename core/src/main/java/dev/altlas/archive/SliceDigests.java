package dev.altlas.archive;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What verification compares between two copies of the archive (a store and an index, or two
 * indexes): per UTC day of finish time, how many runs there are and a checksum of their (run id,
 * digest) pairs that does not depend on the order they were read in. Two copies hold the same runs
 * with the same content exactly when every day's count and checksum agree (up to a 128-bit hash
 * collision).
 *
 * <p>Feed it with {@link #accept} (e.g. as the consumer of {@link SearchIndex#scan}) or build it
 * from a stream with {@link #of}. Not thread-safe.
 */
public final class SliceDigests implements Consumer<IndexEntry> {

  private final Map<LocalDate, Slice> slices = new TreeMap<>();
  private final MessageDigest sha256;

  public SliceDigests() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  public static SliceDigests of(Stream<IndexEntry> entries) {
    SliceDigests digests = new SliceDigests();
    entries.forEach(digests);
    return digests;
  }

  @Override
  public void accept(IndexEntry entry) {
    Objects.requireNonNull(
        entry.finishedAt(), () -> "run " + entry.runId() + " has no finish time");
    sha256.reset();
    sha256.update(entry.runId().getBytes(StandardCharsets.UTF_8));
    sha256.update((byte) 0);
    sha256.update(Objects.toString(entry.digest(), "").getBytes(StandardCharsets.UTF_8));
    ByteBuffer hash = ByteBuffer.wrap(sha256.digest());
    long high = hash.getLong();
    long low = hash.getLong();
    LocalDate day = LocalDate.ofInstant(entry.finishedAt(), ZoneOffset.UTC);
    slices.merge(day, new Slice(day, 1, high, low), Slice::plus);
  }

  /** The slices with at least one run, oldest first. */
  public List<Slice> slices() {
    return List.copyOf(slices.values());
  }

  /** Runs counted over all slices. */
  public long count() {
    return slices.values().stream().mapToLong(Slice::count).sum();
  }

  /**
   * The days on which this copy and {@code other} differ, oldest first; empty when they hold the
   * same runs. A day missing from one side has a zero slice there.
   */
  public List<Difference> differences(SliceDigests other) {
    TreeSet<LocalDate> days = new TreeSet<>(slices.keySet());
    days.addAll(other.slices.keySet());
    List<Difference> differences = new ArrayList<>();
    for (LocalDate day : days) {
      Slice mine = slices.getOrDefault(day, Slice.empty(day));
      Slice theirs = other.slices.getOrDefault(day, Slice.empty(day));
      if (!mine.equals(theirs)) {
        differences.add(new Difference(day, mine, theirs));
      }
    }
    return differences;
  }

  /**
   * The runs of one day: their count and the sums (modulo 2^64) of the two halves of each run's
   * SHA-256 of (run id, digest). Sums rather than XOR, so a run counted twice does not cancel out.
   */
  public record Slice(LocalDate day, long count, long hashSumHigh, long hashSumLow) {

    static Slice empty(LocalDate day) {
      return new Slice(day, 0, 0, 0);
    }

    Slice plus(Slice other) {
      return new Slice(
          day, count + other.count, hashSumHigh + other.hashSumHigh, hashSumLow + other.hashSumLow);
    }

    /** The checksum as 32 hex digits, for reports. */
    public String checksum() {
      return HexFormat.of().toHexDigits(hashSumHigh) + HexFormat.of().toHexDigits(hashSumLow);
    }
  }

  /** A day whose runs differ between the two copies compared. */
  public record Difference(LocalDate day, Slice source, Slice target) {
    @Override
    public String toString() {
      return day
          + ": "
          + source.count()
          + " runs (checksum "
          + source.checksum()
          + ") in the source, "
          + target.count()
          + " (checksum "
          + target.checksum()
          + ") in the target";
    }
  }
}
