package dev.altlas.segmentation;

/**
 * A task type a clause asks for, and the words that say so.
 *
 * @param surface the words as the person wrote them, e.g. "özetleyip"
 */
record Intent(String type, double confidence, Match match, String surface) {}
