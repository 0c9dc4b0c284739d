package dev.altlas.orchestrator.routing;

import dev.altlas.ai.ModelPort;
import java.time.Duration;

/**
 * A provider as the router sees it.
 *
 * @param costRank lower is cheaper and tried first among providers with the capability
 * @param timeout the longest one attempt may take
 */
public record ProviderRoute(ModelPort provider, int costRank, Duration timeout) {}
