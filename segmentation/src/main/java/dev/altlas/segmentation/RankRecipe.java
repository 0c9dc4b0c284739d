package dev.altlas.segmentation;

import java.util.Optional;

/**
 * "Rank them by relevance to kubernetes", "önem sırasına koy": ai.rank over the latest list, then
 * the count the clause names, if any.
 */
final class RankRecipe implements TaskRecipe {
  private final InputResolver inputs;
  private final ShapingSteps shaping;

  RankRecipe(InputResolver inputs, ShapingSteps shaping) {
    this.inputs = inputs;
    this.shaping = shaping;
  }

  @Override
  public void add(Step step, PlanDraft draft) {
    Optional<Output> found = inputs.require(step, step.slots().sources(), draft);
    if (found.isEmpty()) {
      return;
    }
    if (!found.get().isListLike()) {
      draft.unsupported(step, draft.phrases.say("reasons.not_a_list", "word", step.word()));
      return;
    }
    Shaping asked = step.slots().shaping();
    Output in = found.get();
    if (asked.filter() != null) {
      in = shaping.filter(in, asked.filter(), step, draft);
    }
    String query = step.slots().rankQuery();
    if (query == null) {
      query = draft.phrases.say("defaults.rank_query");
      draft.warn("default_rank_query", "text", step.text(), "query", query);
    }
    Output ranked = shaping.rank(in, query, step, draft);
    draft.produce(asked.count() == null ? ranked : shaping.top(ranked, asked.count(), step, draft));
  }
}
