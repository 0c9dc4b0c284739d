package dev.altlas.archiving;

import dev.altlas.model.FailurePattern;
import java.time.Instant;

/** How often one task type failed with one error code, and the latest such failure. */
final class FailureTally {
  private final String taskType;
  private final String errorCode;
  private long count;
  private String latestMessage;
  private Instant lastSeen;

  FailureTally(String taskType, String errorCode) {
    this.taskType = taskType;
    this.errorCode = errorCode;
  }

  void add(String message, Instant at) {
    count++;
    // The latest message is the example: it describes the failure as it happens now.
    if (lastSeen == null || (at != null && !at.isBefore(lastSeen))) {
      lastSeen = at;
      latestMessage = message;
    }
  }

  String taskType() {
    return taskType;
  }

  String errorCode() {
    return errorCode;
  }

  long count() {
    return count;
  }

  FailurePattern pattern() {
    return new FailurePattern(taskType, errorCode, count, latestMessage, lastSeen);
  }
}
