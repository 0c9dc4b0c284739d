package dev.altlas.bench.search;

import dev.altlas.archive.Synonyms;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.analysis.SnowballLanguage;
import org.opensearch.client.opensearch._types.mapping.DynamicMapping;
import org.opensearch.client.opensearch._types.mapping.Property;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;
import org.opensearch.client.opensearch.indices.IndexSettings;

/**
 * The raw baseline's index, created with plain opensearch-java calls: the same settings, analyzers
 * and mappings as our adapter's template (each text field analysed in Turkish, and in English in
 * its {@code en} sub-field; synonyms at search time), written out here rather than read from it.
 */
final class RawOpenSearchMapping {
  private static final String[] TEXT_FIELDS = {"command", "titles", "summary", "outputs"};
  private static final String[] KEYWORD_FIELDS = {
    "runId",
    "planId",
    "status",
    "mode",
    "persona",
    "language",
    "taskTypes",
    "models",
    "tags",
    "errorCodes"
  };

  private RawOpenSearchMapping() {}

  static void create(OpenSearchClient client, String index) {
    try {
      client
          .indices()
          .create(c -> c.index(index).settings(settings(Synonyms.builtin())).mappings(mappings()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static IndexSettings settings(Synonyms synonyms) {
    return IndexSettings.of(
        s ->
            s.numberOfShards(1)
                .numberOfReplicas(0)
                .refreshInterval(t -> t.time("1s"))
                .analysis(
                    a ->
                        a.filter(
                                "tr_lowercase",
                                f -> f.definition(d -> d.lowercase(l -> l.language("turkish"))))
                            .filter(
                                "tr_stop",
                                f -> f.definition(d -> d.stop(t -> t.stopwords("_turkish_"))))
                            .filter(
                                "tr_stemmer",
                                f ->
                                    f.definition(
                                        d -> d.snowball(t -> t.language(SnowballLanguage.Turkish))))
                            .filter(
                                "en_possessive",
                                f ->
                                    f.definition(
                                        d -> d.stemmer(t -> t.language("possessive_english"))))
                            .filter(
                                "en_stop",
                                f -> f.definition(d -> d.stop(t -> t.stopwords("_english_"))))
                            .filter(
                                "en_stemmer",
                                f -> f.definition(d -> d.stemmer(t -> t.language("english"))))
                            .filter(
                                "synonyms",
                                f ->
                                    f.definition(
                                        d -> d.synonymGraph(t -> t.synonyms(synonyms.rules()))))
                            .analyzer(
                                "tr",
                                an ->
                                    an.custom(
                                        c ->
                                            c.tokenizer("standard")
                                                .filter(
                                                    "apostrophe",
                                                    "tr_lowercase",
                                                    "tr_stop",
                                                    "tr_stemmer")))
                            .analyzer(
                                "tr_search",
                                an ->
                                    an.custom(
                                        c ->
                                            c.tokenizer("standard")
                                                .filter(
                                                    "apostrophe",
                                                    "tr_lowercase",
                                                    "synonyms",
                                                    "tr_stop",
                                                    "tr_stemmer")))
                            .analyzer(
                                "en",
                                an ->
                                    an.custom(
                                        c ->
                                            c.tokenizer("standard")
                                                .filter(
                                                    "en_possessive",
                                                    "lowercase",
                                                    "en_stop",
                                                    "en_stemmer")))
                            .analyzer(
                                "en_search",
                                an ->
                                    an.custom(
                                        c ->
                                            c.tokenizer("standard")
                                                .filter(
                                                    "en_possessive",
                                                    "lowercase",
                                                    "synonyms",
                                                    "en_stop",
                                                    "en_stemmer")))));
  }

  private static TypeMapping mappings() {
    TypeMapping.Builder mapping = new TypeMapping.Builder().dynamic(DynamicMapping.Strict);
    for (String field : TEXT_FIELDS) {
      mapping.properties(
          field,
          p ->
              p.text(
                  t ->
                      t.analyzer("tr")
                          .searchAnalyzer("tr_search")
                          .fields(
                              "en",
                              Property.of(
                                  e ->
                                      e.text(x -> x.analyzer("en").searchAnalyzer("en_search"))))));
    }
    for (String field : KEYWORD_FIELDS) {
      mapping.properties(field, p -> p.keyword(k -> k));
    }
    return mapping
        .properties("digest", p -> p.keyword(k -> k.index(false).docValues(false)))
        .properties("sequence", p -> p.long_(l -> l))
        .properties("startedAt", p -> p.dateNanos(d -> d))
        .properties("finishedAt", p -> p.dateNanos(d -> d))
        .properties("durationMs", p -> p.long_(l -> l))
        .properties("successRate", p -> p.double_(d -> d))
        .properties("taskCount", p -> p.integer(i -> i))
        .build();
  }
}
