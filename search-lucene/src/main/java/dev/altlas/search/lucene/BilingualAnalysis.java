package dev.altlas.search.lucene;

import dev.altlas.archive.SearchField;
import dev.altlas.archive.Synonyms;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tr.ApostropheFilter;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * How text is split into searchable terms. Every {@link SearchField} is indexed twice, once per
 * {@link Language}, so a word matches in whichever language it was written; queries add the
 * synonyms after lower-casing and before stop words and stemming.
 *
 * <p>The chains are those of the stock Turkish and English analyzers (which OpenSearch's {@code
 * turkish} and {@code english} analyzers also use), so both adapters split words the same way.
 */
final class BilingualAnalysis {

  /** The languages every text field is analysed in. */
  enum Language {
    /** Apostrophe suffixes cut, Turkish casing (İ/ı), Turkish stop words, Snowball stemmer. */
    TURKISH("tr"),
    /** English possessives cut, lower case, English stop words, Porter stemmer. */
    ENGLISH("en");

    private final String suffix;

    Language(String suffix) {
      this.suffix = suffix;
    }

    /** The index field holding {@code field} analysed in this language, e.g. {@code command.tr}. */
    String field(SearchField field) {
      return field.indexName() + "." + suffix;
    }

    /** The tokenizer and the filters up to lower case: where synonyms apply. */
    private TokenStream normalize(StandardTokenizer source) {
      return switch (this) {
        case TURKISH -> new TurkishLowerCaseFilter(new ApostropheFilter(source));
        case ENGLISH -> new LowerCaseFilter(new EnglishPossessiveFilter(source));
      };
    }

    private TokenStream stem(TokenStream normalized) {
      return switch (this) {
        case TURKISH ->
            new SnowballFilter(
                new StopFilter(normalized, TurkishAnalyzer.getDefaultStopSet()),
                new TurkishStemmer());
        case ENGLISH ->
            new PorterStemFilter(
                new StopFilter(normalized, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
      };
    }
  }

  private final Analyzer index;
  private final Analyzer query;

  BilingualAnalysis(Synonyms synonyms) {
    Map<String, Analyzer> indexing = new HashMap<>();
    Map<String, Analyzer> querying = new HashMap<>();
    for (Language language : Language.values()) {
      Analyzer plain = chain(language, UnaryOperator.identity());
      SynonymMap map = synonymMap(language, synonyms);
      Analyzer withSynonyms =
          map.fst == null
              ? plain
              : chain(language, normalized -> new SynonymGraphFilter(normalized, map, true));
      for (SearchField field : SearchField.values()) {
        indexing.put(language.field(field), plain);
        querying.put(language.field(field), withSynonyms);
      }
    }
    index = new PerField(indexing);
    query = new PerField(querying);
  }

  /** What documents are indexed with, per field. */
  Analyzer index() {
    return index;
  }

  /** What query terms are analysed with, per field: the index chain plus synonyms. */
  Analyzer query() {
    return query;
  }

  private static Analyzer chain(Language language, UnaryOperator<TokenStream> afterNormalizing) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(
            source, language.stem(afterNormalizing.apply(language.normalize(source))));
      }
    };
  }

  /** Rules are read with the chain up to lower case, so they match the tokens they apply to. */
  private static SynonymMap synonymMap(Language language, Synonyms synonyms) {
    Analyzer normalizing =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, language.normalize(source));
          }
        };
    SolrSynonymParser parser = new SolrSynonymParser(true, true, normalizing);
    try {
      parser.parse(new StringReader(synonyms.asText()));
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalArgumentException("bad synonym rules: " + e.getMessage(), e);
    }
  }

  /** One analyzer per field name; reuses each field's components like a plain analyzer. */
  private static final class PerField extends DelegatingAnalyzerWrapper {
    private final Map<String, Analyzer> byField;

    PerField(Map<String, Analyzer> byField) {
      super(PER_FIELD_REUSE_STRATEGY);
      this.byField = Map.copyOf(byField);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
      Analyzer analyzer = byField.get(fieldName);
      if (analyzer == null) {
        throw new IllegalArgumentException("no text analysis for field " + fieldName);
      }
      return analyzer;
    }
  }
}
