package dev.altlas.archiving;

import dev.altlas.archive.Synonyms;
import dev.altlas.search.lucene.LuceneSearchIndex;
import dev.altlas.store.jdbc.JdbcArchiveStore;
import dev.altlas.store.jdbc.JdbcRunStore;
import dev.altlas.store.jdbc.JdbcSettings;
import java.nio.file.Path;

/** The run store, archive store, Lucene index and archive of an installation under one home. */
record EmbeddedArchive(
    JdbcRunStore runs, JdbcArchiveStore store, LuceneSearchIndex index, Archive archive)
    implements AutoCloseable {

  static EmbeddedArchive open(Path home) {
    JdbcSettings db = JdbcSettings.embedded(home);
    JdbcRunStore runs = JdbcRunStore.open(db);
    JdbcArchiveStore store = JdbcArchiveStore.open(db);
    LuceneSearchIndex index = LuceneSearchIndex.open(home.resolve("search"), Synonyms.builtin());
    return new EmbeddedArchive(
        runs, store, index, Archive.open(store, index, null, ArchiveSettings.defaults("lucene")));
  }

  @Override
  public void close() {
    archive.close();
    index.close();
    store.close();
    runs.close();
  }
}
