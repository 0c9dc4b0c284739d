package dev.altlas.tasks.builtin.approval;

import static dev.altlas.tasks.builtin.testing.Failures.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.altlas.run.Decision;
import dev.altlas.task.AwaitingDecision;
import dev.altlas.tasks.builtin.testing.InMemoryTaskContext;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApprovalWaitHandlerTest {
  @TempDir Path artifacts;
  private final ApprovalWaitHandler handler = new ApprovalWaitHandler();

  private InMemoryTaskContext asking() {
    return InMemoryTaskContext.of(
        artifacts,
        Map.of("message", "Send the report to 40 customers?", "approvers", List.of("ayse", "bob")));
  }

  @Test
  void waitsForADecisionAskingTheQuestion() {
    assertThatThrownBy(() -> handler.execute(asking()))
        .isInstanceOf(AwaitingDecision.class)
        .hasMessage("Send the report to 40 customers?");
  }

  @Test
  void goesOnWhenApproved() throws Exception {
    var approved = asking().withDecision(new Decision(true, "ayse", "ok, go", Instant.now()));

    assertThat(handler.execute(approved))
        .isEqualTo(Map.of("decision", "approved", "by", "ayse", "comment", "ok, go"));
  }

  @Test
  void failsForGoodWhenRejected() throws Exception {
    var rejected = asking().withDecision(new Decision(false, "bob", "wrong list", Instant.now()));

    var failure = failure(() -> handler.execute(rejected), "approval.rejected", false);
    assertThat(failure.getMessage()).contains("bob").contains("wrong list");
  }

  @Test
  void refusesADecisionBySomeoneNotAmongTheApprovers() throws Exception {
    var intruder = asking().withDecision(new Decision(true, "mallory", null, Instant.now()));

    failure(() -> handler.execute(intruder), "approval.not_an_approver", false);
  }
}
