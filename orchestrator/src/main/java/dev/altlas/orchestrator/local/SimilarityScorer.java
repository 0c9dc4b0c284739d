package dev.altlas.orchestrator.local;

import dev.altlas.ai.ModelException;
import dev.altlas.ai.Scored;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Classification and ranking by embedding similarity, with a keyword-overlap term that helps where
 * the English-trained model reads Turkish poorly: shared word stems are evidence in any language.
 */
final class SimilarityScorer {
  /** Weight of the share of query (or label) stems that a text contains. */
  private static final double OVERLAP_WEIGHT = 0.25;

  private static final double LABEL_TEMPERATURE = 0.05;

  /**
   * Criteria that ask for importance rather than a topic ("the most important", "en önemli",
   * "öncelikli"): such a query has no content to compare with, so items are ranked by centrality,
   * how much of what the collection is about each one carries.
   */
  private static final Set<String> IMPORTANCE_WORDS =
      Set.of(
          "key", "main", "top", "best", "most", "first", "high", "highest", "rank", "en", "ana",
          "iyi", "ilk", "yüksek");

  /** Beginnings long enough not to catch unrelated words. */
  private static final List<String> IMPORTANCE_ROOTS =
      List.of(
          "import",
          "relevan",
          "priorit",
          "signific",
          "critical",
          "crucial",
          "essential",
          "central",
          "valuab",
          "useful",
          "interesting",
          "önem",
          "öncel",
          "kritik",
          "başlıca",
          "temel",
          "değerli",
          "faydal",
          "yararl",
          "ilginç",
          "sırala");

  private final MiniLmEmbeddings embeddings;

  SimilarityScorer(MiniLmEmbeddings embeddings) {
    this.embeddings = embeddings;
  }

  /**
   * @param scores best first
   * @param tokens word pieces the embedding model read
   */
  record Scores(List<Scored> scores, long tokens) {}

  Scores classify(String text, List<String> labels, Locale locale) throws ModelException {
    var inputs = new ArrayList<String>(labels.size() + 1);
    inputs.add(text);
    inputs.addAll(labels);
    MiniLmEmbeddings.Embedded embedded = embeddings.embed(inputs);
    float[] textVector = embedded.vectors().getFirst();
    Set<String> textStems = stems(text, locale);
    var raw = new double[labels.size()];
    for (int i = 0; i < labels.size(); i++) {
      raw[i] =
          Vectors.cosine(textVector, embedded.vectors().get(i + 1))
              + OVERLAP_WEIGHT * overlap(stems(labels.get(i), locale), textStems);
    }
    double[] probabilities = Vectors.softmax(raw, LABEL_TEMPERATURE);
    var scores = new ArrayList<Scored>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      scores.add(new Scored(i, labels.get(i), probabilities[i]));
    }
    return new Scores(bestFirst(scores), embedded.tokens());
  }

  Scores rank(List<String> texts, String query, Locale locale) throws ModelException {
    Set<String> queryStems = topicStems(query, locale);
    var scores = new ArrayList<Scored>(texts.size());
    if (queryStems.isEmpty()) {
      MiniLmEmbeddings.Embedded embedded = embeddings.embed(texts);
      float[] centroid = Vectors.centroid(embedded.vectors());
      for (int i = 0; i < texts.size(); i++) {
        scores.add(new Scored(i, null, Vectors.cosine(embedded.vectors().get(i), centroid)));
      }
      return new Scores(bestFirst(scores), embedded.tokens());
    }
    var inputs = new ArrayList<String>(texts.size() + 1);
    inputs.add(query);
    inputs.addAll(texts);
    MiniLmEmbeddings.Embedded embedded = embeddings.embed(inputs);
    float[] queryVector = embedded.vectors().getFirst();
    for (int i = 0; i < texts.size(); i++) {
      double score =
          Vectors.cosine(queryVector, embedded.vectors().get(i + 1))
              + OVERLAP_WEIGHT * overlap(queryStems, stems(texts.get(i), locale));
      scores.add(new Scored(i, null, score));
    }
    return new Scores(bestFirst(scores), embedded.tokens());
  }

  /** The query's content words that are not importance words or numbers ("top 3"). */
  private static Set<String> topicStems(String query, Locale locale) {
    var stems = new HashSet<String>();
    for (String word : Terms.contentWords(query, locale)) {
      boolean criterion =
          IMPORTANCE_WORDS.contains(word) || IMPORTANCE_ROOTS.stream().anyMatch(word::startsWith);
      if (!criterion && !word.chars().allMatch(Character::isDigit)) {
        stems.add(Terms.stem(word));
      }
    }
    return stems;
  }

  private static Set<String> stems(String text, Locale locale) {
    var stems = new HashSet<String>();
    Terms.contentWords(text, locale).forEach(w -> stems.add(Terms.stem(w)));
    return stems;
  }

  /** The share of {@code wanted} found in {@code present}. */
  private static double overlap(Set<String> wanted, Set<String> present) {
    if (wanted.isEmpty()) {
      return 0;
    }
    return wanted.stream().filter(present::contains).count() / (double) wanted.size();
  }

  private static List<Scored> bestFirst(List<Scored> scores) {
    return scores.stream()
        .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::index))
        .toList();
  }
}
