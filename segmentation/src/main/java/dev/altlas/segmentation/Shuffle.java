package dev.altlas.segmentation;

import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/** A Fisher–Yates shuffle driven by the request's seeded generator. */
final class Shuffle {
  private Shuffle() {}

  static <T> void inPlace(List<T> list, RandomGenerator random) {
    for (int i = list.size() - 1; i > 0; i--) {
      Collections.swap(list, i, random.nextInt(i + 1));
    }
  }
}
