package dev.altlas.model;

/**
 * A parameter of a template task that takes a new value from each command.
 *
 * @param kind what the value is, e.g. {@code path}, {@code glob}, {@code count}, {@code email}
 * @param example the value it had in the run the template was learned from
 */
public record TemplateSlot(String taskId, String param, String kind, Object example) {

  public TemplateSlot {
    example = Values.immutable(example);
  }
}
