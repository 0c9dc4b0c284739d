package dev.altlas.search.opensearch;

import dev.altlas.archive.ArchiveStore;
import dev.altlas.archive.ArchivedRun;
import dev.altlas.model.Mode;
import dev.altlas.model.Persona;
import dev.altlas.model.RunStatus;
import dev.altlas.testkit.ArchiveFixtures;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/** Many different runs, the same for a given number, spread over 60 days of finish times. */
final class GeneratedRuns {

  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final List<String> SUBJECTS =
      List.of("report", "invoice", "kitap", "dosya", "budget", "rapor", "weather", "sales");
  private static final List<String> TYPES =
      List.of("fs.read", "fs.list", "data.sort", "ai.summarize", "http.request", "notify.email");

  private GeneratedRuns() {}

  /** Run number {@code n} (from 0), as the store would commit it with {@code sequence}. */
  static ArchivedRun run(int n, long sequence) {
    String subject = SUBJECTS.get(n % SUBJECTS.size());
    boolean turkish = n % 3 == 0;
    ArchiveFixtures.RunBuilder run =
        ArchiveFixtures.run(String.format("gen-%06d", n))
            .command((turkish ? "Bu " : "Summarize the ") + subject + " number " + n)
            .language(
                turkish ? "tr" : "en",
                Mode.values()[n % Mode.values().length],
                Persona.values()[n % Persona.values().length])
            .tags("generated", subject)
            .task(TYPES.get(n % TYPES.size()), "Read the " + subject, ArchiveFixtures.ok(Map.of()))
            .task(
                TYPES.get((n / 7) % TYPES.size()),
                "Write the " + subject,
                n % 5 == 0
                    ? ArchiveFixtures.failed("task.failed", "it did not work")
                    : ArchiveFixtures.ok("done " + n))
            .status(n % 5 == 0 ? RunStatus.PARTIALLY_SUCCEEDED : RunStatus.SUCCEEDED)
            .summary("Run " + n + " about " + subject)
            .finished(START.plusSeconds(n * 51L % (60 * 86_400)).toString(), 100 + n % 1000);
    if (n % 4 != 0) {
      run.embedding(1 + n % 7, n % 3, n % 5, 1);
    }
    return run.build(sequence);
  }

  /** Adds runs {@code from} (inclusive) to {@code to} (exclusive) to the store, on four threads. */
  static void addTo(ArchiveStore store, int from, int to) {
    try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
      List<Future<Void>> added =
          IntStream.range(0, 4)
              .mapToObj(
                  t ->
                      threads.submit(
                          () -> {
                            for (int n = from + t; n < to; n += 4) {
                              ArchivedRun run = run(n, 0);
                              // as an upload of a bare .last: the store checks plans against
                              // the task catalog, and these tasks have no parameters
                              store.add(run.result(), null, run.embedding());
                            }
                            return (Void) null;
                          }))
              .toList();
      for (Future<Void> f : added) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot fill the archive store", e);
    }
  }
}
