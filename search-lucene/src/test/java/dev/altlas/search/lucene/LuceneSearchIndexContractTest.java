package dev.altlas.search.lucene;

import dev.altlas.archive.SearchIndex;
import dev.altlas.archive.SearchIndexContract;
import dev.altlas.archive.Synonyms;

class LuceneSearchIndexContractTest extends SearchIndexContract {
  @Override
  protected SearchIndex openEmpty() {
    return LuceneSearchIndex.inMemory(Synonyms.builtin());
  }
}
