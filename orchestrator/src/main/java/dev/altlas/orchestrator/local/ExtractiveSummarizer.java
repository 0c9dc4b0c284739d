package dev.altlas.orchestrator.local;

import dev.altlas.ai.ModelException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Picks the sentences that best represent a text and keeps them in their original order. A
 * sentence's relevance is its embedding's similarity to the document's centroid; sentences are
 * chosen by maximal marginal relevance so that two sentences saying the same thing are not both
 * kept.
 */
final class ExtractiveSummarizer {
  /** Weight of relevance against novelty when choosing the next sentence. */
  private static final double LAMBDA = 0.7;

  /** Openings tend to state the topic: a small bonus that fades over the text. */
  private static final double POSITION_BONUS = 0.05;

  private static final int SHORT_SENTENCE_WORDS = 4;
  private static final double SHORT_SENTENCE_PENALTY = 0.2;

  private final MiniLmEmbeddings embeddings;

  ExtractiveSummarizer(MiniLmEmbeddings embeddings) {
    this.embeddings = embeddings;
  }

  /**
   * @param tokens word pieces the embedding model read
   */
  record Summary(String text, long tokens) {}

  Summary summarize(String text, int maxSentences, Language language) throws ModelException {
    List<String> sentences = Sentences.split(text, language);
    if (sentences.size() <= maxSentences) {
      return new Summary(String.join(" ", sentences), 0);
    }
    MiniLmEmbeddings.Embedded embedded = embeddings.embed(sentences);
    List<float[]> vectors = embedded.vectors();
    float[] centroid = Vectors.centroid(vectors);
    int n = sentences.size();
    var relevance = new double[n];
    for (int i = 0; i < n; i++) {
      relevance[i] = Vectors.cosine(vectors.get(i), centroid) + POSITION_BONUS * (n - i) / n;
      // Headings and fragments are rarely what a summary should say.
      if (Terms.words(sentences.get(i), language.locale()).size() < SHORT_SENTENCE_WORDS) {
        relevance[i] -= SHORT_SENTENCE_PENALTY;
      }
    }
    var chosen = new TreeSet<Integer>();
    while (chosen.size() < maxSentences) {
      chosen.add(next(relevance, vectors, chosen));
    }
    var picked = new ArrayList<String>(chosen.size());
    chosen.forEach(i -> picked.add(sentences.get(i)));
    return new Summary(String.join(" ", picked), embedded.tokens());
  }

  private static int next(double[] relevance, List<float[]> vectors, Set<Integer> chosen) {
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < relevance.length; i++) {
      if (chosen.contains(i)) {
        continue;
      }
      double redundancy = 0;
      for (int j : chosen) {
        redundancy = Math.max(redundancy, Vectors.cosine(vectors.get(i), vectors.get(j)));
      }
      double score = LAMBDA * relevance[i] - (1 - LAMBDA) * redundancy;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    return best;
  }
}
