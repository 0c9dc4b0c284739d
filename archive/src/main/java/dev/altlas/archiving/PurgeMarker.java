package dev.altlas.archiving;

import dev.altlas.archive.ArchiveStore;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/**
 * Remembers, in the archive store, that runs finished before a cutoff were purged from the store
 * but may still be in a search index. Retention raises it before it deletes anything and clears it
 * when the index has followed; if the index was down or the process died in between, catch-up sees
 * the marker and removes the leftovers, so purged runs do not stay searchable.
 *
 * <p>Every raise writes a new token, and clearing compares the token, so a sweep does not clear a
 * mark raised after it read the marker. The compare and the write are two statements (the store has
 * no compare-and-set of checkpoints): a raise landing exactly between them is lost, and the runs of
 * that one batch stay searchable until the next retention or reindex.
 */
final class PurgeMarker {
  /** What the checkpoint holds when nothing is pending (the store cannot delete a checkpoint). */
  static final String NONE = "none";

  private final ArchiveStore store;
  private final String name;

  PurgeMarker(ArchiveStore store, ArchiveSettings settings) {
    this.store = store;
    this.name = settings.purgeCheckpoint();
  }

  /** Deletes still owed to the index: every run finished before {@code cutoff}. */
  record Pending(Instant cutoff, String token) {
    String stored() {
      return cutoff + " " + token;
    }
  }

  /**
   * Marks runs finished before {@code cutoff} as purged; keeps an older pending mark's work by
   * taking the later cutoff (which covers it).
   */
  Pending raise(Instant cutoff) {
    Instant later =
        pending().map(p -> p.cutoff().isAfter(cutoff) ? p.cutoff() : cutoff).orElse(cutoff);
    Pending next = new Pending(later, UUID.randomUUID().toString());
    store.saveCheckpoint(name, next.stored());
    return next;
  }

  Optional<Pending> pending() {
    return store.checkpoint(name).flatMap(PurgeMarker::parse);
  }

  /** Clears the mark if it is still {@code done}; a newer raise stays. */
  void clear(Pending done) {
    if (pending().filter(done::equals).isPresent()) {
      store.saveCheckpoint(name, NONE);
    }
  }

  private static Optional<Pending> parse(String stored) {
    int space = stored.indexOf(' ');
    if (space < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Pending(Instant.parse(stored.substring(0, space)), stored.substring(space + 1)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
