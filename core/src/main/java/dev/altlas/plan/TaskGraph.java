package dev.altlas.plan;

import dev.altlas.model.PlanTask;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dependency graph of a plan's tasks. Dependencies on unknown ids and on the task itself are
 * ignored here; the validator reports them.
 */
public final class TaskGraph {
  private final Map<String, List<String>> dependsOn = new LinkedHashMap<>();

  public TaskGraph(List<PlanTask> tasks) {
    for (PlanTask t : tasks) {
      dependsOn.putIfAbsent(t.id(), t.dependsOn());
    }
  }

  /** A cycle as a path that starts and ends at the same task, if there is one. */
  public Optional<List<String>> findCycle() {
    Map<String, Integer> state = new HashMap<>(); // absent: new, 1: on the path, 2: done
    for (String start : dependsOn.keySet()) {
      if (state.containsKey(start)) {
        continue;
      }
      var path = new ArrayList<String>();
      var cycle = visit(start, state, path);
      if (cycle.isPresent()) {
        return cycle;
      }
    }
    return Optional.empty();
  }

  private Optional<List<String>> visit(String id, Map<String, Integer> state, List<String> path) {
    // Iterative depth-first search, so that a long chain cannot overflow the stack.
    var stack = new ArrayDeque<Map.Entry<String, Integer>>();
    stack.push(Map.entry(id, 0));
    state.put(id, 1);
    path.add(id);
    while (!stack.isEmpty()) {
      var top = stack.pop();
      List<String> deps = known(top.getKey());
      int next = top.getValue();
      if (next < deps.size()) {
        stack.push(Map.entry(top.getKey(), next + 1));
        String dep = deps.get(next);
        Integer s = state.get(dep);
        if (s == null) {
          state.put(dep, 1);
          path.add(dep);
          stack.push(Map.entry(dep, 0));
        } else if (s == 1) {
          var cycle = new ArrayList<>(path.subList(path.indexOf(dep), path.size()));
          cycle.add(dep);
          Collections.reverse(cycle);
          return Optional.of(cycle);
        }
      } else {
        state.put(top.getKey(), 2);
        path.remove(path.size() - 1);
      }
    }
    return Optional.empty();
  }

  private List<String> known(String id) {
    return dependsOn.getOrDefault(id, List.of()).stream()
        .filter(d -> !d.equals(id) && dependsOn.containsKey(d))
        .toList();
  }

  /** Every task that must finish before {@code id}, directly or through others. */
  public Set<String> upstreamOf(String id) {
    var seen = new LinkedHashSet<String>();
    var todo = new ArrayDeque<>(known(id));
    while (!todo.isEmpty()) {
      String d = todo.pop();
      if (seen.add(d)) {
        todo.addAll(known(d));
      }
    }
    return seen;
  }

  /**
   * Tasks in an order where each comes after all it depends on; ties keep plan order.
   *
   * @throws IllegalStateException if the graph has a cycle
   */
  public List<String> topologicalOrder() {
    var indegree = new LinkedHashMap<String, Integer>();
    var dependents = new HashMap<String, List<String>>();
    dependsOn.keySet().forEach(id -> indegree.put(id, 0));
    for (String id : dependsOn.keySet()) {
      for (String d : new HashSet<>(known(id))) {
        indegree.merge(id, 1, Integer::sum);
        dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(id);
      }
    }
    var order = new ArrayList<String>();
    var ready = new ArrayDeque<String>();
    indegree.forEach(
        (id, n) -> {
          if (n == 0) {
            ready.add(id);
          }
        });
    while (!ready.isEmpty()) {
      String id = ready.poll();
      order.add(id);
      for (String dep : dependents.getOrDefault(id, List.of())) {
        if (indegree.merge(dep, -1, Integer::sum) == 0) {
          ready.add(dep);
        }
      }
    }
    if (order.size() != indegree.size()) {
      throw new IllegalStateException("the task graph has a cycle");
    }
    return order;
  }
}
