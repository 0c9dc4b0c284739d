package dev.altlas.segmentation;

/**
 * How a clause narrows or orders a list: "the three most important", "en büyük 10", "larger than 1
 * MB". Each part is null when the clause does not say it.
 *
 * @param rankCriterion what to rank by when there is no field to sort on, e.g. importance
 */
record Shaping(FilterCondition filter, SortKey sort, String rankCriterion, Integer count) {

  static final Shaping NONE = new Shaping(null, null, null, null);

  boolean isEmpty() {
    return filter == null && sort == null && rankCriterion == null && count == null;
  }
}
