package dev.altlas.segmentation;

import dev.altlas.plan.Reference;

/**
 * "Search the archive for failed deployments last week", "arşivde yedekleme ile ilgili başarısız
 * çalıştırmaları ara": archive.search with the words, status, time window and count it names.
 */
final class ArchiveSearchRecipe implements TaskRecipe {
  private static final String EVERYTHING = "*";

  @Override
  public void add(Step step, PlanDraft draft) {
    Slots slots = step.slots();
    String query = slots.searchQuery();
    double sure = step.intent().confidence();
    if (query == null || query.isBlank()) {
      query = EVERYTHING;
      sure -= 0.1;
    }
    TaskDraft task =
        draft
            .add("archive.search", step)
            .param("query", query)
            .param("status", slots.runStatus())
            .param("since", slots.since())
            .param("limit", slots.shaping().count())
            .because(
                draft.phrases.say("rationale.search", "word", step.word(), "query", query), sure);
    var hits = new Output(task.id(), Shape.ITEMS, Reference.toTask(task.id(), "hits"), null);
    // The search itself does what the clause's shaping words ask: "containing 'deploy'" is its
    // query, "the latest 5" its order (best hits first) and limit.
    draft.produce(hits);
  }
}
