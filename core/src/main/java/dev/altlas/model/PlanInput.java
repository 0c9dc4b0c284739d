package dev.altlas.model;

/**
 * A value the plan expects from whoever runs it, referenced as {@code ${inputs.NAME}}.
 *
 * @param type one of {@code string, integer, number, boolean, list, object}
 * @param defaultValue used when the caller gives none; written as {@code default}
 */
public record PlanInput(String type, String description, boolean required, Object defaultValue) {}
