package dev.altlas.segmentation;

/** A meaning found in a clause, and where. */
record Found<T>(T value, Match match) {}
