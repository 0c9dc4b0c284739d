/**
 * What model providers and the router share: token estimates, rate-limit hints and streaming.
 * Depends on nothing but core, so providers and routing stay independent of each other.
 */
package dev.altlas.orchestrator.provider;
