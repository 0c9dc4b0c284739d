package dev.altlas.format;

import java.util.Collection;

/** "did you mean …" for a misspelt name, when one known name is close enough. */
public final class Suggestion {
  private Suggestion() {}

  /** {@code "; did you mean 'x'?"} or an empty string. */
  public static String among(String wrong, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(wrong, k);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    int tolerance = Math.max(1, wrong.length() / 3);
    return best != null && bestDistance <= tolerance ? "; did you mean '" + best + "'?" : "";
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
