package dev.altlas.model;

/**
 * Why a task did not succeed.
 *
 * @param code stable, machine-readable, e.g. {@code fs.not_found} or {@code task.timeout}
 * @param message for a person
 */
public record TaskError(String code, String message) {}
