package dev.altlas.orchestrator;

import dev.altlas.ai.ModelPort;
import dev.altlas.orchestrator.local.LocalModels;
import dev.altlas.orchestrator.openai.OpenAiCompatibleModels;
import dev.altlas.orchestrator.routing.ModelRouter;
import dev.altlas.orchestrator.routing.ProviderRoute;
import dev.altlas.orchestrator.routing.UsageLedger;
import dev.altlas.task.TaskSettings;
import java.util.ArrayList;

/** Builds the model router an application hands to task plugins as {@code models}. */
public final class ModelRouterFactory {
  private ModelRouterFactory() {}

  /**
   * Builds the router the {@code altlas.ai.*} settings describe, with a ledger of its own.
   *
   * @throws IllegalArgumentException when the settings are wrong
   */
  public static ModelRouter build(TaskSettings settings) {
    return build(ModelSettings.from(settings), new UsageLedger());
  }

  public static ModelRouter build(ModelSettings settings, UsageLedger ledger) {
    var routes = new ArrayList<ProviderRoute>();
    for (ProviderSettings provider : settings.providers()) {
      ModelPort port =
          provider.isLocal() ? new LocalModels() : new OpenAiCompatibleModels(provider.endpoint());
      routes.add(new ProviderRoute(port, provider.costRank(), provider.timeout()));
    }
    return new ModelRouter(routes, settings.resilience(), ledger);
  }
}
