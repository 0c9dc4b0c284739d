package dev.altlas.segmentation;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.catalog.TaskType;
import dev.altlas.model.Mode;
import dev.altlas.model.PlanTask;
import dev.altlas.model.Priority;
import dev.altlas.model.TaskDefaults;
import dev.altlas.plan.PlanRequest;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * What any planner in segmentation derives from the request by the rule-based planner's rules, so
 * that plans of different planners for the same request share their id, priority, tags and chaos
 * faults.
 */
public final class PlanConventions {
  /** The rule-based planner's generator: its sequence for a seed is fixed by its specification. */
  private static final String RANDOM_ALGORITHM = "L64X128MixRandom";

  private PlanConventions() {}

  /** "plan-" and 12 hex digits, the same for the same request. */
  public static String planId(PlanRequest request) {
    return PlanId.of(request);
  }

  /**
   * The priority the command asks for ("urgent", "acil", …); normal in a language the lexicons do
   * not cover.
   */
  public static Priority priority(String command, String languageCode) {
    return Language.fromCode(languageCode)
        .map(language -> new PriorityReader(Lexicon.of(language)).read(command))
        .orElse(Priority.NORMAL);
  }

  /**
   * In chaos mode, the tasks with the request's seeded faults and order, drawn as the rule-based
   * planner draws them; otherwise the tasks unchanged.
   */
  public static List<PlanTask> withChaos(List<PlanTask> tasks, PlanRequest request) {
    if (request.mode() != Mode.CHAOS) {
      return tasks;
    }
    return new ChaosFaults()
        .apply(tasks, request.chaosLevel(), TaskDefaults.STANDARD.retry(), random(request.seed()));
  }

  /** The generator every seeded choice of the planners draws from. */
  static RandomGenerator random(long seed) {
    return RandomGeneratorFactory.of(RANDOM_ALGORITHM).create(seed);
  }

  /** The catalog categories the tasks use, e.g. [ai, fs, notify]. */
  public static List<String> tags(List<PlanTask> tasks, TaskCatalog catalog) {
    return tasks.stream()
        .map(t -> catalog.find(t.type()).map(TaskType::category).orElse(t.type()))
        .distinct()
        .sorted()
        .toList();
  }
}
