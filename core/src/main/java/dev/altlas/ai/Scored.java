package dev.altlas.ai;

/** An input (by index) with its score, for ranking and classification. */
public record Scored(int index, String label, double score) {}
