package dev.altlas.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import dev.altlas.model.RunResult;
import dev.altlas.model.RunStatus;
import dev.altlas.model.TaskResult;
import dev.altlas.model.TaskStatus;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * For random task graphs where each task succeeds, fails a few times first, or fails for good,
 * every run finishes and each task ends exactly as the propagation rules say.
 */
class RunEngineProperties {
  private static EngineFixture fixture;

  @BeforeContainer
  static void open() throws Exception {
    fixture = new EngineFixture(Files.createTempDirectory("altlas-engine-props"));
  }

  @AfterContainer
  static void close() {
    fixture.close();
  }

  /** What a generated task does. */
  enum Behaviour {
    OK,
    FLAKY,
    BROKEN
  }

  @Property(tries = 40)
  void everyRunFinishesAndEachTaskEndsAsThePropagationRulesSay(
      @ForAll @IntRange(min = 1, max = 12) int size, @ForAll long seed) throws Exception {
    var r = new Random(seed);
    var behaviours = new LinkedHashMap<String, Behaviour>();
    var deps = new HashMap<String, List<String>>();
    var tasks = new ArrayList<PlanTask>();
    for (int i = 0; i < size; i++) {
      String id = "t" + i;
      Behaviour b = Behaviour.values()[r.nextInt(Behaviour.values().length)];
      behaviours.put(id, b);
      var d = new ArrayList<String>();
      for (int j = 0; j < i; j++) {
        if (r.nextInt(3) == 0) {
          d.add("t" + j);
        }
      }
      deps.put(id, d);
      Map<String, Object> params = new LinkedHashMap<>();
      params.put("value", i);
      switch (b) {
        case FLAKY -> params.put("fail_first", 1 + r.nextInt(2));
        case BROKEN -> params.put("fail", "broken on purpose");
        case OK -> {}
      }
      tasks.add(PlanTask.of(id, "test.echo", null, params, d));
    }
    Plan plan = EngineFixture.plan(tasks.toArray(PlanTask[]::new));

    RunResult result = fixture.run(plan);

    var expected = new HashMap<String, TaskStatus>();
    for (String id : behaviours.keySet()) {
      boolean depsOk = deps.get(id).stream().allMatch(d -> expected.get(d) == TaskStatus.SUCCEEDED);
      expected.put(
          id,
          !depsOk
              ? TaskStatus.SKIPPED
              : behaviours.get(id) == Behaviour.BROKEN ? TaskStatus.FAILED : TaskStatus.SUCCEEDED);
    }
    for (TaskResult t : result.tasks()) {
      assertThat(t.status())
          .as("status of %s (%s)", t.id(), behaviours.get(t.id()))
          .isEqualTo(expected.get(t.id()));
      if (t.status() == TaskStatus.SUCCEEDED) {
        assertThat(t.output()).isEqualTo(Map.of("value", Integer.parseInt(t.id().substring(1))));
      }
    }
    long ok = expected.values().stream().filter(s -> s == TaskStatus.SUCCEEDED).count();
    assertThat(result.status())
        .isEqualTo(
            ok == size
                ? RunStatus.SUCCEEDED
                : ok == 0 ? RunStatus.FAILED : RunStatus.PARTIALLY_SUCCEEDED);
  }
}
