package dev.altlas.cli;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A part of an {@link Installation} opened on first use, once. Threads that ask while it opens wait
 * for it; when it could not open, every later ask fails the same way, so that a database that timed
 * out is not waited for twice.
 */
final class OnFirstUse<T> {
  private final Supplier<T> opener;
  private T value;
  private RuntimeException failure;

  OnFirstUse(Supplier<T> opener) {
    this.opener = opener;
  }

  synchronized T get() {
    if (value == null && failure == null) {
      try {
        value = opener.get();
      } catch (RuntimeException e) {
        failure = e;
      }
    }
    if (failure != null) {
      throw failure;
    }
    return value;
  }

  /** The part when it was opened, to close it; empty when it never was, or failed to. */
  synchronized Optional<T> opened() {
    return Optional.ofNullable(value);
  }
}
