package dev.altlas.segmentation;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.catalog.TaskType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Explore mode: beside the main line, alternative branches that order, rank or summarise another
 * way ("alternative-1", …), each carried down to just before the steps with side effects, so that a
 * person can compare the results without anything being sent twice.
 */
final class ExploreBranches {
  private static final Set<String> VARIABLE =
      Set.of("data.sort", "ai.rank", "ai.summarize", "ai.generate");
  private static final int MAX_BRANCHES = 2;

  /** Adds the branches to the draft and returns how many it added. */
  int add(PlanDraft draft, RandomGenerator random) {
    List<TaskDraft> candidates = new ArrayList<>();
    for (TaskDraft t : draft.tasks()) {
      if (t.variant() == null && VARIABLE.contains(t.type())) {
        candidates.add(t);
      }
    }
    Shuffle.inPlace(candidates, random);
    int branches = Math.min(candidates.size(), 1 + random.nextInt(MAX_BRANCHES));
    for (int k = 1; k <= branches; k++) {
      branch(draft, candidates.get(k - 1), "alternative-" + k, random);
    }
    return branches;
  }

  private static void branch(PlanDraft draft, TaskDraft from, String variant, RandomGenerator r) {
    List<TaskDraft> mainLine = draft.tasks();
    TaskDraft alternative = draft.addVariant(from, "_alt").variant(variant);
    String change = vary(alternative, draft, r);
    alternative.because(
        draft.phrases.say("rationale.explore", "task", from.id(), "change", change),
        from.confidence() * 0.8);
    Map<String, String> copies = new LinkedHashMap<>();
    copies.put(from.id(), alternative.id());
    for (TaskDraft t : mainLine.subList(mainLine.indexOf(from) + 1, mainLine.size())) {
      if (t.variant() == null
          && !hasSideEffect(t.type())
          && t.dependsOn().stream().anyMatch(copies::containsKey)) {
        TaskDraft copy = draft.addVariant(t, "_alt").variant(variant);
        copies.forEach(copy::redirect);
        copies.put(t.id(), copy.id());
      }
    }
  }

  /** Changes the alternative's parameters; returns what changed, for its rationale. */
  private static String vary(TaskDraft task, PlanDraft draft, RandomGenerator random) {
    switch (task.type()) {
      case "data.sort" -> {
        String by = String.valueOf(task.param("by"));
        String other = by.equals("modified") ? "size" : "modified";
        task.param("by", other).param("order", "desc");
        return other;
      }
      case "ai.rank" -> {
        List<String> queries = new ArrayList<>(draft.phrases.list("explore.rank_queries"));
        queries.remove(String.valueOf(task.param("query")));
        String query = queries.get(random.nextInt(queries.size()));
        task.param("query", query);
        return query;
      }
      case "ai.summarize" -> {
        Object sentences = task.param("max_sentences");
        int n = sentences instanceof Integer i && i >= 3 ? 1 : 5;
        task.param("max_sentences", n);
        return "max_sentences " + n;
      }
      default -> {
        double temperature = Math.round((0.7 + random.nextDouble() * 0.3) * 100) / 100.0;
        task.param("temperature", temperature);
        return "temperature " + temperature;
      }
    }
  }

  private static boolean hasSideEffect(String type) {
    return type.equals("approval.wait")
        || TaskCatalog.builtin().find(type).map(TaskType::sideEffect).orElse(true);
  }
}
