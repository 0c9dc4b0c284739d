package dev.altlas.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.model.PlanTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class TaskGraphProperties {

  /** A random DAG: each task depends only on tasks before it. */
  private static List<PlanTask> dag(int size, long seed) {
    var r = new Random(seed);
    var tasks = new ArrayList<PlanTask>();
    for (int i = 0; i < size; i++) {
      var deps = new ArrayList<String>();
      for (int j = 0; j < i; j++) {
        if (r.nextInt(4) == 0) {
          deps.add("t" + j);
        }
      }
      tasks.add(PlanTask.of("t" + i, "ai.generate", null, Map.of(), deps));
    }
    java.util.Collections.shuffle(tasks, r);
    return tasks;
  }

  @Property
  void aDagHasNoCycleAndItsOrderPutsEveryTaskAfterItsDependencies(
      @ForAll @IntRange(min = 1, max = 60) int size, @ForAll long seed) {
    List<PlanTask> tasks = dag(size, seed);
    var graph = new TaskGraph(tasks);

    assertThat(graph.findCycle()).isEmpty();
    List<String> order = graph.topologicalOrder();
    assertThat(order).hasSize(size);
    for (PlanTask t : tasks) {
      for (String d : t.dependsOn()) {
        assertThat(order.indexOf(d)).isLessThan(order.indexOf(t.id()));
      }
    }
  }

  @Property
  void aBackEdgeMakesACycleThatIsReportedAsAClosedPath(
      @ForAll @IntRange(min = 2, max = 40) int size, @ForAll long seed) {
    var tasks = new ArrayList<>(dag(size, seed));
    // t0 -> t1 -> ... -> t(n-1) chain, then close it.
    for (int i = 0; i < tasks.size(); i++) {
      PlanTask t = tasks.get(i);
      int n = Integer.parseInt(t.id().substring(1));
      var deps = new ArrayList<>(t.dependsOn());
      if (n > 0 && !deps.contains("t" + (n - 1))) {
        deps.add("t" + (n - 1));
      }
      if (n == 0) {
        deps.add("t" + (size - 1));
      }
      tasks.set(i, t.withDependsOn(deps));
    }
    var graph = new TaskGraph(tasks);

    List<String> cycle = graph.findCycle().orElseThrow();
    assertThat(cycle.get(0)).isEqualTo(cycle.get(cycle.size() - 1));
    assertThat(cycle.size()).isGreaterThanOrEqualTo(3);
    for (int i = 1; i < cycle.size(); i++) {
      String waiting = cycle.get(i);
      String before = cycle.get(i - 1);
      PlanTask t = tasks.stream().filter(x -> x.id().equals(waiting)).findFirst().orElseThrow();
      assertThat(t.dependsOn()).contains(before);
    }
  }

  @Property
  void upstreamIsTheTransitiveClosureOfDependencies(
      @ForAll @IntRange(min = 1, max = 40) int size, @ForAll long seed) {
    List<PlanTask> tasks = dag(size, seed);
    var graph = new TaskGraph(tasks);
    for (PlanTask t : tasks) {
      var upstream = graph.upstreamOf(t.id());
      assertThat(upstream).containsAll(t.dependsOn()).doesNotContain(t.id());
      for (String u : upstream) {
        assertThat(graph.upstreamOf(u)).isSubsetOf(upstream);
      }
    }
  }
}
