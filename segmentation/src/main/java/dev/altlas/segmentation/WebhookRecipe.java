package dev.altlas.segmentation;

import java.util.Map;
import java.util.Optional;

/**
 * "Post the results to https://hooks.example.com/x", "Slack'e bildir": sends the latest data as
 * JSON. With no URL in the command the run must supply it.
 */
final class WebhookRecipe implements TaskRecipe {
  private final InputResolver inputs;
  private final ShapingSteps shaping;

  WebhookRecipe(InputResolver inputs, ShapingSteps shaping) {
    this.inputs = inputs;
    this.shaping = shaping;
  }

  @Override
  public void add(Step step, PlanDraft draft) {
    Slots slots = step.slots();
    Optional<Output> data = inputs.find(step, slots.sources().withoutUrls(), draft);
    if (data.isPresent() && data.get().isBlocked()) {
      draft.blocked(step, data.get());
      return;
    }
    double sure = step.intent().confidence();
    String url;
    if (slots.sources().urls().isEmpty()) {
      url = draft.input("webhook_url", "string", null);
      draft.warn("webhook_input", "text", step.text());
      sure -= 0.1;
    } else {
      url = slots.sources().urls().get(0);
    }
    Object payload =
        data.map(d -> (Object) shaping.apply(d, step, draft).ref())
            .orElseGet(() -> Map.of("text", message(step)));
    draft
        .add("notify.webhook", step)
        .param("url", url)
        .param("payload", payload)
        .retry(SideEffects.NOTIFY_RETRY)
        .because(draft.phrases.say("rationale.webhook", "word", step.word()), sure);
  }

  private static String message(Step step) {
    if (step.slots().message() != null) {
      return step.slots().message();
    }
    return step.slots().quoted().isEmpty() ? step.text() : step.slots().quoted().get(0);
  }
}
