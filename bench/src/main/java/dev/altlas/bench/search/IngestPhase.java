package dev.altlas.bench.search;

import dev.altlas.archive.ArchivedRun;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every system indexes the same generated records: first an untimed warm-up into a throw-away
 * index, then the timed rounds, each into a fresh index, the systems taking turns in an order that
 * rotates from round to round. A round writes the records in batches and refreshes once; its time
 * is that of the {@code index} and {@code refresh} calls (generating the records is not counted).
 * The last round's indexes stay open for the queries.
 */
final class IngestPhase {
  private final SearchOptions options;
  private final SearchSubjects subjects;
  private final int records;
  private final SizeLog log;
  private final ArchiveRecords generator;

  /** The longest wait for the previous system's merges: a large merge takes minutes. */
  static final Duration SETTLE = Duration.ofMinutes(5);

  private final Map<SearchSystem, SearchSubject> open = new EnumMap<>(SearchSystem.class);
  private final Map<SearchSystem, List<Double>> rates = new EnumMap<>(SearchSystem.class);

  IngestPhase(SearchOptions options, SearchSubjects subjects, int records, SizeLog log) {
    this.options = options;
    this.subjects = subjects;
    this.records = records;
    this.log = log;
    this.generator = new ArchiveRecords(options.seed());
  }

  /** Runs it; the systems still standing are then in {@link #open()}. */
  void run() {
    for (SearchSystem system : options.systems()) {
      rates.put(system, new ArrayList<>());
      warmUp(system);
    }
    for (int round = 1; round <= options.ingestRounds(); round++) {
      List<SearchSystem> turns = new ArrayList<>(options.systems());
      Collections.rotate(turns, -(round - 1));
      for (SearchSystem system : turns) {
        if (!log.failed(system)) {
          round(system, round);
        }
      }
    }
  }

  /** The last round's subjects, by system; the caller closes them. */
  Map<SearchSystem, SearchSubject> open() {
    return open;
  }

  /** Records per second of each round that finished. */
  List<Double> rates(SearchSystem system) {
    return rates.getOrDefault(system, List.of());
  }

  /** Indexes the first records into a throw-away index, untimed. */
  private void warmUp(SearchSystem system) {
    int count = Math.min(records, options.ingestWarmup());
    if (count == 0) {
      return;
    }
    SearchSubject subject = null;
    try {
      subject = subjects.open(system, records + "-warmup");
      for (int from = 0; from < count; from += options.batch()) {
        subject.index(generator.runs(from, Math.min(count, from + options.batch())));
      }
      subject.refresh();
    } catch (RuntimeException e) {
      log.fail(system, "the ingest warm-up", e);
    } finally {
      if (subject != null) {
        log.close(system, subject);
      }
    }
  }

  private void round(SearchSystem system, int round) {
    SearchSubject previous = open.remove(system);
    if (previous != null) {
      log.close(system, previous);
    }
    // what the previous system left on the heap or still runs (merges, the compiler) should not
    // fall on this one's time
    System.gc();
    String name = "ingest " + round + "/" + options.ingestRounds();
    log.quiet(system.key() + " " + name, ProcessIdle.await(SETTLE));
    log.probe(system, name);
    SearchSubject subject = null;
    try {
      subject = subjects.open(system, records + "-" + round);
      long nanos = 0;
      int step = Math.max(records / 10, options.batch());
      int reported = 0;
      for (int from = 0; from < records; from += options.batch()) {
        List<ArchivedRun> batch = generator.runs(from, Math.min(records, from + options.batch()));
        long start = System.nanoTime();
        subject.index(batch);
        nanos += System.nanoTime() - start;
        int done = from + batch.size();
        if (done - reported >= step && done < records) {
          reported = done;
          log.say(system, "%s: %d records, %.0f/s", name, done, done / (nanos / 1e9));
        }
      }
      long start = System.nanoTime();
      subject.refresh();
      nanos += System.nanoTime() - start;
      double rate = records / (nanos / 1e9);
      IndexShape shape = subject.shape();
      rates.get(system).add(rate);
      log.say(
          system,
          "%s: %d records in %.1f s, %.0f/s, index %.1f MiB in %d segments",
          name,
          records,
          nanos / 1e9,
          rate,
          shape.bytes() / 1048576.0,
          shape.segments());
      open.put(system, subject);
    } catch (RuntimeException e) {
      log.fail(system, name, e);
      if (subject != null) {
        log.close(system, subject);
      }
    }
  }
}
