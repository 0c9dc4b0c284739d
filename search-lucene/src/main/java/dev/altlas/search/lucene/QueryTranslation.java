package dev.altlas.search.lucene;

import dev.altlas.archive.Embedding;
import dev.altlas.archive.InvalidQueryException;
import dev.altlas.archive.SearchField;
import dev.altlas.archive.SearchFilters;
import dev.altlas.archive.SearchQuery;
import dev.altlas.archive.TextQuery;
import dev.altlas.search.lucene.BilingualAnalysis.Language;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link SearchQuery} into a Lucene query.
 *
 * <p>A term (word or phrase) is a phrase query on each of its fields in both languages, boosted by
 * the field's {@link SearchField#boost()}, the scores added up. A word that analyses into several
 * tokens ({@code e-mail}) therefore matches them next to each other. A required term whose analysis
 * in some field and language is empty (a stop word, punctuation) matches every run there, so stop
 * words do not restrict a search; an excluded one excludes nothing there.
 */
final class QueryTranslation {
  private final QueryBuilder analysed;

  QueryTranslation(BilingualAnalysis analysis) {
    analysed = new QueryBuilder(analysis.query());
  }

  /** What a search matches and how it scores its hits. */
  Query matching(SearchQuery query) {
    TextQuery text = query.parsed();
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    switch (query.mode()) {
      case TEXT -> all.add(words(text), Occur.MUST);
      case SEMANTIC -> all.add(similarity(query.vector()), Occur.MUST);
      case HYBRID ->
          all.add(
              new BooleanQuery.Builder()
                  .add(words(text), Occur.SHOULD)
                  .add(similarity(query.vector()), Occur.SHOULD)
                  .build(),
              Occur.MUST);
    }
    for (TextQuery.Term excluded : text.excluded()) {
      all.add(term(excluded, false), Occur.MUST_NOT);
    }
    filter(query.filters(), all);
    return all.build();
  }

  /**
   * The words whose matches are highlighted: the required ones, in every mode (a semantic hit shows
   * where it also contains the words).
   */
  Query highlighted(SearchQuery query) {
    return words(query.parsed());
  }

  /** Every group must match; a group matches when any of its terms does. */
  private Query words(TextQuery text) {
    if (text.required().isEmpty()) {
      return MatchAllDocsQuery.INSTANCE;
    }
    BooleanQuery.Builder groups = new BooleanQuery.Builder();
    for (List<TextQuery.Term> group : text.required()) {
      if (group.size() == 1) {
        groups.add(term(group.get(0), true), Occur.MUST);
      } else {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        group.forEach(t -> any.add(term(t, true), Occur.SHOULD));
        groups.add(any.build(), Occur.MUST);
      }
    }
    return groups.build();
  }

  private Query term(TextQuery.Term term, boolean required) {
    List<SearchField> fields =
        term.field() == null ? List.of(SearchField.values()) : List.of(term.field());
    BooleanQuery.Builder anywhere = new BooleanQuery.Builder();
    int clauses = 0;
    for (SearchField field : fields) {
      for (Language language : Language.values()) {
        Query inField = analysed.createPhraseQuery(language.field(field), term.text());
        if (inField == null && required) {
          inField = MatchAllDocsQuery.INSTANCE;
        }
        if (inField != null) {
          anywhere.add(new BoostQuery(inField, field.boost()), Occur.SHOULD);
          clauses++;
        }
      }
    }
    return clauses == 0 ? new MatchNoDocsQuery("no words in " + term.text()) : anywhere.build();
  }

  /** Runs with a comparable embedding, scored {@code (1 + cosine) / 2}. */
  private static Query similarity(Embedding vector) {
    for (float value : vector.values()) {
      if (!Float.isFinite(value)) {
        throw new InvalidQueryException(
            "the query's embedding holds " + value + "; every value must be a finite number");
      }
    }
    CosineScore score = new CosineScore(vector);
    return new FunctionScoreQuery(new FieldExistsQuery(score.field()), score);
  }

  private static void filter(SearchFilters filters, BooleanQuery.Builder all) {
    anyOf(RunFields.STATUS, filters.statuses(), all);
    anyOf(RunFields.MODE, filters.modes(), all);
    anyOf(RunFields.PERSONA, filters.personas(), all);
    anyOf(RunFields.LANGUAGE, filters.languages(), all);
    anyOf(RunFields.TASK_TYPE, filters.taskTypes(), all);
    anyOf(RunFields.MODEL, filters.models(), all);
    anyOf(RunFields.TAG, filters.tags(), all);
    if (filters.since() != null || filters.until() != null) {
      long from = filters.since() == null ? Long.MIN_VALUE : RunDocument.micros(filters.since());
      long until = filters.until() == null ? Long.MAX_VALUE : RunDocument.micros(filters.until());
      long to = until == Long.MIN_VALUE || until == Long.MAX_VALUE ? until : until - 1;
      all.add(LongPoint.newRangeQuery(RunFields.FINISHED_AT, from, to), Occur.FILTER);
    }
    if (filters.minSuccessRate() != null || filters.maxSuccessRate() != null) {
      double min =
          filters.minSuccessRate() == null ? Double.NEGATIVE_INFINITY : filters.minSuccessRate();
      double max =
          filters.maxSuccessRate() == null ? Double.POSITIVE_INFINITY : filters.maxSuccessRate();
      all.add(DoublePoint.newRangeQuery(RunFields.SUCCESS_RATE, min, max), Occur.FILTER);
    }
  }

  private static void anyOf(String field, Set<String> values, BooleanQuery.Builder all) {
    if (!values.isEmpty()) {
      all.add(new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()), Occur.FILTER);
    }
  }
}
