package dev.altlas.model;

import java.util.List;

/** The graph a run executed, with per-node timings. */
public record ExecutionGraph(List<GraphNode> nodes, List<GraphEdge> edges) {

  public ExecutionGraph {
    nodes = nodes == null ? List.of() : List.copyOf(nodes);
    edges = edges == null ? List.of() : List.copyOf(edges);
  }
}
