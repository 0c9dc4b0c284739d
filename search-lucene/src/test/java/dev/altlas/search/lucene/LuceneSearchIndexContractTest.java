package dev.altlas.search.lucene;

import dev.altlas.archive.SearchIndex;
import dev.altlas.archive.Synonyms;
import dev.altlas.testkit.SearchIndexContract;

class LuceneSearchIndexContractTest extends SearchIndexContract {
  @Override
  protected SearchIndex openEmpty() {
    return LuceneSearchIndex.inMemory(Synonyms.builtin());
  }
}
