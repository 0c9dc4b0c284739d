package dev.altlas.orchestrator;

import dev.altlas.orchestrator.openai.OpenAiEndpoint;
import java.time.Duration;

/**
 * One configured provider.
 *
 * @param costRank lower is tried first among providers with a capability
 * @param timeout the longest one attempt may take
 * @param endpoint where an OpenAI-compatible provider is; null for the built-in {@code local}
 */
public record ProviderSettings(
    String name, int costRank, Duration timeout, OpenAiEndpoint endpoint) {

  public boolean isLocal() {
    return endpoint == null;
  }
}
