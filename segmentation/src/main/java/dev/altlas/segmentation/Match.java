package dev.altlas.segmentation;

/**
 * Where a phrase occurs among a clause's words.
 *
 * @param first index of the first matched word
 * @param last index of the last matched word
 */
record Match(Phrase phrase, int first, int last) {

  int length() {
    return last - first + 1;
  }

  boolean overlaps(Match other) {
    return first <= other.last && other.first <= last;
  }
}
