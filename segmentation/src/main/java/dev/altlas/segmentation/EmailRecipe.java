package dev.altlas.segmentation;

import java.util.List;
import java.util.Optional;

/**
 * "Email them to me@example.com", "sonuçları bana e-posta ile gönder": sends the latest data
 * (narrowed by the clause's shaping words: "the three most important"), files named in the clause
 * as attachments, or the message the clause quotes. "Me" with no address becomes an input the run
 * must supply.
 */
final class EmailRecipe implements TaskRecipe {
  private final InputResolver inputs;
  private final ShapingSteps shaping;

  EmailRecipe(InputResolver inputs, ShapingSteps shaping) {
    this.inputs = inputs;
    this.shaping = shaping;
  }

  @Override
  public void add(Step step, PlanDraft draft) {
    Slots slots = step.slots();
    List<String> attachments =
        slots.sources().paths().stream().filter(PathMention::file).map(PathMention::path).toList();
    Sources dataSources =
        new Sources(
            slots.sources().paths().stream().filter(p -> !p.file()).toList(),
            slots.sources().glob(),
            slots.sources().urls(),
            slots.sources().fileNouns() && attachments.isEmpty(),
            slots.sources().recursive());
    Optional<Output> data =
        attachments.isEmpty() || slots.refersBack()
            ? inputs.find(step, dataSources, draft)
            : Optional.empty();
    if (data.isPresent() && data.get().isBlocked()) {
      draft.blocked(step, data.get());
      return;
    }
    double sure = step.intent().confidence();
    Object to = slots.emails();
    if (slots.emails().isEmpty()) {
      to = draft.input("recipients", "list", null);
      draft.warn("recipients_input", "text", step.text());
      sure -= 0.1;
    }
    Object body =
        data.map(d -> (Object) shaping.apply(d, step, draft).ref())
            .orElseGet(() -> literalBody(step, attachments, draft));
    var voice = new PersonaVoice(draft.persona, draft.phrases);
    TaskDraft task =
        draft
            .add("notify.email", step)
            .param("to", to)
            .param(
                "subject", slots.subject() != null ? slots.subject() : voice.subject(draft.command))
            .param("body", body)
            .param("attachments", attachments.isEmpty() ? null : attachments)
            .retry(SideEffects.NOTIFY_RETRY)
            .because(draft.phrases.say("rationale.email", "word", step.word()), sure);
    attachments.forEach(a -> draft.writerOf(a).ifPresent(task::waitFor));
  }

  private static String literalBody(Step step, List<String> attachments, PlanDraft draft) {
    if (step.slots().message() != null) {
      return step.slots().message();
    }
    List<String> quoted =
        step.slots().quoted().stream().filter(q -> !q.equals(step.slots().subject())).toList();
    if (!quoted.isEmpty()) {
      return quoted.get(0);
    }
    if (!attachments.isEmpty()) {
      return draft.phrases.say("email.attached", "files", String.join(", ", attachments));
    }
    return step.text();
  }
}
