/**
 * What model providers and the router share: token estimates, rate-limit hints, streaming and
 * preloading. Depends on nothing but core, so providers and routing stay independent of each other.
 */
package dev.altlas.orchestrator.provider;
