package dev.altlas.cli;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.orchestrator.ModelRouterFactory;
import dev.altlas.plan.Planner;
import dev.altlas.segmentation.RuleBasedPlanner;
import dev.altlas.segmentation.llm.LlmPlanner;
import dev.altlas.task.TaskSettings;
import java.util.Locale;

/**
 * The planner {@code altlas.planner} chooses: {@code rules} (the default; always available) or
 * {@code llm} (asks the model router for a plan and falls back to the rules).
 */
final class ConfiguredPlanner {
  private ConfiguredPlanner() {}

  static Planner from(TaskSettings settings) {
    String name = settings.get("altlas.planner", "rules").strip().toLowerCase(Locale.ROOT);
    return switch (name) {
      case "rules" -> new RuleBasedPlanner();
      case "llm" -> {
        try {
          yield new LlmPlanner(
              ModelRouterFactory.build(settings), TaskCatalog.builtin(), new RuleBasedPlanner());
        } catch (IllegalArgumentException | IllegalStateException e) {
          throw CliFailure.failed(
              "the AI settings are not usable for the llm planner: " + e.getMessage());
        }
      }
      default -> throw CliFailure.usage("altlas.planner must be rules or llm, not '" + name + "'");
    };
  }
}
