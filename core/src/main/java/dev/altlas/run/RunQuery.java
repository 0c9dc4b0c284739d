package dev.altlas.run;

import java.time.Instant;

/**
 * Which runs to list, newest first, a page at a time.
 *
 * @param state only runs in this state; null for all
 * @param owner only this owner's runs; null for all
 * @param before keyset cursor: only runs created before this run id's creation; null for the first
 *     page
 * @param limit page size, 1..500
 */
public record RunQuery(RunState state, String owner, Instant since, String before, int limit) {

  public RunQuery {
    if (limit < 1 || limit > 500) {
      throw new IllegalArgumentException("limit must be 1..500, was " + limit);
    }
  }

  public static RunQuery latest(int limit) {
    return new RunQuery(null, null, null, null, limit);
  }
}
