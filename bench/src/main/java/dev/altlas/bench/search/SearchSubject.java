package dev.altlas.bench.search;

import dev.altlas.archive.ArchivedRun;
import java.util.List;

/** One search system under test, with an empty index of its own when opened. */
interface SearchSubject extends AutoCloseable {

  /** Writes these runs (one bulk batch); idempotent by run id, as the archive needs. */
  void index(List<ArchivedRun> runs);

  /** Makes every write so far durable and visible to searches. */
  void refresh();

  QueryAnswer search(BenchQuery query);

  /** The index's size and segments now, for the report. */
  IndexShape shape();

  /** Closes it and deletes its index. */
  @Override
  void close();
}
