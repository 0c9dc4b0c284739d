package dev.altlas.search.opensearch;

import dev.altlas.archive.SearchIndex;
import dev.altlas.archive.SearchIndexContract;
import dev.altlas.archive.Synonyms;

class OpenSearchIndexContractTest extends SearchIndexContract {
  @Override
  protected SearchIndex openEmpty() {
    return OpenSearchIndex.open(OpenSearchTestNode.settings(), Synonyms.builtin());
  }
}
