package dev.altlas.orchestrator.local;

import java.util.List;

/** Arithmetic on embedding vectors. */
final class Vectors {
  private Vectors() {}

  /** The cosine of two unit vectors; 0 when either is the zero vector (an empty text). */
  static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  /** Scales to length 1; the zero vector stays zero. */
  static float[] normalize(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x * x;
    }
    if (sum == 0) {
      return v.clone();
    }
    float norm = (float) Math.sqrt(sum);
    var unit = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      unit[i] = v[i] / norm;
    }
    return unit;
  }

  /** The normalised mean: the direction the texts share, what a document is "about". */
  static float[] centroid(List<float[]> vectors) {
    var sum = new float[vectors.getFirst().length];
    for (float[] v : vectors) {
      for (int i = 0; i < sum.length; i++) {
        sum[i] += v[i];
      }
    }
    return normalize(sum);
  }

  /**
   * Turns similarity scores into probabilities. Cosines of sentence embeddings differ by tenths, so
   * a low temperature is needed for the best label to stand out.
   */
  static double[] softmax(double[] scores, double temperature) {
    double max = Double.NEGATIVE_INFINITY;
    for (double s : scores) {
      max = Math.max(max, s);
    }
    var out = new double[scores.length];
    double sum = 0;
    for (int i = 0; i < scores.length; i++) {
      out[i] = Math.exp((scores[i] - max) / temperature);
      sum += out[i];
    }
    for (int i = 0; i < out.length; i++) {
      out[i] /= sum;
    }
    return out;
  }
}
