package dev.altlas.testkit;

import dev.altlas.catalog.ParamSpec;
import dev.altlas.catalog.TaskCatalog;
import dev.altlas.catalog.TaskType;
import dev.altlas.model.Backoff;
import dev.altlas.model.ChaosFault;
import dev.altlas.model.Mode;
import dev.altlas.model.Persona;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanInput;
import dev.altlas.model.PlanTask;
import dev.altlas.model.PlannerInfo;
import dev.altlas.model.Priority;
import dev.altlas.model.RetryPolicy;
import dev.altlas.model.TaskDefaults;
import dev.altlas.model.TaskMetadata;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random valid plans for property tests: every catalog type, references to upstream outputs,
 * for_each, conditions, chaos, inputs, and strings that are awkward for YAML.
 */
public final class PlanArbitraries {
  private static final List<TaskType> TYPES = TaskCatalog.builtin().types();
  private static final String[] AWKWARD = {
    "yes",
    "no",
    "null",
    "true",
    "~",
    "123",
    "1.5",
    "- x",
    "a: b",
    "#hash",
    "İstanbul ığüşöç",
    "quote ' and \"",
    "multi\nline",
    "  padded  ",
    "*star",
    "&anchor",
    "%",
    "@at",
    "`tick`",
    "{brace}",
    "[bracket]",
    "ünïcödé ✓",
    "0x1F",
    "1e3",
    ".inf",
    "2026-11-22"
  };

  private PlanArbitraries() {}

  /** Valid plans, built from a seeded {@link Random} so that a failing case shrinks by seed. */
  public static Arbitrary<Plan> plans() {
    return Arbitraries.longs().map(seed -> plan(new Random(seed)));
  }

  public static Plan plan(Random r) {
    Mode mode = pick(r, Mode.values());
    int taskCount = 1 + r.nextInt(8);
    Map<String, PlanInput> inputs = new LinkedHashMap<>();
    if (r.nextBoolean()) {
      inputs.put("target", new PlanInput("string", text(r), r.nextBoolean(), null));
      inputs.put("limit", new PlanInput("integer", null, false, 1 + r.nextInt(50)));
    }
    var tasks = new ArrayList<PlanTask>();
    for (int i = 0; i < taskCount; i++) {
      tasks.add(task(r, i, tasks, mode, inputs));
    }
    return new Plan(
        Plan.FORMAT_VERSION,
        "plan-" + Long.toHexString(r.nextLong() & Long.MAX_VALUE),
        Instant.ofEpochSecond(
            1_700_000_000L + r.nextInt(100_000_000), r.nextInt(1000) * 1_000_000L),
        text(r),
        r.nextBoolean() ? "tr" : "en",
        mode,
        r.nextBoolean() ? pick(r, Persona.values()) : null,
        mode == Mode.CHAOS ? 1 + r.nextInt(10) : null,
        r.nextBoolean() ? r.nextLong() : null,
        r.nextBoolean() ? pick(r, Priority.values()) : null,
        r.nextBoolean() ? List.of("t" + r.nextInt(100), text(r)) : List.of(),
        inputs,
        r.nextBoolean() ? new TaskDefaults(Duration.ofSeconds(1 + r.nextInt(600)), retry(r)) : null,
        r.nextBoolean()
            ? new PlannerInfo(
                "rules", r.nextBoolean() ? List.of(text(r)) : List.of(), Map.of("k", text(r)))
            : null,
        tasks);
  }

  private static PlanTask task(
      Random r, int index, List<PlanTask> earlier, Mode mode, Map<String, PlanInput> inputs) {
    TaskType type = pick(r, TYPES.toArray(TaskType[]::new));
    var deps = new ArrayList<String>();
    for (PlanTask e : earlier) {
      if (r.nextInt(3) == 0) {
        deps.add(e.id());
      }
    }
    String forEach = null;
    if (!deps.isEmpty() && r.nextInt(3) == 0) {
      forEach = "${tasks." + deps.get(r.nextInt(deps.size())) + ".output.items}";
    }
    var params = new LinkedHashMap<String, Object>();
    for (ParamSpec p : type.params()) {
      if (p.required() || r.nextInt(3) == 0) {
        params.put(p.name(), value(r, p, deps, forEach != null, inputs));
      }
    }
    String condition = null;
    if (!deps.isEmpty() && r.nextInt(4) == 0) {
      condition = "${tasks." + deps.get(0) + ".output.count} > " + r.nextInt(10);
    }
    return new PlanTask(
        "t" + index + "_" + Integer.toString(r.nextInt(1000), 36),
        type.type(),
        r.nextBoolean() ? text(r) : null,
        params,
        deps,
        forEach,
        forEach != null && r.nextBoolean() ? 1 + r.nextInt(16) : null,
        r.nextBoolean() ? Duration.ofMillis(1 + r.nextInt(100_000)) : null,
        r.nextBoolean() ? retry(r) : null,
        condition,
        mode == Mode.CHAOS && r.nextBoolean()
            ? new ChaosFault(r.nextInt(3), Duration.ofMillis(r.nextInt(2000)))
            : null,
        r.nextBoolean()
            ? new TaskMetadata(
                r.nextInt(101) / 100.0, text(r), text(r), r.nextBoolean() ? "alternative-1" : null)
            : null);
  }

  private static Object value(
      Random r, ParamSpec p, List<String> deps, boolean inForEach, Map<String, PlanInput> inputs) {
    int choice = r.nextInt(6);
    if (choice == 0 && !deps.isEmpty()) {
      return "${tasks." + deps.get(r.nextInt(deps.size())) + ".output.value}";
    }
    if (choice == 1 && inForEach) {
      return "${item.path}";
    }
    if (choice == 2 && inputs.containsKey("target")) {
      return "${inputs.target}";
    }
    if (!p.allowed().isEmpty()) {
      return p.allowed().get(r.nextInt(p.allowed().size()));
    }
    long min = p.min() == null ? 0 : p.min();
    return switch (p.type()) {
      case STRING -> text(r);
      case INTEGER -> (int) (min + r.nextInt(1000));
      case NUMBER -> r.nextInt(100) / 4.0;
      case BOOLEAN -> r.nextBoolean();
      case LIST -> List.of(text(r), r.nextInt(100), Map.of("name", text(r)));
      case OBJECT -> Map.of("key", text(r), "n", r.nextInt(100), "flag", r.nextBoolean());
      case ANY -> r.nextBoolean() ? text(r) : List.of(text(r));
    };
  }

  private static RetryPolicy retry(Random r) {
    Duration initial = Duration.ofMillis(r.nextInt(5000));
    return new RetryPolicy(
        1 + r.nextInt(10),
        pick(r, Backoff.values()),
        initial,
        r.nextBoolean() ? initial.plusSeconds(r.nextInt(120)) : null);
  }

  /** A non-empty string, often one that YAML could misread. */
  public static String text(Random r) {
    if (r.nextInt(3) == 0) {
      return AWKWARD[r.nextInt(AWKWARD.length)];
    }
    var sb = new StringBuilder();
    int len = 1 + r.nextInt(30);
    String alphabet = "abcçdefgğhıijklmnoöprsştuüvyzABCÇDEFGĞHIİJ 0123456789.,:-_/";
    for (int i = 0; i < len; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    String s = sb.toString().strip();
    return s.isEmpty() ? "x" : s;
  }

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }
}
