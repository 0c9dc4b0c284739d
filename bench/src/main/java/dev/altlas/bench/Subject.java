package dev.altlas.bench;

import java.io.IOException;

/** A system under test, started and ready to take work; closing it stops it and drops its data. */
interface Subject extends AutoCloseable {

  /** Submits one unit of work and returns the id its completion will be reported under. */
  String submit() throws Exception;

  /** Stops it; the checked exception is its database's cleanup failing. */
  @Override
  void close() throws IOException;
}
