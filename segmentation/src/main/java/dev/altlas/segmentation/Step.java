package dev.altlas.segmentation;

/** One thing the command asks for: a clause, the task type its words name, and its values. */
record Step(Clause clause, Intent intent, Slots slots) {

  String text() {
    return clause.text();
  }

  /** The words that named the task type, as written. */
  String word() {
    return intent.surface();
  }
}
