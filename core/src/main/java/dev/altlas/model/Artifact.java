package dev.altlas.model;

/**
 * A file a task produced.
 *
 * @param type what the file is to a person, e.g. {@code report}, {@code data}, {@code download}
 * @param sha256 hex checksum of the content
 * @param uri where the content is stored, e.g. {@code file:///…} or {@code s3://bucket/key}
 */
public record Artifact(
    String name,
    String taskId,
    String type,
    String mediaType,
    long size,
    String sha256,
    String uri) {}
