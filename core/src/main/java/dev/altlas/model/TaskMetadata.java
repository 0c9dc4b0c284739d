package dev.altlas.model;

/**
 * Why the planner chose a task.
 *
 * @param confidence 0..1, how sure the planner is that this task is what the command asked for
 * @param rationale a short explanation in the plan's language
 * @param sourceText the words of the command this task came from
 * @param variant for {@code explore} and {@code dream} plans, the branch or variant this task
 *     belongs to; null on the main line
 */
public record TaskMetadata(
    Double confidence, String rationale, String sourceText, String variant) {}
