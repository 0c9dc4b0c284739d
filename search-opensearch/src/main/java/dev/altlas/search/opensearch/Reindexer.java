package dev.altlas.search.opensearch;

import dev.altlas.archive.ArchiveStore;
import dev.altlas.archive.SliceDigests;
import dev.altlas.archive.Synonyms;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a new concrete index from the archive store (the source of truth) or from the live index
 * (e.g. after a mapping change) and moves the aliases to it without downtime:
 *
 * <ol>
 *   <li>copies the source into a new generation ({@code PREFIX-00000N}) in batches, throttled to
 *       {@link ReindexOptions#docsPerSecond()}, saving a checkpoint after every batch, so a reindex
 *       that is stopped resumes where it stopped;
 *   <li>copies what the source gained meanwhile (catch-up);
 *   <li>verifies: per day of finish time, the count and an order-independent checksum of (run id,
 *       digest) must agree between source and target ({@link SliceDigests});
 *   <li>only then moves the read and write aliases in one atomic request, copies what arrived
 *       between verification and the switch, and hands the old index to the ISM lifecycle policy
 *       when the cluster has ISM (else it stays, for a rollback, until deleted by hand).
 * </ol>
 *
 * Searches read the old index through the read alias until the switch. On a verification mismatch
 * nothing is switched, the differing days are reported, and the target is left for inspection; the
 * next reindex starts a fresh generation.
 *
 * <p>Runs deleted from the source during the copy stay in the target, so verification fails and the
 * reindex must be run again.
 */
public final class Reindexer implements AutoCloseable {

  private final OpenSearchConnection connection;
  private final ArchiveIndexes indexes;
  private final OpenSearchSettings settings;
  private final ReindexOptions options;

  private Reindexer(
      OpenSearchConnection connection, ArchiveIndexes indexes, ReindexOptions options) {
    this.connection = connection;
    this.indexes = indexes;
    this.settings = indexes.settings();
    this.options = options;
  }

  /**
   * Connects to the cluster and makes sure the template, an index and the aliases exist.
   *
   * @param synonyms the rules new generations are created with
   */
  public static Reindexer open(
      OpenSearchSettings settings, Synonyms synonyms, ReindexOptions options) {
    OpenSearchConnection connection = OpenSearchConnection.open(settings);
    try {
      ArchiveIndexes indexes = new ArchiveIndexes(connection, settings, synonyms);
      indexes.open();
      return new Reindexer(connection, indexes, options);
    } catch (RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /** Rebuilds the index from the archive store; the checkpoint is kept in the store. */
  public ReindexResult fromStore(ArchiveStore store) {
    return run(new StoreSource(store, settings));
  }

  /** Copies the live index into a new one; the checkpoint is kept in the live index's mapping. */
  public ReindexResult fromLiveIndex() {
    return run(new IndexSource(connection, live()));
  }

  private String live() {
    return indexes
        .aliasTarget(settings.readAlias())
        .orElseThrow(
            () -> new IllegalStateException("the read alias " + settings.readAlias() + " is gone"));
  }

  private ReindexResult run(ReindexSource source) {
    long started = System.nanoTime();
    String previous = live();
    Checkpoint checkpoint = resumable(source, previous).orElseGet(() -> start(source));
    Copy copy = new Copy(source, checkpoint, started);

    copy.untilCaughtUp(ReindexPhase.COPY);
    copy.untilCaughtUp(ReindexPhase.CATCH_UP);

    copy.report(ReindexPhase.VERIFY);
    refresh(checkpoint.target());
    SliceDigests expected = new SliceDigests();
    source.entries(expected);
    SliceDigests actual = new SliceDigests();
    OpenSearchIndex.scan(connection, checkpoint.target(), actual);
    List<SliceDigests.Difference> differences = expected.differences(actual);
    if (!differences.isEmpty()) {
      source.saveCheckpoint(copy.position().with(Checkpoint.State.FAILED).json(connection));
      return new ReindexResult(
          previous,
          checkpoint.target(),
          copy.copied(),
          checkpoint.copied(),
          differences,
          false,
          false,
          Duration.ofNanos(System.nanoTime() - started));
    }

    indexes.switchAliases(previous, checkpoint.target());
    // what the archive wrote to the old index between the catch-up and the switch
    copy.untilCaughtUp(ReindexPhase.SWITCHED);
    refresh(checkpoint.target());
    source.saveCheckpoint(copy.position().with(Checkpoint.State.DONE).json(connection));
    boolean retired = indexes.retire(previous);
    copy.report(ReindexPhase.SWITCHED);
    return new ReindexResult(
        previous,
        checkpoint.target(),
        copy.copied(),
        checkpoint.copied(),
        List.of(),
        true,
        retired,
        Duration.ofNanos(System.nanoTime() - started));
  }

  /** The checkpoint of an unfinished reindex whose target still exists. */
  private Optional<Checkpoint> resumable(ReindexSource source, String live) {
    return source
        .checkpoint()
        .map(text -> Checkpoint.parse(text, connection))
        .filter(c -> c.state() == Checkpoint.State.COPYING)
        .filter(c -> !c.target().equals(live) && indexes.exists(c.target()));
  }

  private Checkpoint start(ReindexSource source) {
    String target = settings.concreteIndex(indexes.nextGeneration());
    indexes.createIndex(target, false);
    // refreshes are wasted on an index nobody searches yet
    connection.rawOk(
        "pause refreshes of " + target,
        "PUT",
        "/" + target + "/_settings",
        "{\"index\":{\"refresh_interval\":\"-1\"}}");
    Checkpoint checkpoint = new Checkpoint(target, null, 0, Checkpoint.State.COPYING);
    source.saveCheckpoint(checkpoint.json(connection));
    return checkpoint;
  }

  private void refresh(String index) {
    connection.rawOk(
        "resume refreshes of " + index,
        "PUT",
        "/" + index + "/_settings",
        "{\"index\":{\"refresh_interval\":null}}");
    connection.call("refresh " + index, c -> c.indices().refresh(r -> r.index(index)));
  }

  @Override
  public void close() {
    connection.close();
  }

  /** The copy of one reindex run: its position, counts and throttle. */
  private final class Copy {
    private final ReindexSource source;
    private final long started;
    private final RateLimiter throttle;
    private Checkpoint position;
    private long copiedNow;
    private long total;

    Copy(ReindexSource source, Checkpoint from, long started) {
      this.source = source;
      this.position = from;
      this.started = started;
      this.total = source.count();
      this.throttle =
          options.docsPerSecond() == 0
              ? null
              : RateLimiter.of(
                  "reindex",
                  RateLimiterConfig.custom()
                      .limitForPeriod(options.docsPerSecond())
                      .limitRefreshPeriod(Duration.ofSeconds(1))
                      .timeoutDuration(Duration.ofMinutes(1))
                      .build());
    }

    Checkpoint position() {
      return position;
    }

    long copied() {
      return position.copied();
    }

    /** Copies batches until the source has no more, saving the checkpoint after each. */
    void untilCaughtUp(ReindexPhase phase) {
      total = source.count();
      while (true) {
        ReindexSource.Batch batch = source.after(position.position(), options.batchSize());
        if (batch.documents().isEmpty()) {
          return;
        }
        wait(batch.documents().size());
        List<BulkOperation> operations =
            batch.documents().stream()
                .map(d -> BulkOperation.of(o -> o.index(i -> i.id(d.runId()).document(d.source()))))
                .toList();
        OpenSearchIndex.bulk(connection, position.target(), operations);
        copiedNow += operations.size();
        position =
            new Checkpoint(
                position.target(),
                batch.next(),
                position.copied() + operations.size(),
                Checkpoint.State.COPYING);
        source.saveCheckpoint(position.json(connection));
        total = Math.max(total, position.copied());
        report(phase);
      }
    }

    /** Takes the throttle's permits for {@code docs}, at most one period's worth at a time. */
    private void wait(int docs) {
      if (throttle == null) {
        return;
      }
      for (int left = docs; left > 0; ) {
        int permits = Math.min(left, options.docsPerSecond());
        if (!throttle.acquirePermission(permits)) {
          throw new IllegalStateException("the reindex throttle gave no permit within a minute");
        }
        left -= permits;
      }
    }

    void report(ReindexPhase phase) {
      double seconds = (System.nanoTime() - started) / 1e9;
      double rate = seconds > 0 ? copiedNow / seconds : 0;
      long left = Math.max(0, total - position.copied());
      Duration eta =
          rate > 0 && left > 0 ? Duration.ofMillis((long) (left / rate * 1000)) : Duration.ZERO;
      options
          .progress()
          .accept(
              new ReindexProgress(phase, position.target(), position.copied(), total, rate, eta));
    }
  }

  /**
   * How far a reindex got: its target, the source position after the last batch written, the runs
   * copied and whether it is still going; kept as JSON text by the source.
   */
  record Checkpoint(String target, String position, long copied, State state) {

    enum State {
      COPYING,
      DONE,
      FAILED
    }

    Checkpoint with(State value) {
      return new Checkpoint(target, position, copied, value);
    }

    String json(OpenSearchConnection connection) {
      ObjectNode node = connection.json().createObjectNode();
      node.put("target", target);
      node.put("position", position);
      node.put("copied", copied);
      node.put("state", state.name());
      return connection.json().writeValueAsString(node);
    }

    static Checkpoint parse(String text, OpenSearchConnection connection) {
      JsonNode node = connection.json().readTree(text);
      JsonNode position = node.path("position");
      return new Checkpoint(
          node.path("target").asString(),
          position.isString() ? position.asString() : null,
          node.path("copied").asLong(),
          State.valueOf(node.path("state").asString()));
    }
  }
}
