package dev.altlas.format;

import dev.altlas.model.GraphEdge;
import dev.altlas.model.GraphNode;
import dev.altlas.model.RunResult;
import dev.altlas.model.TaskResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules of a {@code .last} record that a schema cannot say. */
public final class RunResultValidator {

  public List<Problem> validate(RunResult run) {
    var problems = new ArrayList<Problem>();
    checkOrder(run.startedAt(), run.finishedAt(), "finished_at", problems);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < run.tasks().size(); i++) {
      TaskResult t = run.tasks().get(i);
      String path = "tasks[" + i + "]";
      if (!ids.add(t.id())) {
        problems.add(Problem.at(path + ".id", "duplicate task id '" + t.id() + "'"));
      }
      checkOrder(t.startedAt(), t.finishedAt(), path + ".finished_at", problems);
    }
    if (run.graph() != null) {
      Set<String> nodes = new HashSet<>();
      run.graph().nodes().stream().map(GraphNode::id).forEach(nodes::add);
      List<GraphEdge> edges = run.graph().edges();
      for (int i = 0; i < edges.size(); i++) {
        checkNode(edges.get(i).from(), nodes, "graph.edges[" + i + "].from", problems);
        checkNode(edges.get(i).to(), nodes, "graph.edges[" + i + "].to", problems);
      }
    }
    return problems;
  }

  private static void checkNode(String id, Set<String> nodes, String path, List<Problem> problems) {
    if (!nodes.contains(id)) {
      problems.add(
          Problem.at(path, "edge refers to '" + id + "', which is not a node of the graph"));
    }
  }

  private static void checkOrder(Instant start, Instant end, String path, List<Problem> problems) {
    if (start != null && end != null && end.isBefore(start)) {
      problems.add(Problem.at(path, "finishes (" + end + ") before it starts (" + start + ")"));
    }
  }
}
