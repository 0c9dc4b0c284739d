package dev.altlas.cli;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.orchestrator.ModelRouterFactory;
import dev.altlas.plan.Planner;
import dev.altlas.segmentation.RuleBasedPlanner;
import dev.altlas.segmentation.atlas.AtlasPlanner;
import dev.altlas.segmentation.atlas.ReuseSettings;
import dev.altlas.segmentation.llm.LlmPlanner;
import dev.altlas.task.TaskSettings;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The planner {@code altlas.planner} chooses: {@code rules} (the default; always available) or
 * {@code llm} (asks the model router for a plan and falls back to the rules). Unless {@code
 * altlas.atlas.reuse=false}, the atlas planner goes first: a command like one that succeeded before
 * reuses that proven plan with the new command's values.
 */
final class ConfiguredPlanner {
  private ConfiguredPlanner() {}

  static Planner from(TaskSettings settings, Path home) {
    Planner chosen = chosen(settings);
    if (!Boolean.parseBoolean(settings.get("altlas.atlas.reuse", "true"))) {
      return chosen;
    }
    AtlasLibrary library = new AtlasLibrary(home, TaskCatalog.builtin());
    return new AtlasPlanner(
        library::knowledge, chosen, TaskCatalog.builtin(), null, ReuseSettings.defaults());
  }

  private static Planner chosen(TaskSettings settings) {
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
