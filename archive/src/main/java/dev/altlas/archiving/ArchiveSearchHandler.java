package dev.altlas.archiving;

import dev.altlas.ai.ModelException;
import dev.altlas.archive.InvalidQueryException;
import dev.altlas.archive.SearchHit;
import dev.altlas.archive.SearchMode;
import dev.altlas.archive.SearchQuery;
import dev.altlas.archive.SearchResult;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import dev.altlas.task.TaskHandler;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code archive.search}: finds archived runs as {@code altlas search} does (the same query syntax:
 * words, "phrases", OR, -exclusions, field:word; the same status and time filters) and returns the
 * hits as records, best first, with the total number of matches.
 */
public final class ArchiveSearchHandler implements TaskHandler {
  /** The catalog's type. */
  public static final String TYPE = "archive.search";

  /** What the planner writes for "every run". */
  private static final String EVERYTHING = "*";

  private final Supplier<Archive> archive;
  private final Clock clock;

  /**
   * @param archive the archive to search, asked on first use (so that a run that never searches
   *     does not open it)
   * @param clock what {@code since: 7d} counts back from
   */
  public ArchiveSearchHandler(Supplier<Archive> archive, Clock clock) {
    this.archive = archive;
    this.clock = clock;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Object execute(TaskContext context) throws TaskFailure, InterruptedException {
    String text = context.params().string("query").strip();
    SearchQuery query;
    try {
      SearchQuery.Builder builder =
          archive
              .get()
              .query(text.equals(EVERYTHING) ? "" : text, SearchMode.TEXT)
              .size(limit(context));
      context.params().optionalString("status").ifPresent(s -> builder.statuses(Set.of(s)));
      Instant since = since(context);
      if (since != null) {
        builder.finished(since, null);
      }
      query = builder.build();
    } catch (InvalidQueryException e) {
      throw TaskFailure.badParam("query", e.getMessage());
    } catch (ModelException e) {
      throw new TaskFailure("archive.unavailable", e.getMessage(), true, e);
    }
    SearchResult result;
    try {
      result = archive.get().search(query);
    } catch (InvalidQueryException e) {
      throw TaskFailure.badParam("query", e.getMessage());
    } catch (RuntimeException e) {
      throw new TaskFailure(
          "archive.unavailable", "the archive cannot be searched now: " + e.getMessage(), true, e);
    }
    var out = new LinkedHashMap<String, Object>();
    out.put("hits", result.hits().stream().map(ArchiveSearchHandler::record).toList());
    out.put("total", result.total());
    return out;
  }

  private static int limit(TaskContext context) throws TaskFailure {
    return (int) context.params().integer("limit", 10, 1, SearchQuery.MAX_SIZE);
  }

  private Instant since(TaskContext context) throws TaskFailure {
    String since = context.params().optionalString("since").orElse(null);
    if (since == null || since.isBlank()) {
      return null;
    }
    try {
      return SearchTime.parse(since, clock.instant());
    } catch (IllegalArgumentException e) {
      throw TaskFailure.badParam("since", e.getMessage());
    }
  }

  /** One hit as the task's output has it: JSON-like values only. */
  private static Map<String, Object> record(SearchHit hit) {
    var r = new LinkedHashMap<String, Object>();
    r.put("run_id", hit.runId());
    r.put("command", hit.command());
    r.put("status", hit.status());
    r.put("mode", hit.mode());
    r.put("language", hit.language());
    r.put("finished_at", hit.finishedAt() == null ? null : hit.finishedAt().toString());
    r.put("success_rate", hit.successRate());
    r.put("summary", hit.summary());
    r.put("score", hit.score());
    return r;
  }
}
