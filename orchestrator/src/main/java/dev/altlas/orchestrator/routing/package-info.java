/**
 * Routing of model calls to providers by capability, cost and health, with a circuit breaker,
 * retries and a timeout per provider, and token accounting per run and per user.
 */
package dev.altlas.orchestrator.routing;
