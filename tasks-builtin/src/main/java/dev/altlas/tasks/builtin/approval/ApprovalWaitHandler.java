package dev.altlas.tasks.builtin.approval;

import dev.altlas.run.Decision;
import dev.altlas.task.AwaitingDecision;
import dev.altlas.task.Params;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import dev.altlas.task.TaskHandler;
import dev.altlas.tasks.builtin.content.Output;
import java.util.List;
import java.util.Optional;

/**
 * {@code approval.wait}: parks the task until a person decides, then goes on or fails. The task
 * holds no thread while it waits: it throws {@link AwaitingDecision} and is run again once the
 * decision is recorded.
 */
public final class ApprovalWaitHandler implements TaskHandler {

  @Override
  public String type() {
    return "approval.wait";
  }

  @Override
  public Object execute(TaskContext context) throws TaskFailure, AwaitingDecision {
    Params params = context.params();
    String message = params.string("message");
    Optional<Decision> decision = context.decision();
    if (decision.isEmpty()) {
      throw new AwaitingDecision(message);
    }
    Decision d = decision.orElseThrow();
    List<?> approvers = params.get("approvers").isPresent() ? params.list("approvers") : List.of();
    if (!approvers.isEmpty() && !approvers.contains(d.by())) {
      // The gateway should refuse such a decision; this keeps the task honest if it did not.
      throw new TaskFailure(
          "approval.not_an_approver", d.by() + " may not decide on this approval", false);
    }
    if (!d.approved()) {
      throw new TaskFailure(
          "approval.rejected",
          d.by() + " rejected: " + (d.comment() == null ? "no reason given" : d.comment()),
          false);
    }
    return Output.of("decision", "approved", "by", d.by(), "comment", d.comment());
  }
}
