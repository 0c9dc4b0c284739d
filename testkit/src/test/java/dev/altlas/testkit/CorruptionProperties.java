package dev.altlas.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.format.DocumentReader;
import dev.altlas.format.DocumentWriter;
import dev.altlas.format.InvalidDocumentException;
import dev.altlas.format.Syntax;
import dev.altlas.model.Plan;
import java.util.Random;
import java.util.function.BiConsumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Random corruptions of valid plans are always rejected with problems that name a field. */
class CorruptionProperties {
  // Plain mappers: the tree is edited and written as is (YAML quotes every string).
  private static final ObjectMapper JSON = new JsonMapper();
  private static final ObjectMapper YAML = new YAMLMapper();

  private final DocumentWriter writer = new DocumentWriter();
  private final DocumentReader reader = new DocumentReader(TaskCatalog.builtin());

  /** A corruption that makes any valid plan invalid, applied to its tree. */
  enum Corruption {
    UNKNOWN_FIELD((root, r) -> randomObject(root, r).put("bogus_field", 1)),
    WRONG_TYPE_TASKS((root, r) -> root.put("tasks", "not a list")),
    WRONG_TYPE_DEPENDS_ON((root, r) -> task(root, r).put("depends_on", 7)),
    WRONG_TYPE_MODE((root, r) -> root.put("mode", 42)),
    BAD_ENUM((root, r) -> root.put("persona", "wizard")),
    MISSING_COMMAND((root, r) -> root.remove("command")),
    MISSING_TASK_TYPE((root, r) -> task(root, r).remove("type")),
    MISSING_FORMAT_VERSION((root, r) -> root.remove("format_version")),
    UNKNOWN_DEPENDENCY((root, r) -> dependsOn(task(root, r)).add("no_such_task")),
    SELF_DEPENDENCY(
        (root, r) -> {
          ObjectNode t = task(root, r);
          dependsOn(t).add(t.get("id").asString());
        }),
    DUPLICATE_ID(
        (root, r) -> {
          ArrayNode tasks = (ArrayNode) root.get("tasks");
          tasks.add(tasks.get(r.nextInt(tasks.size())).deepCopy());
        }),
    CYCLE(
        (root, r) -> {
          ArrayNode tasks = (ArrayNode) root.get("tasks");
          ObjectNode first = (ObjectNode) tasks.get(0);
          ObjectNode last = (ObjectNode) tasks.get(tasks.size() - 1);
          for (int i = 1; i < tasks.size(); i++) {
            ObjectNode t = (ObjectNode) tasks.get(i);
            if (!dependsOn(t).toString().contains("\"" + first.get("id").asString() + "\"")) {
              dependsOn(t).add(first.get("id").asString());
            }
          }
          dependsOn(first).add(last.get("id").asString());
        }),
    UNKNOWN_TYPE((root, r) -> task(root, r).put("type", "fs.lst")),
    NOT_UPSTREAM_REFERENCE(
        (root, r) -> {
          ArrayNode tasks = (ArrayNode) root.get("tasks");
          ObjectNode first = (ObjectNode) tasks.get(0);
          String later = tasks.get(tasks.size() - 1).get("id").asString();
          ObjectNode params = (ObjectNode) first.get("params");
          String name = params.propertyNames().iterator().next();
          params.put(name, "${tasks." + later + ".output.items}");
        }),
    CHAOS_LEVEL_WITHOUT_CHAOS(
        (root, r) -> {
          root.put("mode", "normal");
          root.put("chaos_level", 3);
        }),
    CHAOS_LEVEL_OUT_OF_RANGE(
        (root, r) -> {
          root.put("mode", "chaos");
          root.put("chaos_level", 11);
        }),
    NEWER_VERSION((root, r) -> root.put("format_version", 99)),
    BAD_DURATION((root, r) -> task(root, r).put("timeout", "5 minutes")),
    BAD_ID((root, r) -> task(root, r).put("id", "Has Spaces"));

    private final BiConsumer<ObjectNode, Random> apply;

    Corruption(BiConsumer<ObjectNode, Random> apply) {
      this.apply = apply;
    }

    private static ObjectNode task(ObjectNode root, Random r) {
      ArrayNode tasks = (ArrayNode) root.get("tasks");
      return (ObjectNode) tasks.get(r.nextInt(tasks.size()));
    }

    private static ObjectNode randomObject(ObjectNode root, Random r) {
      return r.nextBoolean() ? root : task(root, r);
    }

    private static ArrayNode dependsOn(ObjectNode task) {
      if (!task.has("depends_on")) {
        task.putArray("depends_on");
      }
      return (ArrayNode) task.get("depends_on");
    }
  }

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plans();
  }

  @Provide
  Arbitrary<Syntax> syntaxes() {
    return Arbitraries.of(Syntax.class);
  }

  @Property(tries = 600)
  void corruptedPlansAreRejectedNamingAField(
      @ForAll("plans") Plan plan,
      @ForAll Corruption corruption,
      @ForAll("syntaxes") Syntax syntax,
      @ForAll long seed) {
    ObjectNode root = (ObjectNode) JSON.readTree(writer.write(plan, Syntax.JSON));
    corruption.apply.accept(root, new Random(seed));
    String text = (syntax == Syntax.JSON ? JSON : YAML).writeValueAsString(root);

    var error = catchThrowableOfType(InvalidDocumentException.class, () -> reader.readPlan(text));

    assertThat(error).as("%s of\n%s", corruption, text).isNotNull();
    assertThat(error.problems())
        .isNotEmpty()
        .allSatisfy(
            p -> {
              assertThat(p.path()).as("path of %s", p).isNotBlank();
              assertThat(p.line()).as("line of %s", p).isNotNull();
            });
  }

  @Property(tries = 400)
  void randomEditsOfTheTextNeverEscapeAsAnotherException(
      @ForAll("plans") Plan plan,
      @ForAll("syntaxes") Syntax syntax,
      @ForAll @IntRange(min = 1, max = 5) int edits,
      @ForAll long seed) {
    var r = new Random(seed);
    var text = new StringBuilder(writer.write(plan, syntax));
    String noise = ":-[]{}\"'#,&*!|>\n  xyz0.${}";
    for (int i = 0; i < edits && !text.isEmpty(); i++) {
      int at = r.nextInt(text.length());
      if (r.nextBoolean()) {
        text.deleteCharAt(at);
      } else {
        text.insert(at, noise.charAt(r.nextInt(noise.length())));
      }
    }
    try {
      reader.readPlan(text.toString());
    } catch (InvalidDocumentException e) {
      assertThat(e.problems()).isNotEmpty();
    }
  }
}
