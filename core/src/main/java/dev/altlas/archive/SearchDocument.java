package dev.altlas.archive;

import dev.altlas.model.PlanTask;
import dev.altlas.model.RunResult;
import dev.altlas.model.TaskResult;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a search index keeps of one archived run: the same fields in every adapter, so they answer
 * the same query the same way. Keyword values are lower-case wire forms.
 *
 * @param titles the plan's task titles, one per line (empty when the plan is not known)
 * @param outputs the text found in task outputs and error messages, at most {@value
 *     #MAX_OUTPUT_CHARS} characters
 */
public record SearchDocument(
    String runId,
    long sequence,
    String digest,
    String planId,
    String command,
    String titles,
    String summary,
    String outputs,
    String status,
    String mode,
    String persona,
    String language,
    List<String> taskTypes,
    List<String> models,
    List<String> tags,
    List<String> errorCodes,
    Instant startedAt,
    Instant finishedAt,
    long durationMs,
    double successRate,
    int taskCount,
    Embedding embedding) {

  /** Output text beyond this is not searched, so one huge result cannot bloat the index. */
  public static final int MAX_OUTPUT_CHARS = 32_000;

  public SearchDocument {
    taskTypes = List.copyOf(taskTypes);
    models = List.copyOf(models);
    tags = List.copyOf(tags);
    errorCodes = List.copyOf(errorCodes);
  }

  public static SearchDocument of(ArchivedRun run) {
    RunResult r = run.result();
    var header = r.plan();
    List<TaskResult> tasks = r.tasks();
    String titles =
        run.plan() == null
            ? ""
            : String.join(
                "\n",
                run.plan().tasks().stream().map(PlanTask::title).filter(Objects::nonNull).toList());
    StringBuilder outputs = new StringBuilder();
    for (TaskResult t : tasks) {
      appendText(t.output(), outputs);
      if (t.error() != null) {
        appendLine(t.error().message(), outputs);
      }
    }
    return new SearchDocument(
        r.runId(),
        run.sequence(),
        run.digest(),
        header.id(),
        Objects.toString(header.command(), ""),
        titles,
        Objects.toString(r.summary(), ""),
        outputs.length() > MAX_OUTPUT_CHARS
            ? outputs.substring(0, MAX_OUTPUT_CHARS)
            : outputs.toString(),
        wire(r.status()),
        wire(header.mode()),
        wire(header.persona()),
        header.language() == null ? null : header.language().toLowerCase(Locale.ROOT),
        tasks.stream().map(TaskResult::type).filter(Objects::nonNull).distinct().sorted().toList(),
        tasks.stream().map(TaskResult::model).filter(Objects::nonNull).distinct().sorted().toList(),
        header.tags().stream().distinct().sorted().toList(),
        tasks.stream()
            .filter(t -> t.error() != null && t.error().code() != null)
            .map(t -> t.error().code())
            .distinct()
            .sorted()
            .toList(),
        r.startedAt(),
        run.finishedAt(),
        r.durationMs() == null ? 0 : r.durationMs(),
        r.successRate(),
        tasks.size(),
        run.embedding());
  }

  /** The lower-case wire form of an enum constant, e.g. {@code partially_succeeded}. */
  public static String wire(Enum<?> value) {
    return value == null ? null : value.name().toLowerCase(Locale.ROOT);
  }

  /** The text of a field by its index name ({@link SearchField#indexName()}). */
  public String text(SearchField field) {
    return switch (field) {
      case COMMAND -> command;
      case TITLES -> titles;
      case SUMMARY -> summary;
      case OUTPUTS -> outputs;
    };
  }

  private static void appendText(Object value, StringBuilder out) {
    if (out.length() > MAX_OUTPUT_CHARS) {
      return;
    }
    switch (value) {
      case null -> {}
      case String s -> appendLine(s, out);
      case Map<?, ?> m -> m.values().forEach(v -> appendText(v, out));
      case Collection<?> c -> c.forEach(v -> appendText(v, out));
      default -> {}
    }
  }

  private static void appendLine(String text, StringBuilder out) {
    if (text != null && !text.isBlank()) {
      if (!out.isEmpty()) {
        out.append('\n');
      }
      out.append(text);
    }
  }
}
