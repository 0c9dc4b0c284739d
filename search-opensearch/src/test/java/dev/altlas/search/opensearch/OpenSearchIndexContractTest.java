package dev.altlas.search.opensearch;

import dev.altlas.archive.SearchIndex;
import dev.altlas.archive.Synonyms;
import dev.altlas.testkit.SearchIndexContract;

class OpenSearchIndexContractTest extends SearchIndexContract {
  @Override
  protected SearchIndex openEmpty() {
    return OpenSearchIndex.open(TestIndexes.settings(), Synonyms.builtin());
  }
}
