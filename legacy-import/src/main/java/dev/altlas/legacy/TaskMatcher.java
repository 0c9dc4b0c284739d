package dev.altlas.legacy;

import dev.altlas.catalog.ParamSpec;
import dev.altlas.catalog.TaskCatalog;
import dev.altlas.catalog.TaskType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decides which catalog type a legacy step is, only where its parameters, its task type or its
 * words make that clear, and fills the type's parameters from the legacy ones.
 *
 * <p>Evidence, strongest first: the task type's name (it restricts the choice), parameters that
 * point to one type ({@code url}, {@code to}, {@code webhook_url}, {@code command}, a path with
 * content), a path alone (a file or a directory by what it names), and keywords in the step's text
 * (they confirm or break a tie, and on their own choose only a type the step can fill). When the
 * evidence disagrees or leaves parameters that point elsewhere, the step is not mapped.
 */
final class TaskMatcher {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+");
  private static final Pattern URL = Pattern.compile("(?i)https?://\\S+|\\$\\{.*");
  private static final Pattern FILE_NAME = Pattern.compile(".*[^./\\\\]\\.[A-Za-z0-9]{1,10}");
  private static final List<String> OPERATION_KEYS = List.of("operation", "action");
  private static final Set<String> FS_TYPES = Set.of("fs.list", "fs.read", "fs.write");

  private final TaskCatalog catalog;
  private final Vocabulary vocabulary;
  private final List<String> pathKeys;
  private final Set<String> pointingKeys;

  TaskMatcher(TaskCatalog catalog, Vocabulary vocabulary) {
    this.catalog = catalog;
    this.vocabulary = vocabulary;
    var paths = new LinkedHashSet<String>();
    FS_TYPES.stream().sorted().forEach(t -> paths.addAll(vocabulary.namesFor(t, "path")));
    paths.remove("path");
    this.pathKeys = Stream.concat(Stream.of("path"), paths.stream()).distinct().toList();
    var pointing = new HashSet<>(pathKeys);
    vocabulary.triggers().values().forEach(pointing::addAll);
    this.pointingKeys = Set.copyOf(pointing);
  }

  /**
   * @param upstreamText a reference to the text output of the one task this step depends on that
   *     has one; empty when there is none or more than one
   */
  TaskMatch match(LegacyTask task, Optional<String> upstreamText) {
    return new Step(task, upstreamText).match();
  }

  /** A legacy parameter under its folded key. */
  private record Param(String name, Object value) {}

  private enum Shape {
    FILE,
    DIRECTORY,
    EITHER
  }

  /** The matching of one step; holds what every rule looks at. */
  private final class Step {
    private final LegacyTask task;
    private final Optional<String> upstreamText;
    private final Map<String, Param> params = new LinkedHashMap<>();
    private Set<String> strong;
    private String strongSource;

    Step(LegacyTask task, Optional<String> upstreamText) {
      this.task = task;
      this.upstreamText = upstreamText;
      // A null legacy value says nothing, so it neither points to a type nor gets dropped.
      task.params()
          .forEach(
              (name, value) -> {
                if (value != null) {
                  params.putIfAbsent(Folding.key(name), new Param(name, value));
                }
              });
    }

    TaskMatch match() {
      Optional<TaskMatch.Unmapped> byName = readTaskType();
      if (byName.isPresent()) {
        return byName.get();
      }
      Set<String> consumed = new HashSet<>();
      Optional<TaskMatch.Unmapped> byOperation = readOperation(consumed);
      if (byOperation.isPresent()) {
        return byOperation.get();
      }
      Set<String> weak = vocabulary.typesSuggestedBy(task.text());
      Set<String> decisive = decisiveTypes();
      Set<String> byShape = decisive.contains("fs.write") ? Set.of() : shapeTypes();
      var candidates = new LinkedHashSet<String>();
      if (strong != null) {
        candidates.addAll(decisive);
        candidates.addAll(byShape);
        candidates.addAll(fitting(strong));
        candidates.retainAll(strong);
        if (candidates.isEmpty()) {
          return conflict(decisive, byShape);
        }
      } else if (!decisive.isEmpty()) {
        candidates.addAll(decisive);
      } else {
        candidates.addAll(byShape);
        // With a path given, only a file type can use it; any other would leave it out.
        fitting(weak).stream()
            .filter(t -> byShape.isEmpty() || FS_TYPES.contains(t))
            .forEach(candidates::add);
      }
      if (candidates.size() > 1) {
        var narrowed = new LinkedHashSet<>(candidates);
        narrowed.retainAll(weak);
        if (narrowed.size() != 1) {
          return unmapped(
              " fits more than one task type ("
                  + String.join(", ", candidates)
                  + ") and nothing in it says which");
        }
        candidates = narrowed;
      }
      if (candidates.isEmpty()) {
        return noMatch();
      }
      String type = candidates.iterator().next();
      return build(type, consumed, new MatchEvidence(type, decisive, byShape, weak));
    }

    /** Sets the strong hint from {@code task_type}; a type the catalog cannot do ends here. */
    private Optional<TaskMatch.Unmapped> readTaskType() {
      String kind = task.kind();
      if (kind == null || kind.isBlank()) {
        return Optional.empty();
      }
      Optional<String> why = vocabulary.whyUnmappable(kind);
      if (why.isPresent()) {
        return Optional.of(unmapped(" has task_type '" + kind + "': " + why.get()));
      }
      List<String> types = vocabulary.typesOfTaskType(kind);
      if (!types.isEmpty()) {
        strong = new LinkedHashSet<>(types);
        strongSource = "task_type '" + kind + "'";
      }
      return Optional.empty();
    }

    /**
     * A file step's {@code operation} (or {@code action}) names the file type exactly. Only for
     * file steps: elsewhere the same words belong to the request or payload.
     */
    private Optional<TaskMatch.Unmapped> readOperation(Set<String> consumed) {
      boolean fileStep =
          pathParam().isPresent() || (strong != null && FS_TYPES.containsAll(strong));
      Optional<String> key = OPERATION_KEYS.stream().filter(params::containsKey).findFirst();
      if (!fileStep || key.isEmpty()) {
        return Optional.empty();
      }
      String operation = String.valueOf(params.get(key.get()).value());
      String folded = Folding.key(operation);
      String why = vocabulary.unmappableOperations().get(folded);
      if (why != null) {
        return Optional.of(unmapped(" asks for file operation '" + operation + "': " + why));
      }
      String type = vocabulary.operations().get(folded);
      if (type == null) {
        return Optional.of(
            unmapped(
                " asks for file operation '" + operation + "', which the importer does not know"));
      }
      if (strong != null && !strong.contains(type)) {
        return Optional.of(
            unmapped(
                " has "
                    + strongSource
                    + ", which does not fit its file operation '"
                    + operation
                    + "'"));
      }
      strong = new LinkedHashSet<>(List.of(type));
      strongSource =
          (strongSource == null ? "" : strongSource + " with ") + "operation '" + operation + "'";
      consumed.add(key.get());
      return Optional.empty();
    }

    /** Types the parameters point to on their own, whatever the step is called. */
    private Set<String> decisiveTypes() {
      var types = new LinkedHashSet<String>();
      vocabulary
          .triggers()
          .forEach(
              (type, keys) -> {
                for (String key : keys) {
                  Param p = params.get(key);
                  if (p != null && plausibleTrigger(type, p.value())) {
                    types.add(type);
                    break;
                  }
                }
              });
      if (pathParam().isPresent() && present("fs.write", "content").isPresent()) {
        types.add("fs.write");
      }
      return types;
    }

    private boolean plausibleTrigger(String type, Object value) {
      return switch (type) {
        case "notify.email" -> emailLike(value);
        case "http.request", "notify.webhook" -> urlLike(value);
        default -> value instanceof String s && !s.isBlank();
      };
    }

    /** A path alone: a directory to list or a file to read, by what it names. */
    private Set<String> shapeTypes() {
      return switch (shape().orElse(null)) {
        case null -> Set.of();
        case DIRECTORY -> Set.of("fs.list");
        case FILE -> Set.of("fs.read");
        case EITHER -> new LinkedHashSet<>(List.of("fs.list", "fs.read"));
      };
    }

    private Optional<Shape> shape() {
      return pathParam()
          .map(
              key -> {
                if (vocabulary.namesFor("fs.list", "path").contains(key) && !key.equals("path")) {
                  return Shape.DIRECTORY;
                }
                if (!key.equals("path")) {
                  return Shape.FILE;
                }
                String path = ((String) params.get(key).value()).strip();
                boolean listing =
                    Stream.concat(
                            vocabulary.namesFor("fs.list", "glob").stream(),
                            vocabulary.namesFor("fs.list", "recursive").stream())
                        .anyMatch(params::containsKey);
                if (listing
                    || CombinedValues.GLOB.matcher(path).find()
                    || path.endsWith("/")
                    || path.endsWith("\\")
                    || List.of(".", "..", "~").contains(path)) {
                  return Shape.DIRECTORY;
                }
                return FILE_NAME.matcher(path).matches() ? Shape.FILE : Shape.EITHER;
              });
    }

    private Optional<String> pathParam() {
      return pathKeys.stream()
          .filter(
              k ->
                  params.get(k) != null
                      && params.get(k).value() instanceof String s
                      && !s.isBlank())
          .findFirst();
    }

    private Set<String> fitting(Set<String> types) {
      return types.stream().filter(this::fits).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Whether the step can fill every required parameter of a type, in a form it accepts. */
    private boolean fits(String type) {
      Optional<Shape> shape = shape();
      boolean content = present("fs.write", "content").isPresent();
      boolean shapeFits =
          switch (type) {
            case "fs.list" -> shape.isPresent() && shape.get() != Shape.FILE;
            case "fs.read" -> shape.isPresent() && shape.get() != Shape.DIRECTORY && !content;
            case "fs.write" -> shape.isPresent() && shape.get() != Shape.DIRECTORY;
            default -> true;
          };
      return shapeFits && missing(type).isEmpty();
    }

    /** The required parameters of a type that the step cannot fill. */
    private List<String> missing(String type) {
      TaskType spec = spec(type);
      var missing = new ArrayList<String>();
      for (ParamSpec p : spec.requiredParams()) {
        boolean filled =
            present(type, p.name()).isPresent()
                || (p.name().equals(vocabulary.ownTextInputs().get(type)) && !task.text().isBlank())
                || (p.name().equals(vocabulary.upstreamInputs().get(type))
                    && upstreamText.isPresent());
        if (!filled) {
          missing.add(p.name());
        }
      }
      return missing;
    }

    /** The legacy key that gives a catalog parameter a plausible value, if any. */
    private Optional<String> present(String type, String param) {
      return vocabulary.namesFor(type, param).stream()
          .filter(params::containsKey)
          .filter(k -> plausible(type, param, params.get(k).value()))
          .findFirst();
    }

    private boolean plausible(String type, String param, Object value) {
      return switch (type + "." + param) {
        case "http.request.url", "notify.webhook.url" -> urlLike(value);
        case "notify.email.to" -> emailLike(value);
        case "fs.list.path", "fs.read.path", "fs.write.path", "shell.exec.command" ->
            value instanceof String s && !s.isBlank();
        default -> true;
      };
    }

    private TaskMatch build(String type, Set<String> consumed, MatchEvidence evidence) {
      TaskType spec = spec(type);
      var values = new LinkedHashMap<String, Object>();
      // Values the importer wrote itself are already in .alt form and must not be converted.
      var written = new HashSet<String>();
      for (ParamSpec p : spec.params()) {
        Optional<String> key =
            vocabulary.namesFor(type, p.name()).stream()
                .filter(k -> params.containsKey(k) && !consumed.contains(k))
                .filter(k -> plausible(type, p.name(), params.get(k).value()))
                .findFirst();
        if (key.isPresent()) {
          values.put(p.name(), params.get(key.get()).value());
          consumed.add(key.get());
        } else if (p.required()) {
          ownValue(type, p.name())
              .ifPresent(
                  v -> {
                    values.put(p.name(), v);
                    written.add(p.name());
                  });
        }
      }
      List<String> missing =
          spec.requiredParams().stream()
              .map(ParamSpec::name)
              .filter(n -> !values.containsKey(n))
              .toList();
      if (!missing.isEmpty()) {
        return unmapped(
            " would be "
                + type
                + ", but it gives no "
                + String.join(" or ", missing)
                + (params.isEmpty() ? "" : " (its parameters are " + names(params.keySet()) + ")"));
      }
      Optional<String> unsplittable = CombinedValues.split(type, values);
      if (unsplittable.isPresent()) {
        return unmapped(unsplittable.get());
      }
      var inputs = new LinkedHashMap<String, String>();
      for (ParamSpec p : spec.params()) {
        if (!values.containsKey(p.name()) || written.contains(p.name())) {
          continue;
        }
        Converted c = Placeholders.convert(values.get(p.name()), inputs);
        if (c.fits()) {
          c = ParamValues.convert(p, c.value());
        }
        if (!c.fits()) {
          return unmapped(" would be " + type + ", but " + c.problem());
        }
        values.put(p.name(), c.value());
      }
      var dropped = new LinkedHashSet<>(params.keySet());
      dropped.removeAll(consumed);
      var pointing = new LinkedHashSet<>(dropped);
      pointing.retainAll(pointingKeys);
      if (!pointing.isEmpty()) {
        return unmapped(
            " would be "
                + type
                + ", but its parameters "
                + names(pointing)
                + " point to something "
                + type
                + " does not do");
      }
      var notes = new ArrayList<String>();
      if (!dropped.isEmpty()) {
        notes.add(
            task.label()
                + ": parameters "
                + names(dropped)
                + " have no counterpart in "
                + type
                + " and were left out");
      }
      if (strong == null && !evidence.weak().isEmpty() && !evidence.weak().contains(type)) {
        notes.add(
            task.label()
                + " became "
                + type
                + ", though its text suggests "
                + String.join(", ", evidence.weak()));
      }
      return new TaskMatch.Mapped(
          type,
          values,
          inputs,
          evidence.confidence(strong != null),
          evidence.rationale(
              strongSource,
              upstreamText.isPresent()
                  && written.stream()
                      .anyMatch(n -> String.valueOf(values.get(n)).contains(upstreamText.get()))),
          notes);
    }

    /** A required value the step gives by its words or by the task it depends on. */
    private Optional<Object> ownValue(String type, String param) {
      String text = Placeholders.defuse(task.text().strip());
      if (param.equals(vocabulary.ownTextInputs().get(type)) && !text.isEmpty()) {
        // A generative step that depends on a text works on that text, as the prototype did.
        return Optional.of(
            type.equals("ai.generate") && upstreamText.isPresent()
                ? text + "\n\n" + upstreamText.get()
                : text);
      }
      if (param.equals(vocabulary.upstreamInputs().get(type))) {
        return upstreamText.map(Object.class::cast);
      }
      return Optional.empty();
    }

    private TaskMatch.Unmapped conflict(Set<String> decisive, Set<String> byShape) {
      var pointed = new LinkedHashSet<>(decisive);
      pointed.addAll(byShape);
      String stands =
          " has " + strongSource + ", which stands for " + String.join(" or ", strong) + ", but ";
      if (!pointed.isEmpty()) {
        return unmapped(
            stands
                + "its parameters "
                + names(params.keySet())
                + " point to "
                + String.join(" or ", pointed));
      }
      String first = strong.iterator().next();
      List<String> missing = missing(first);
      return unmapped(
          stands
              + (missing.isEmpty()
                  ? "its parameters " + names(params.keySet()) + " do not fit it"
                  : "it gives no " + String.join(" or ", missing) + " for " + first));
    }

    private TaskMatch.Unmapped noMatch() {
      String unknownKind =
          task.kind() == null || task.kind().isBlank()
              ? ""
              : " (task_type '" + task.kind() + "' is not one the importer knows)";
      if (params.isEmpty()) {
        return unmapped(
            " has no parameters, and its text names no catalog task type it could fill"
                + unknownKind);
      }
      return unmapped(
          " has parameters "
              + names(params.keySet())
              + " that match no catalog task type"
              + unknownKind);
    }

    private TaskMatch.Unmapped unmapped(String rest) {
      return new TaskMatch.Unmapped(task.label() + rest);
    }

    /** Legacy parameter names as written, e.g. {@code {url, method}}. */
    private String names(Set<String> keys) {
      return keys.stream()
          .map(k -> params.get(k).name())
          .collect(Collectors.joining(", ", "{", "}"));
    }
  }

  private TaskType spec(String type) {
    return catalog
        .find(type)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the legacy vocabulary names task type "
                        + type
                        + ", which is not in the catalog"));
  }

  private static boolean emailLike(Object value) {
    if (value instanceof List<?> list) {
      return !list.isEmpty() && list.stream().allMatch(TaskMatcher::emailLike);
    }
    if (value instanceof String s) {
      var parts = List.of(s.split("[,;]"));
      return parts.stream().allMatch(p -> EMAIL.matcher(p.strip()).matches());
    }
    return false;
  }

  private static boolean urlLike(Object value) {
    return value instanceof String s && URL.matcher(s.strip()).matches();
  }
}
