package dev.altlas.segmentation;

import dev.altlas.plan.Reference;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * "Save them to ./out.json", "./rapor.md dosyasına kaydet": writes the latest data (or quoted text)
 * to the last path the clause names; a directory gets a file name from the format.
 */
final class WriteFileRecipe implements TaskRecipe {
  private static final Map<String, String> FORMAT_OF_EXTENSION =
      Map.of(
          "json",
          "json",
          "csv",
          "csv",
          "md",
          "markdown",
          "markdown",
          "markdown",
          "yaml",
          "yaml",
          "yml",
          "yaml",
          "txt",
          "text");
  private static final Map<String, String> EXTENSION_OF_FORMAT =
      Map.of("json", "json", "csv", "csv", "markdown", "md", "yaml", "yaml", "text", "txt");

  private final InputResolver inputs;
  private final ShapingSteps shaping;

  WriteFileRecipe(InputResolver inputs, ShapingSteps shaping) {
    this.inputs = inputs;
    this.shaping = shaping;
  }

  @Override
  public void add(Step step, PlanDraft draft) {
    Sources sources = step.slots().sources();
    List<PathMention> paths = sources.paths();
    PathMention destination = paths.get(paths.size() - 1);
    Optional<Output> in = inputs.find(step, sources.withoutLastPath(), draft);
    if (in.isPresent() && in.get().isBlocked()) {
      draft.blocked(step, in.get());
      return;
    }
    Object content =
        in.map(o -> (Object) shaping.apply(o, step, draft).ref()).orElse(literal(step));
    if (content == null) {
      draft.unsupported(step, draft.phrases.say("reasons.nothing_to_write"));
      return;
    }
    String format = format(step, destination, in);
    String path =
        destination.file() ? destination.path() : fileIn(destination.path(), format, in, draft);
    TaskDraft task =
        draft
            .add("fs.write", step)
            .param("path", path)
            .param("content", content)
            .param("format", format)
            .param("overwrite", step.slots().overwrite() ? Boolean.TRUE : null)
            .because(
                draft.phrases.say("rationale.write", "word", step.word(), "path", path),
                step.intent().confidence());
    draft.wrote(path, task.id());
    draft.produce(new Output(task.id(), Shape.DATA, Reference.toTask(task.id()), null));
  }

  private static Object literal(Step step) {
    if (step.slots().message() != null) {
      return step.slots().message();
    }
    return step.slots().quoted().isEmpty() ? null : step.slots().quoted().get(0);
  }

  /** Named ("as CSV"), else the file's extension, else JSON for a list; text otherwise. */
  private static String format(Step step, PathMention destination, Optional<Output> in) {
    if (step.slots().format() != null) {
      return step.slots().format();
    }
    if (destination.file()) {
      String p = destination.path();
      String ext = p.substring(p.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      return FORMAT_OF_EXTENSION.get(ext);
    }
    return in.filter(Output::isListLike).map(o -> "json").orElse(null);
  }

  /** A download keeps its name; other data is "result" with the format's extension. */
  private static String fileIn(
      String directory, String format, Optional<Output> in, PlanDraft draft) {
    String name =
        in.flatMap(o -> draft.task(o.taskId()))
            .filter(t -> t.type().equals("http.request") && t.forEach() == null)
            .map(t -> DownloadName.of(String.valueOf(t.param("url"))))
            .orElseGet(
                () -> "result." + (format == null ? "txt" : EXTENSION_OF_FORMAT.get(format)));
    return (directory.endsWith("/") ? directory : directory + "/") + name;
  }
}
