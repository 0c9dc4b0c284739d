package dev.altlas.segmentation;

import dev.altlas.plan.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * "Join them on id", "merge the customers from URL A with the orders from URL B on customer_id",
 * "birleştir": two lists joined on a field. The lists are the sources the clause names, and as many
 * of the plan's latest independent lists as it takes to make two.
 */
final class JoinRecipe implements TaskRecipe {
  private static final String DEFAULT_KEY = "id";

  private final InputResolver inputs;

  JoinRecipe(InputResolver inputs) {
    this.inputs = inputs;
  }

  @Override
  public void add(Step step, PlanDraft draft) {
    List<Output> lists = new ArrayList<>(draft.recentLists(2 - Math.min(2, named(step))));
    lists = new ArrayList<>(lists.reversed());
    lists.addAll(namedSources(step, draft));
    if (lists.size() < 2) {
      draft.unsupported(step, draft.phrases.say("reasons.join_two_lists", "count", lists.size()));
      return;
    }
    String on = step.slots().joinKey();
    double sure = step.intent().confidence();
    if (on == null) {
      on = DEFAULT_KEY;
      sure -= 0.2;
      draft.warn("default_join_key", "text", step.text(), "key", DEFAULT_KEY);
    }
    TaskDraft task =
        draft
            .add("data.join", step)
            .param("left", lists.get(0).ref())
            .param("right", lists.get(1).ref())
            .param("on", on)
            .because(draft.phrases.say("rationale.join", "key", on), sure);
    draft.produce(new Output(task.id(), Shape.ITEMS, Reference.toTask(task.id(), "items"), null));
  }

  private static int named(Step step) {
    return step.slots().sources().urls().size() + step.slots().sources().paths().size();
  }

  /** Each URL or path the clause names, fetched or read on its own. */
  private List<Output> namedSources(Step step, PlanDraft draft) {
    Sources sources = step.slots().sources();
    var lists = new ArrayList<Output>();
    for (String url : sources.urls()) {
      var one = new Sources(List.of(), null, List.of(url), false, false);
      inputs.find(step, one, draft).ifPresent(lists::add);
    }
    for (PathMention path : sources.paths()) {
      var one = new Sources(List.of(path), sources.glob(), List.of(), true, sources.recursive());
      inputs.find(step, one, draft).ifPresent(lists::add);
    }
    return lists;
  }
}
