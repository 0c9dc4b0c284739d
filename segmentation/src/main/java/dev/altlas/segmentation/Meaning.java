package dev.altlas.segmentation;

import java.util.List;

/** Phrases of a lexicon and what they stand for, e.g. "largest" for a sort by size, descending. */
record Meaning<T>(List<Phrase> phrases, T value) {

  Meaning {
    phrases = List.copyOf(phrases);
  }
}
