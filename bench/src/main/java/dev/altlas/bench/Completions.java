package dev.altlas.bench;

import java.time.Instant;

/** Where a system under test reports each unit of work whose result it has stored. */
@FunctionalInterface
interface Completions {
  /**
   * Reports a unit whose result has been stored.
   *
   * @param id the id {@link Subject#submit()} returned for the unit
   * @param at when the result was stored (taken just after the write returned)
   * @param succeeded false when the unit failed
   */
  void finished(String id, Instant at, boolean succeeded);
}
