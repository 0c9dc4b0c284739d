package dev.altlas.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one subject: starts it on a fresh database, runs a warm-up round and the measured rounds,
 * and stops it. A round that does not finish in time, or a subject that fails, ends that subject's
 * run with the reason; the others still run.
 */
final class SubjectRunner {
  private final BenchOptions options;
  private final PrintStream progress;

  SubjectRunner(BenchOptions options, PrintStream progress) {
    this.options = options;
    this.progress = progress;
  }

  SubjectResult run(SubjectSpec spec) throws InterruptedException {
    String label = spec.system() + " on " + spec.database() + ", " + spec.unit();
    var rounds = new ArrayList<RoundResult>();
    // completions go to the round in progress; the subject reports them from its own threads
    var current = new AtomicReference<RoundRecorder>(new RoundRecorder(0));
    Completions sink = (id, at, succeeded) -> current.get().finished(id, at, succeeded);
    try (Subject subject = spec.opener().open(sink);
        ExecutorService submitters = Executors.newFixedThreadPool(options.submitters())) {
      for (int round = 0; round <= options.rounds(); round++) {
        String name = round == 0 ? "warm-up" : "round " + round + "/" + options.rounds();
        var recorder = new RoundRecorder(options.units());
        current.set(recorder);
        long started = System.nanoTime();
        submitAll(subject, recorder, submitters);
        Duration left = options.roundTimeout().minusNanos(System.nanoTime() - started);
        if (!recorder.await(left.isNegative() ? Duration.ZERO : left)) {
          String problem =
              "%s: %s did not finish within %d s (%d of %d units outstanding%s)"
                  .formatted(
                      label,
                      name,
                      options.roundTimeout().toSeconds(),
                      recorder.outstanding(),
                      options.units(),
                      recorder.firstError() == null ? "" : "; " + recorder.firstError());
          progress.println("[bench] " + problem);
          return new SubjectResult(spec, rounds, problem);
        }
        RoundResult result = recorder.result();
        progress.println(
            String.format(
                Locale.ROOT,
                "[bench] %s: %s: %d in %.1f s, %.0f/s, p50 %.1f ms, p99 %.1f ms%s",
                label,
                name,
                result.completed(),
                (System.nanoTime() - started) / 1e9,
                result.perSecond(),
                result.p50Ms(),
                result.p99Ms(),
                result.failed() == 0 ? "" : failures(result, recorder)));
        if (round > 0) {
          rounds.add(result);
        }
      }
      return new SubjectResult(spec, rounds, null);
    } catch (InterruptedException e) {
      throw e;
    } catch (Exception e) {
      String problem = label + ": " + e;
      progress.println("[bench] " + problem);
      return new SubjectResult(spec, rounds, problem);
    }
  }

  private static String failures(RoundResult result, RoundRecorder recorder) {
    return ", "
        + result.failed()
        + " failed"
        + (recorder.firstError() == null ? "" : " (first: " + recorder.firstError() + ")");
  }

  /**
   * Submits the round's units from all submitter threads as fast as they go; each unit's latency
   * starts when its submit call does.
   */
  private void submitAll(Subject subject, RoundRecorder recorder, ExecutorService submitters)
      throws InterruptedException {
    int threads = options.submitters();
    var batches = new ArrayList<Callable<Void>>(threads);
    for (int t = 0; t < threads; t++) {
      int first = t;
      batches.add(
          () -> {
            for (int i = first; i < options.units(); i += threads) {
              Instant at = Instant.now();
              String id;
              try {
                id = subject.submit();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
              } catch (Exception e) {
                recorder.submitFailed(e);
                continue;
              }
              recorder.submitted(id, at);
            }
            return null;
          });
    }
    submitters.invokeAll(batches, options.roundTimeout().toMillis(), TimeUnit.MILLISECONDS);
  }
}
