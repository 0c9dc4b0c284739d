/**
 * The AI orchestrator: configuration of model providers and the factory that builds the router from
 * it. Providers live in {@code local} and {@code openai}, routing in {@code routing}, the {@code
 * ai.*} task handlers in {@code tasks}.
 */
package dev.altlas.orchestrator;
