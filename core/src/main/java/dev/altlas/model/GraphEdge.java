package dev.altlas.model;

/** {@code to} depended on {@code from}. */
public record GraphEdge(String from, String to) {}
