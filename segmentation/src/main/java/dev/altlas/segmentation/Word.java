package dev.altlas.segmentation;

/**
 * One word of a command, folded for matching.
 *
 * @param text lower case with Turkish letters folded to ASCII (ş to s, ı to i, …)
 * @param start index of the first character in the original text
 * @param end index after the last character in the original text
 */
record Word(String text, int start, int end) {

  boolean isNumber() {
    return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
  }
}
