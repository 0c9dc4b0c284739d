package dev.altlas.archiving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.archive.ArchivedRun;
import dev.altlas.model.Mode;
import dev.altlas.model.OutcomeStats;
import dev.altlas.model.Plan;
import dev.altlas.model.RunResult;
import dev.altlas.model.RunStatus;
import dev.altlas.model.StatDimension;
import dev.altlas.model.TaskResult;
import dev.altlas.model.TaskStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Percentiles and success rates against their definitions, computed the slow, exact way. */
class StatisticsProperties {

  /** The nearest-rank percentile by its definition: the ⌈p·n/100⌉-th smallest value. */
  private static long nearestRank(List<Long> values, int percent) {
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int rank = (percent * sorted.size() + 99) / 100;
    return sorted.get(rank - 1);
  }

  @Property
  void keptValuesGiveExactPercentiles(
      @ForAll @Size(min = 1, max = 300) List<@LongRange(min = 0, max = 10_000_000) Long> values,
      @ForAll @IntRange(min = 1, max = 100) int percent) {
    var d = new LatencyDistribution();
    values.forEach(d::add);

    assertThat(d.percentile(percent)).isEqualTo(nearestRank(values, percent));
  }

  @Property
  void theHistogramIsNeverBelowAndAtMostOne128thAboveTheExactPercentile(
      @ForAll @Size(min = 1, max = 300) List<@LongRange(min = 0, max = 100_000_000) Long> values,
      @ForAll @IntRange(min = 1, max = 100) int percent) {
    var d = new LatencyDistribution(0);
    values.forEach(d::add);

    long exact = nearestRank(values, percent);
    long reported = d.percentile(percent);
    assertThat(reported).isBetween(exact, exact + exact / 128);
    if (exact < 256) {
      assertThat(reported).isEqualTo(exact);
    }
  }

  @Property
  void percentilesNeverDecreaseAndNeverExceedTheLargestValue(
      @ForAll @Size(min = 1, max = 2000) List<@LongRange(min = 0, max = 1_000_000) Long> values) {
    var d = new LatencyDistribution();
    values.forEach(d::add);

    long max = values.stream().mapToLong(Long::longValue).max().orElseThrow();
    assertThat(d.percentile(50)).isLessThanOrEqualTo(d.percentile(95));
    assertThat(d.percentile(95)).isLessThanOrEqualTo(d.percentile(99));
    assertThat(d.percentile(99)).isLessThanOrEqualTo(max);
    assertThat(d.percentile(100)).isEqualTo(max);
  }

  @Property
  void beyondTheKeptValuesTheHistogramTakesOverWithinItsError(
      @ForAll @Size(min = 1025, max = 3000) List<@LongRange(min = 0, max = 60_000) Long> values,
      @ForAll @IntRange(min = 1, max = 100) int percent) {
    var d = new LatencyDistribution();
    values.forEach(d::add);

    long exact = nearestRank(values, percent);
    assertThat(d.percentile(percent)).isBetween(exact, exact + exact / 128);
  }

  @Property
  void successRateIsTheShareOfSuccessesAndDurationsAreOptional(
      @ForAll @Size(max = 200) List<Boolean> outcomes,
      @ForAll @Size(max = 200) List<@LongRange(min = 0, max = 5000) Long> durations) {
    var tally = new OutcomeTally();
    for (int i = 0; i < outcomes.size(); i++) {
      tally.add(outcomes.get(i), i < durations.size() ? durations.get(i) : null);
    }

    long successes = outcomes.stream().filter(b -> b).count();
    OutcomeStats stats = tally.stats(StatDimension.TASK_TYPE, "fs.list");
    assertThat(stats.count()).isEqualTo(outcomes.size());
    assertThat(stats.successRate())
        .isEqualTo(outcomes.isEmpty() ? 0 : (double) successes / outcomes.size());
    List<Long> timed = durations.subList(0, Math.min(durations.size(), outcomes.size()));
    assertThat(stats.p50Ms()).isEqualTo(timed.isEmpty() ? 0 : nearestRank(timed, 50));
  }

  @Property
  void taskStatisticsCountOnlyTasksThatRanToAnOutcome(
      @ForAll @Size(max = 40) List<TaskStatus> statuses) {
    var statistics = new RunStatistics();
    List<TaskResult> tasks = new ArrayList<>();
    for (int i = 0; i < statuses.size(); i++) {
      tasks.add(
          TestRuns.task(
              "t" + i,
              "fs.list",
              statuses.get(i),
              i,
              "m",
              statuses.get(i) == TaskStatus.SUCCEEDED ? null : "fs.not_found",
              TestRuns.T0));
    }
    statistics.add(archived(RunStatus.FAILED, tasks));

    long ran =
        statuses.stream()
            .filter(
                s ->
                    s == TaskStatus.SUCCEEDED
                        || s == TaskStatus.FAILED
                        || s == TaskStatus.TIMED_OUT)
            .count();
    long failed =
        statuses.stream().filter(s -> s == TaskStatus.FAILED || s == TaskStatus.TIMED_OUT).count();
    List<OutcomeStats> byType =
        statistics.stats().stream().filter(s -> s.dimension() == StatDimension.TASK_TYPE).toList();
    if (ran == 0) {
      assertThat(byType).isEmpty();
    } else {
      assertThat(byType).singleElement().extracting(OutcomeStats::count).isEqualTo(ran);
    }
    assertThat(statistics.failures(10).stream().mapToLong(f -> f.count()).sum()).isEqualTo(failed);
  }

  @Example
  void aMillionTaskOutcomesAreCountedOneRunAtATime() {
    var statistics = new RunStatistics();
    // 100 000 runs of 10 tasks, made one at a time and dropped after counting.
    for (int r = 0; r < 100_000; r++) {
      List<TaskResult> tasks = new ArrayList<>(10);
      for (int t = 0; t < 10; t++) {
        int n = r * 10 + t;
        tasks.add(
            TestRuns.task(
                "t" + t,
                t % 2 == 0 ? "fs.list" : "ai.summarize",
                n % 10 == 9 ? TaskStatus.FAILED : TaskStatus.SUCCEEDED,
                n % 1000,
                null,
                n % 10 == 9 ? "ai.timeout" : null,
                TestRuns.T0));
      }
      statistics.add(archived(RunStatus.SUCCEEDED, tasks));
    }

    assertThat(statistics.runs()).isEqualTo(100_000);
    OutcomeStats summarize =
        statistics.stats().stream()
            .filter(s -> s.key().equals("ai.summarize"))
            .findFirst()
            .orElseThrow();
    assertThat(summarize.count()).isEqualTo(500_000);
    assertThat(summarize.successRate()).isEqualTo(0.8);
    // Durations of ai.summarize are the odd numbers 1..999, equally often: the median is 499.
    assertThat(summarize.p50Ms()).isBetween(499L, 499L + 499 / 128);
    assertThat(summarize.p99Ms()).isBetween(989L, 989L + 989 / 128);
    assertThat(statistics.failures(10))
        .singleElement()
        .extracting(f -> f.count())
        .isEqualTo(100_000L);
  }

  private static ArchivedRun archived(RunStatus status, List<TaskResult> tasks) {
    Plan plan = TestRuns.plan("plan", "List the files", Mode.NORMAL, null);
    RunResult result =
        TestRuns.result("run", plan, status, Instant.parse("2026-03-01T11:00:00Z"), 100, tasks);
    return new ArchivedRun(1, result.finishedAt(), "digest", result, plan, null);
  }
}
