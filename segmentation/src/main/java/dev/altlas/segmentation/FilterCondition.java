package dev.altlas.segmentation;

/**
 * Keep the items whose field compares to a value.
 *
 * @param field a field of the items, or null for their text (file content, summary, …)
 * @param op one of the data.filter operators: eq, gt, contains, starts_with, …
 * @param value a number, or text
 */
record FilterCondition(String field, String op, Object value) {

  boolean onText() {
    return field == null;
  }
}
