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
 * @param runId null for an event about no single run (the archive's alerts)
 * @param taskKey null for run events
 * @param data event details (attempt, state, error, progress …)
 */
public record RunEvent(
    String id, String type, String runId, String taskKey, Instant at, Map<String, Object> data) {

  public RunEvent {
    data = data == null ? Map.of() : Values.immutableMap(data);
  }

  /**
   * The subject it is published on: {@code runs.RUN_ID.TYPE} for a run's events; the type alone
   * (e.g. {@code atlas.low_success}) for an event about no single run, whose run id is null.
   */
  public String subject() {
    return runId == null ? type : "runs." + runId + "." + type;
  }
}
