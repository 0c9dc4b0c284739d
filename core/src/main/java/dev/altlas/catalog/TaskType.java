package dev.altlas.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A kind of task a plan may use.
 *
 * @param type the identifier used in plans, e.g. {@code fs.list}
 * @param sideEffect whether running it changes something outside the run (so the runner guards it
 *     with an idempotency key)
 * @param output a short description of the output's shape
 */
public record TaskType(
    String type,
    String category,
    String description,
    boolean sideEffect,
    String output,
    List<ParamSpec> params) {

  public TaskType {
    params = List.copyOf(params);
  }

  public Optional<ParamSpec> param(String name) {
    return params.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  public List<ParamSpec> requiredParams() {
    return params.stream().filter(ParamSpec::required).toList();
  }

  /** Parameter names to specs, in catalog order. */
  public Map<String, ParamSpec> paramsByName() {
    var map = new LinkedHashMap<String, ParamSpec>();
    params.forEach(p -> map.put(p.name(), p));
    return map;
  }
}
