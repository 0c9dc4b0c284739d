package dev.altlas.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Records one round: when each unit was submitted and when its result was stored.
 *
 * <p>A unit may finish before its submit call has returned its id (ALT_LAS learns the run id only
 * then), so either side may come first; a unit counts once both are known. Completions of ids this
 * round did not submit (stragglers of an earlier round) are ignored.
 */
final class RoundRecorder implements Completions {
  private final CountDownLatch outstanding;
  private final Map<String, Instant> submitted = new HashMap<>();
  private final Map<String, Instant> finished = new HashMap<>();
  private final Set<String> unsuccessful = new HashSet<>();
  private final Set<String> counted = new HashSet<>();
  private int failedSubmits;
  private String firstError;

  RoundRecorder(int units) {
    outstanding = new CountDownLatch(units);
  }

  /** Records a submission that returned {@code id}; {@code at} is when the submit call started. */
  synchronized void submitted(String id, Instant at) {
    submitted.put(id, at);
    countIfComplete(id);
  }

  synchronized void submitFailed(Exception e) {
    failedSubmits++;
    if (firstError == null) {
      firstError = e.toString();
    }
    outstanding.countDown();
  }

  @Override
  public synchronized void finished(String id, Instant at, boolean succeeded) {
    finished.putIfAbsent(id, at);
    if (!succeeded) {
      unsuccessful.add(id);
    }
    countIfComplete(id);
  }

  private void countIfComplete(String id) {
    if (submitted.containsKey(id) && finished.containsKey(id) && counted.add(id)) {
      outstanding.countDown();
    }
  }

  /** Waits until every unit has finished or its submission failed; false on timeout. */
  boolean await(Duration timeout) throws InterruptedException {
    return outstanding.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** Units not yet finished. */
  long outstanding() {
    return outstanding.getCount();
  }

  /** The first submission error, or null. */
  synchronized String firstError() {
    return firstError;
  }

  synchronized RoundResult result() {
    var latencies = new ArrayList<Double>(counted.size());
    Instant first = null;
    Instant last = null;
    for (String id : counted) {
      Instant start = submitted.get(id);
      Instant end = finished.get(id);
      latencies.add(Duration.between(start, end).toNanos() / 1e6);
      first = first == null || start.isBefore(first) ? start : first;
      last = last == null || end.isAfter(last) ? end : last;
    }
    if (latencies.isEmpty()) {
      return new RoundResult(0, failedSubmits, 0, Double.NaN, Double.NaN);
    }
    double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    double seconds = Math.max(Duration.between(first, last).toNanos(), 1) / 1e9;
    int failed = failedSubmits + (int) unsuccessful.stream().filter(counted::contains).count();
    return new RoundResult(
        counted.size(),
        failed,
        counted.size() / seconds,
        Stats.percentile(sorted, 50),
        Stats.percentile(sorted, 99));
  }
}
