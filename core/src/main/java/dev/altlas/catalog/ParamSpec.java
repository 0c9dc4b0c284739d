package dev.altlas.catalog;

import java.util.List;

/**
 * One parameter of a task type.
 *
 * @param allowed the only values a literal may take; empty for any
 * @param min lower bound for integers and numbers; null for none
 */
public record ParamSpec(
    String name,
    ParamType type,
    boolean required,
    String description,
    Object defaultValue,
    List<String> allowed,
    Long min) {

  public ParamSpec {
    allowed = allowed == null ? List.of() : List.copyOf(allowed);
  }
}
