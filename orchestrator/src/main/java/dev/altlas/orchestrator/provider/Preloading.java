package dev.altlas.orchestrator.provider;

/**
 * A provider that loads something large (a model) at its first call, and can be asked to load it
 * ahead of the calls, so that the load overlaps the caller's other work.
 */
public interface Preloading {

  /** Loads it now, if not loaded yet; a failure is left to the first call that needs it. */
  void preload();
}
