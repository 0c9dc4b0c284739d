package dev.altlas.bench;

import java.util.List;

/**
 * The measured rounds of one subject (warm-up excluded), and why it stopped early if it did.
 *
 * @param problem null when every round finished
 */
record SubjectResult(SubjectSpec spec, List<RoundResult> rounds, String problem) {

  SubjectResult {
    rounds = List.copyOf(rounds);
  }

  boolean measured() {
    return !rounds.isEmpty();
  }

  double perSecond() {
    return Stats.median(rounds.stream().map(RoundResult::perSecond).toList());
  }

  double p50Ms() {
    return Stats.median(rounds.stream().map(RoundResult::p50Ms).toList());
  }

  double p99Ms() {
    return Stats.median(rounds.stream().map(RoundResult::p99Ms).toList());
  }

  int failed() {
    return rounds.stream().mapToInt(RoundResult::failed).sum();
  }

  /** How far the rounds' throughputs lie apart, as a fraction of their median. */
  double spread() {
    var perSecond = rounds.stream().mapToDouble(RoundResult::perSecond).summaryStatistics();
    return (perSecond.getMax() - perSecond.getMin()) / perSecond();
  }
}
