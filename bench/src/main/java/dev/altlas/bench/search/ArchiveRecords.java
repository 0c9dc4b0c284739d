package dev.altlas.bench.search;

import dev.altlas.archive.ArchivedRun;
import dev.altlas.model.Mode;
import dev.altlas.model.Persona;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import dev.altlas.model.Priority;
import dev.altlas.model.RunResult;
import dev.altlas.model.RunStatus;
import dev.altlas.model.TaskError;
import dev.altlas.model.TaskResult;
import dev.altlas.model.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Generated {@code .last} records, as the archive would hold them after a year of use: Turkish and
 * English commands, task titles, outputs of a few hundred characters and summaries, with statuses,
 * modes, personas, task types, models and tags in realistic proportions. Record {@code n} of a seed
 * is always the same, whatever else is generated, so every system indexes the same records without
 * holding them all in memory. No embeddings: the benchmark's queries are text.
 */
final class ArchiveRecords {

  /** The first possible finish time; the records' finish times spread over a year from here. */
  static final Instant FIRST_FINISH = Instant.parse("2025-11-24T00:00:00Z");

  static final Duration SPAN = Duration.ofDays(365);

  /** Of 100 runs, how many end in each status (succeeded, partially, failed, cancelled). */
  private static final int[] STATUS_WEIGHTS = {72, 14, 10, 4};

  /** Of 100 runs, how many are planned in each mode (normal, dream, explore, chaos). */
  private static final int[] MODE_WEIGHTS = {70, 10, 15, 5};

  private static final int[] MODEL_WEIGHTS = {40, 28, 14, 9, 6, 3};

  /** Topic {@code k} (from 0) is chosen with weight 1 / (k + 1): a Zipf law. */
  private static final double[] TOPIC_CUMULATIVE = zipf(Vocabulary.TOPICS);

  private final long seed;

  ArchiveRecords(long seed) {
    this.seed = seed;
  }

  /** Records {@code from} (inclusive) to {@code to} (exclusive). */
  List<ArchivedRun> runs(long from, long to) {
    List<ArchivedRun> runs = new ArrayList<>(Math.toIntExact(to - from));
    for (long n = from; n < to; n++) {
      runs.add(run(n));
    }
    return runs;
  }

  ArchivedRun run(long n) {
    // one stream per record, so a record does not depend on the ones before it
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
    Vocabulary words = random.nextInt(100) < 55 ? Vocabulary.TURKISH : Vocabulary.ENGLISH;
    String runId = new UUID(random.nextLong(), random.nextLong()).toString();
    int kind = random.nextInt(words.commands().size());
    String topic = words.topics().get(zipfPick(random));
    String otherTopic = words.topics().get(zipfPick(random));
    RunText text = new RunText(words, topic, otherTopic, random);
    RunStatus status = RunStatus.values()[weighted(random, STATUS_WEIGHTS)];
    Mode mode = Mode.values()[weighted(random, MODE_WEIGHTS)];
    Persona persona = Persona.values()[random.nextInt(Persona.values().length)];

    List<String> types = Vocabulary.PIPELINES.get(kind);
    // where it went wrong, for the statuses other than succeeded: never the first task of a
    // partial success, which had something to show
    int stop =
        status == RunStatus.PARTIALLY_SUCCEEDED
            ? 1 + random.nextInt(types.size() - 1)
            : random.nextInt(types.size());
    List<PlanTask> planTasks = new ArrayList<>();
    List<TaskResult> tasks = new ArrayList<>();
    String errorMessage = null;
    for (int i = 0; i < types.size(); i++) {
      String id = "t" + (i + 1);
      String type = types.get(i);
      planTasks.add(
          PlanTask.of(
              id,
              type,
              text.sentence(words.titles().get(type)),
              Map.of(),
              i == 0 ? List.of() : List.of("t" + i)));
      TaskStatus taskStatus = taskStatus(status, i, stop);
      Object output = null;
      TaskError error = null;
      if (taskStatus == TaskStatus.SUCCEEDED) {
        output = text.sentence(words.outputs().get(type));
      } else if (taskStatus == TaskStatus.FAILED) {
        int code = random.nextInt(Vocabulary.ERROR_CODES.size());
        errorMessage = text.error(words.errorMessages().get(code));
        error = new TaskError(Vocabulary.ERROR_CODES.get(code), errorMessage);
      }
      String model =
          type.startsWith("ai.") ? Vocabulary.MODELS.get(weighted(random, MODEL_WEIGHTS)) : null;
      tasks.add(
          new TaskResult(id, type, taskStatus, 1, null, null, null, output, error, model, null));
    }

    String command = text.sentence(words.commands().get(kind));
    String summary =
        switch (status) {
          case SUCCEEDED -> text.sentence(words.summaries().get(kind));
          case PARTIALLY_SUCCEEDED ->
              text.sentence(words.summaries().get(kind))
                  + " "
                  + text.sentence(words.failedSummaries().get(2));
          case FAILED -> text.sentence(words.failedSummaries().get(random.nextInt(2)));
          case CANCELLED -> text.sentence(words.cancelledSummary());
        };
    long succeeded = tasks.stream().filter(t -> t.status() == TaskStatus.SUCCEEDED).count();
    Instant finishedAt = FIRST_FINISH.plusMillis(random.nextLong(SPAN.toMillis()));
    // from a fraction of a second to ten minutes, most runs short
    long durationMs = (long) Math.exp(Math.log(200) + random.nextDouble() * Math.log(3000));
    Instant startedAt = finishedAt.minusMillis(durationMs);
    Plan plan =
        new Plan(
            Plan.FORMAT_VERSION,
            "plan-" + runId,
            startedAt.minusSeconds(1),
            command,
            words.language(),
            mode,
            persona,
            mode == Mode.CHAOS ? 1 + random.nextInt(10) : null,
            mode == Mode.NORMAL ? null : random.nextLong(),
            Priority.NORMAL,
            tags(random),
            Map.of(),
            null,
            null,
            planTasks);
    RunResult result =
        new RunResult(
            RunResult.FORMAT_VERSION,
            runId,
            plan.header(),
            status,
            (double) succeeded / tasks.size(),
            startedAt,
            finishedAt,
            durationMs,
            tasks,
            List.of(),
            null,
            null,
            summary);
    byte[] digest = new byte[32];
    random.nextBytes(digest);
    return new ArchivedRun(
        n + 1, finishedAt.plusSeconds(2), HexFormat.of().formatHex(digest), result, plan, null);
  }

  /**
   * Succeeded: every task. Partially succeeded: the task at {@code stop} failed, the others ran.
   * Failed: the task at {@code stop} failed and the later ones were skipped. Cancelled: from {@code
   * stop} on.
   */
  private static TaskStatus taskStatus(RunStatus run, int task, int stop) {
    return switch (run) {
      case SUCCEEDED -> TaskStatus.SUCCEEDED;
      case PARTIALLY_SUCCEEDED -> task == stop ? TaskStatus.FAILED : TaskStatus.SUCCEEDED;
      case FAILED ->
          task < stop
              ? TaskStatus.SUCCEEDED
              : task == stop ? TaskStatus.FAILED : TaskStatus.SKIPPED;
      case CANCELLED -> task < stop ? TaskStatus.SUCCEEDED : TaskStatus.CANCELLED;
    };
  }

  /** None to three tags; a set, as people do not repeat a tag. */
  private static List<String> tags(SplittableRandom random) {
    TreeSet<String> tags = new TreeSet<>();
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      tags.add(Vocabulary.TAGS.get(random.nextInt(Vocabulary.TAGS.size())));
    }
    return List.copyOf(tags);
  }

  private static int weighted(SplittableRandom random, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int at = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      at -= weights[i];
      if (at < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static int zipfPick(SplittableRandom random) {
    double at = random.nextDouble();
    for (int i = 0; i < TOPIC_CUMULATIVE.length; i++) {
      if (at < TOPIC_CUMULATIVE[i]) {
        return i;
      }
    }
    return TOPIC_CUMULATIVE.length - 1;
  }

  private static double[] zipf(int size) {
    double[] cumulative = new double[size];
    double sum = 0;
    for (int k = 0; k < size; k++) {
      sum += 1.0 / (k + 1);
      cumulative[k] = sum;
    }
    for (int k = 0; k < size; k++) {
      cumulative[k] /= sum;
    }
    return cumulative;
  }
}
