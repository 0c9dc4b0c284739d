package dev.altlas.segmentation.atlas;

import dev.altlas.archive.Embedding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mean of the embeddings of a pattern's runs. Runs embedded by different models give vectors of
 * different lengths, which cannot be averaged together; the mean is over the length most runs have
 * (the longer one on a tie, so that the result does not depend on the runs' order).
 */
final class EmbeddingMean {
  private final Map<Integer, Sum> sums = new TreeMap<>();

  void add(Embedding embedding) {
    if (embedding == null || embedding.dimensions() == 0) {
      return;
    }
    float[] values = embedding.values();
    sums.computeIfAbsent(values.length, Sum::new).add(values);
  }

  void addAll(EmbeddingMean other) {
    other.sums.forEach((dimensions, sum) -> sums.computeIfAbsent(dimensions, Sum::new).add(sum));
  }

  /** The mean vector; empty when no run had an embedding. */
  List<Float> mean() {
    return sums.values().stream()
        .max(Comparator.comparingLong(Sum::count).thenComparingInt(s -> s.total.length))
        .map(Sum::mean)
        .orElse(List.of());
  }

  /** Component sums of the vectors of one length. */
  private static final class Sum {
    private final double[] total;
    private long count;

    Sum(int dimensions) {
      this.total = new double[dimensions];
    }

    void add(float[] values) {
      for (int i = 0; i < total.length; i++) {
        total[i] += values[i];
      }
      count++;
    }

    void add(Sum other) {
      for (int i = 0; i < total.length; i++) {
        total[i] += other.total[i];
      }
      count += other.count;
    }

    long count() {
      return count;
    }

    List<Float> mean() {
      var mean = new ArrayList<Float>(total.length);
      for (double t : total) {
        mean.add((float) (t / count));
      }
      return mean;
    }
  }
}
