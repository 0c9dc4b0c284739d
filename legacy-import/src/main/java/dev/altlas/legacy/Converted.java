package dev.altlas.legacy;

/**
 * A legacy value made fit for a catalog parameter, or the reason it cannot be.
 *
 * @param value the converted value; null when {@code problem} is set
 * @param problem why the value does not fit, phrased to follow the task's name; null when it fits
 */
record Converted(Object value, String problem) {

  static Converted of(Object value) {
    return new Converted(value, null);
  }

  static Converted unfit(String problem) {
    return new Converted(null, problem);
  }

  boolean fits() {
    return problem == null;
  }
}
