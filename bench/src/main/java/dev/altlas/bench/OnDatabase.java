package dev.altlas.bench;

import java.io.IOException;

/** A subject with the fresh database it runs on; the database goes once the subject has stopped. */
record OnDatabase(BenchDatabase database, Subject subject) implements Subject {

  /** Starts a subject on the database it is given. */
  @FunctionalInterface
  interface Starter {
    Subject start(BenchDatabase database) throws Exception;
  }

  /** Makes a fresh database and starts a subject on it; drops the database if the start fails. */
  static Subject start(DatabaseSource fresh, Starter starter) throws Exception {
    BenchDatabase database = fresh.open();
    try {
      return new OnDatabase(database, starter.start(database));
    } catch (Exception e) {
      try {
        database.close();
      } catch (IOException | RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  @Override
  public String submit() throws Exception {
    return subject.submit();
  }

  @Override
  public void close() throws IOException {
    try (database) {
      subject.close();
    }
  }
}
