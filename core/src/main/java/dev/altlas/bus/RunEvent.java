package dev.altlas.bus;

import dev.altlas.model.Values;
import java.time.Instant;
import java.util.Map;

/**
 * Something that happened to a run or one of its tasks, published as it happens.
 *
 * @param type e.g. {@code run.started}, {@code task.started}, {@code task.retrying}, {@code
 *     task.succeeded}, {@code task.failed}, {@code task.skipped}, {@code task.awaiting_approval},
 *     {@code run.finished}
 * @param taskKey null for run events
 * @param data event details (attempt, state, error, progress …)
 */
public record RunEvent(
    String id, String type, String runId, String taskKey, Instant at, Map<String, Object> data) {

  public RunEvent {
    data = data == null ? Map.of() : Values.immutableMap(data);
  }

  /** The subject it is published on: {@code runs.RUN_ID.TYPE}. */
  public String subject() {
    return "runs." + runId + "." + type;
  }
}
