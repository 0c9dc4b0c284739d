package dev.altlas.cli;

import dev.altlas.archive.SearchIndex;
import dev.altlas.archive.Synonyms;
import dev.altlas.search.lucene.LuceneSearchIndex;
import dev.altlas.search.opensearch.OpenSearchIndex;
import dev.altlas.search.opensearch.OpenSearchSettings;
import dev.altlas.task.TaskSettings;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The search index {@code altlas.search} chooses: {@code lucene} (the default, on disk under the
 * home) or {@code opensearch} (a cluster at {@code altlas.search.url}).
 *
 * @param name also names the index's checkpoint in the archive store, so switching backends makes
 *     the new one catch up from the start
 */
record SearchBackend(String name, String kind) {

  static SearchBackend of(TaskSettings settings) {
    String kind = settings.get("altlas.search", "lucene").strip().toLowerCase(Locale.ROOT);
    return switch (kind) {
      case "lucene" -> new SearchBackend("lucene", kind);
      case "opensearch" ->
          new SearchBackend("opensearch-" + openSearch(settings).indexPrefix(), kind);
      default ->
          throw CliFailure.usage("altlas.search must be lucene or opensearch, not '" + kind + "'");
    };
  }

  SearchIndex open(TaskSettings settings, Path home) {
    Synonyms synonyms = synonyms(settings);
    return kind.equals("lucene")
        ? LuceneSearchIndex.open(home.resolve(AltlasHome.SEARCH).resolve("lucene"), synonyms)
        : OpenSearchIndex.open(openSearch(settings), synonyms);
  }

  /** The built-in synonyms and those of {@code altlas.search.synonyms}, a file in Solr format. */
  static Synonyms synonyms(TaskSettings settings) {
    return settings
        .get("altlas.search.synonyms")
        .filter(s -> !s.isBlank())
        .map(file -> Synonyms.builtinAnd(Path.of(file)))
        .orElseGet(Synonyms::builtin);
  }

  static OpenSearchSettings openSearch(TaskSettings settings) {
    String url =
        settings
            .get("altlas.search.url")
            .orElseThrow(
                () ->
                    CliFailure.usage(
                        "altlas.search=opensearch needs altlas.search.url, e.g."
                            + " http://localhost:9200"));
    try {
      return new OpenSearchSettings(
          url,
          settings.get("altlas.search.user", ""),
          settings.get("altlas.search.password", ""),
          settings.get("altlas.search.index-prefix", OpenSearchSettings.DEFAULT_PREFIX),
          Integer.parseInt(settings.get("altlas.search.shards", "1")),
          Integer.parseInt(settings.get("altlas.search.replicas", "0")));
    } catch (IllegalArgumentException e) {
      throw CliFailure.usage("the OpenSearch settings are not usable: " + e.getMessage());
    }
  }
}
