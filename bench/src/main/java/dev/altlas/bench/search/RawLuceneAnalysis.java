package dev.altlas.bench.search;

import dev.altlas.archive.Synonyms;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tr.ApostropheFilter;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * The raw baseline's text analysis, written the plain Lucene way: each text field twice, {@code
 * _tr} with the stock {@link TurkishAnalyzer} and {@code _en} with the stock {@link
 * EnglishAnalyzer}; queries with the same chains plus the archive's synonyms after lower-casing.
 */
final class RawLuceneAnalysis {

  /** The text fields and how much a match in each counts, as the archive ranks them. */
  static final Map<String, Float> TEXT_FIELDS =
      Map.of("command", 3.0f, "titles", 2.0f, "summary", 1.5f, "outputs", 1.0f);

  static final List<String> LANGUAGES = List.of("tr", "en");

  private RawLuceneAnalysis() {}

  static Analyzer forIndexing() {
    Map<String, Analyzer> fields = new HashMap<>();
    Analyzer turkish = new TurkishAnalyzer();
    Analyzer english = new EnglishAnalyzer();
    for (String field : TEXT_FIELDS.keySet()) {
      fields.put(field + "_tr", turkish);
      fields.put(field + "_en", english);
    }
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
  }

  static Analyzer forQueries(Synonyms synonyms) {
    Analyzer turkish = withSynonyms(true, synonyms);
    Analyzer english = withSynonyms(false, synonyms);
    Map<String, Analyzer> fields = new HashMap<>();
    for (String field : TEXT_FIELDS.keySet()) {
      fields.put(field + "_tr", turkish);
      fields.put(field + "_en", english);
    }
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
  }

  private static Analyzer withSynonyms(boolean turkish, Synonyms synonyms) {
    SynonymMap map = synonymMap(turkish, synonyms);
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new SynonymGraphFilter(lowerCase(turkish, source), map, true);
        stream =
            turkish
                ? new SnowballFilter(
                    new StopFilter(stream, TurkishAnalyzer.getDefaultStopSet()),
                    new TurkishStemmer())
                : new PorterStemFilter(new StopFilter(stream, EnglishAnalyzer.getDefaultStopSet()));
        return new TokenStreamComponents(source, stream);
      }
    };
  }

  /** The rules are read with the analysis up to lower case, the tokens they are applied to. */
  private static SynonymMap synonymMap(boolean turkish, Synonyms synonyms) {
    Analyzer lowerCasing =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, lowerCase(turkish, source));
          }
        };
    try {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, lowerCasing);
      parser.parse(new StringReader(synonyms.asText()));
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalArgumentException("bad synonym rules", e);
    }
  }

  private static TokenStream lowerCase(boolean turkish, StandardTokenizer source) {
    return turkish
        ? new TurkishLowerCaseFilter(new ApostropheFilter(source))
        : new LowerCaseFilter(new EnglishPossessiveFilter(source));
  }
}
