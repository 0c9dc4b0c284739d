package dev.altlas.archive;

import java.util.Arrays;

/**
 * A vector that places a text in meaning space (all-MiniLM-L6-v2 gives 384 values), compared by
 * cosine similarity.
 */
public record Embedding(float[] values) {
  public Embedding {
    values = values.clone();
  }

  @Override
  public float[] values() {
    return values.clone();
  }

  public int dimensions() {
    return values.length;
  }

  /**
   * Whether the vector can be compared by cosine: one that is empty, all zeros or holds a value
   * that is not a finite number has no direction, so a run with it counts as having no embedding.
   */
  public boolean hasDirection() {
    boolean nonZero = false;
    for (float value : values) {
      if (!Float.isFinite(value)) {
        return false;
      }
      nonZero |= value != 0;
    }
    return nonZero;
  }

  /** Cosine similarity in -1..1; 0 when either vector is all zeros or the lengths differ. */
  public double cosine(Embedding other) {
    if (other.values.length != values.length) {
      return 0;
    }
    double dot = 0;
    double a = 0;
    double b = 0;
    for (int i = 0; i < values.length; i++) {
      dot += (double) values[i] * other.values[i];
      a += (double) values[i] * values[i];
      b += (double) other.values[i] * other.values[i];
    }
    return a == 0 || b == 0 ? 0 : dot / Math.sqrt(a * b);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Embedding e && Arrays.equals(values, e.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "Embedding[" + values.length + " dimensions]";
  }
}
