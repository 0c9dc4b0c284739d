package dev.altlas.format;

import com.networknt.schema.InputFormat;
import com.networknt.schema.serialization.NodeReader;
import dev.altlas.catalog.TaskCatalog;
import dev.altlas.model.Atlas;
import dev.altlas.model.Plan;
import dev.altlas.model.RunResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;

/**
 * Reads plans, run results and atlases from YAML or JSON, strictly: every problem is reported with
 * the field path and, where the text says it, the line and column.
 *
 * <p>Order of checks: syntax, format version (a newer file is refused with one clear message, since
 * its other fields may mean something this code does not know), schema, then the rules a schema
 * cannot say (graph, catalog, references).
 */
public final class DocumentReader {
  private static final NodeReader TREES =
      NodeReader.builder()
          .locationAware()
          .jsonMapper(FormatMappers.JSON)
          .yamlMapper(FormatMappers.YAML)
          .build();

  private final PlanValidator planValidator;
  private final RunResultValidator runValidator = new RunResultValidator();
  private final AtlasValidator atlasValidator;

  public DocumentReader(TaskCatalog catalog) {
    this.planValidator = new PlanValidator(catalog);
    this.atlasValidator = new AtlasValidator(catalog);
  }

  public Plan readPlan(String text) {
    return (Plan) read(text, DocumentKind.ALT);
  }

  public RunResult readRun(String text) {
    return (RunResult) read(text, DocumentKind.LAST);
  }

  public Atlas readAtlas(String text) {
    return (Atlas) read(text, DocumentKind.ATLAS);
  }

  /**
   * @throws InvalidDocumentException listing every problem found
   */
  public Object read(String text, DocumentKind kind) {
    JsonNode tree = parse(text, kind);
    fail(kind, tree, newerVersion(tree, kind).map(List::of).orElse(List.of()));
    fail(kind, tree, SchemaCheck.check(kind, tree));
    Object document = bind(tree, kind);
    fail(kind, tree, rules(document));
    return document;
  }

  /** The kind a document's content suggests, for files whose name does not say. */
  public static Optional<DocumentKind> sniff(String text) {
    try {
      JsonNode tree = TREES.readTree(text, inputFormat(text));
      if (tree.has("run_id")) {
        return Optional.of(DocumentKind.LAST);
      }
      if (tree.has("generated_at") || tree.has("patterns")) {
        return Optional.of(DocumentKind.ATLAS);
      }
      if (tree.has("tasks") && tree.has("command")) {
        return Optional.of(DocumentKind.ALT);
      }
    } catch (JacksonException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static JsonNode parse(String text, DocumentKind kind) {
    JsonNode tree;
    try {
      tree = TREES.readTree(text, inputFormat(text));
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      var problem = Problem.at("", "not valid " + Syntax.detect(text) + ": " + firstLine(e));
      if (at != null && at.getLineNr() > 0) {
        problem = problem.withLocation(at.getLineNr(), at.getColumnNr());
      }
      throw new InvalidDocumentException(kind.label(), List.of(problem));
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      throw new InvalidDocumentException(
          kind.label(), List.of(Problem.at("", "the document is empty")));
    }
    if (!tree.isObject()) {
      throw new InvalidDocumentException(
          kind.label(),
          List.of(
              NodeLocations.locate(
                  tree, Problem.at("", "expected a mapping of fields at the top level"))));
    }
    return tree;
  }

  private static InputFormat inputFormat(String text) {
    return Syntax.detect(text) == Syntax.JSON ? InputFormat.JSON : InputFormat.YAML;
  }

  private static String firstLine(JacksonException e) {
    String message = e.getOriginalMessage();
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static Optional<Problem> newerVersion(JsonNode tree, DocumentKind kind) {
    JsonNode version = tree.get("format_version");
    if (version != null && version.isIntegralNumber() && version.asLong() > kind.newestVersion()) {
      return Optional.of(
          Problem.at(
              "format_version",
              "this "
                  + kind.label()
                  + " is format version "
                  + version.asLong()
                  + ", but this ALT_LAS reads versions up to "
                  + kind.newestVersion()
                  + "; upgrade ALT_LAS to read it"));
    }
    return Optional.empty();
  }

  private static Object bind(JsonNode tree, DocumentKind kind) {
    try {
      return FormatMappers.JSON.treeToValue(tree, kind.type());
    } catch (DatabindException e) {
      var path = new StringBuilder();
      for (var ref : e.getPath()) {
        if (ref.getIndex() >= 0) {
          path.append('[').append(ref.getIndex()).append(']');
        } else if (ref.getPropertyName() != null) {
          path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
        }
      }
      throw new InvalidDocumentException(
          kind.label(), List.of(NodeLocations.locate(tree, Problem.at(path.toString(), cause(e)))));
    }
  }

  private static String cause(DatabindException e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root instanceof IllegalArgumentException ? root.getMessage() : firstLine(e);
  }

  private List<Problem> rules(Object document) {
    return switch (document) {
      case Plan plan -> planValidator.validate(plan);
      case RunResult run -> runValidator.validate(run);
      case Atlas atlas -> atlasValidator.validate(atlas);
      default -> throw new IllegalStateException("not a document: " + document.getClass());
    };
  }

  private static void fail(DocumentKind kind, JsonNode tree, List<Problem> problems) {
    if (problems.isEmpty()) {
      return;
    }
    var located = new ArrayList<Problem>();
    for (Problem p : problems) {
      located.add(NodeLocations.locate(tree, p));
    }
    located.sort(
        Comparator.comparing((Problem p) -> p.line() == null ? Integer.MAX_VALUE : p.line())
            .thenComparing(p -> p.column() == null ? 0 : p.column())
            .thenComparing(Problem::path));
    throw new InvalidDocumentException(kind.label(), located);
  }
}
