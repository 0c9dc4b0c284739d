package dev.altlas.segmentation;

import dev.altlas.plan.Reference;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the data a step works on, and adds the tasks that fetch it: a path becomes fs.list or
 * fs.read, a URL http.request, "the PDFs" a listing of the workspace. A step that names no source
 * works on what the step before it produced. A source named twice is listed or fetched once.
 */
final class InputResolver {
  static final int READ_PARALLEL = 8;
  static final int FETCH_PARALLEL = 4;
  private static final double EXPLICIT = 0.95;
  private static final double ASSUMED = 0.7;

  /**
   * The step's input: its own sources if it names a path or URL; else the earlier data it points
   * at; else the files it speaks of; else the latest data. Empty when there is nothing.
   *
   * @param sources the step's sources that it reads from (a step that writes to a path passes its
   *     sources without that path)
   */
  Optional<Output> find(Step step, Sources sources, PlanDraft draft) {
    Optional<Output> current = draft.current();
    if (sources.isExplicit()) {
      return Optional.of(fromSources(step, sources, draft));
    }
    boolean onFiles = current.map(InputResolver::isFileList).orElse(false);
    if (current.isPresent() && (step.slots().refersBack() || onFiles || !sources.mentionsFiles())) {
      return Optional.of(
          onFiles ? ofKind(current.get(), sources.glob(), step, draft) : current.get());
    }
    if (sources.mentionsFiles()) {
      draft.warn("default_path", "text", step.text());
      return Optional.of(
          list(
              step,
              ".",
              sources,
              draft,
              draft.phrases.say("rationale.list_default", "word", step.word()),
              ASSUMED));
    }
    return Optional.empty();
  }

  /**
   * The step's input, or empty after recording why there is none: an {@code unsupported} task when
   * nothing names data for the step, a blocked one when its data comes from a step that could not
   * be mapped.
   */
  Optional<Output> require(Step step, Sources sources, PlanDraft draft) {
    return explained(step, find(step, sources, draft), draft);
  }

  /** Like {@link #require}, but text the clause quotes is an input too. */
  Optional<Output> requireText(Step step, Sources sources, PlanDraft draft) {
    Optional<Output> in = find(step, sources, draft);
    List<String> quoted = step.slots().quoted();
    if (in.isEmpty() && !quoted.isEmpty()) {
      return Optional.of(Output.quoted(quoted.get(0)));
    }
    return explained(step, in, draft);
  }

  private static Optional<Output> explained(Step step, Optional<Output> in, PlanDraft draft) {
    if (in.isEmpty()) {
      draft.unsupported(step, draft.phrases.say("reasons.no_input", "word", step.word()));
      return Optional.empty();
    }
    if (in.get().isBlocked()) {
      draft.blocked(step, in.get());
      return Optional.empty();
    }
    return in;
  }

  /** Text for an AI step: listed files are read first, each of them. */
  Output asText(Output in, Step step, PlanDraft draft) {
    if (in.shape() == Shape.FILES) {
      return readEach(in, step, draft);
    }
    draft
        .task(in.taskId())
        .filter(t -> t.type().equals("http.request") && t.param("response_format") == null)
        .filter(t -> !looksLikeData(String.valueOf(t.param("url"))))
        .ifPresent(t -> t.param("response_format", "html_text"));
    return in;
  }

  Output list(Step step, String path, Sources sources, PlanDraft draft, String why, double sure) {
    String key = "fs.list|" + path + "|" + sources.glob() + "|" + sources.recursive();
    Optional<Output> listed = draft.source(key);
    if (listed.isPresent()) {
      return listed.get();
    }
    TaskDraft task =
        draft
            .add("fs.list", step)
            .param("path", path)
            .param("glob", sources.glob())
            .param("recursive", sources.recursive() ? Boolean.TRUE : null)
            .because(why, sure);
    draft.writerOf(path).ifPresent(task::waitFor);
    var output = new Output(task.id(), Shape.FILES, Reference.toTask(task.id(), "files"), null);
    draft.rememberSource(key, output);
    return output;
  }

  private Output fromSources(Step step, Sources sources, PlanDraft draft) {
    if (!sources.urls().isEmpty()) {
      return sources.urls().size() == 1
          ? fetch(step, sources.urls().get(0), draft)
          : fetchEach(step, sources.urls(), draft);
    }
    List<PathMention> dirs = sources.paths().stream().filter(p -> !p.file()).toList();
    if (!dirs.isEmpty()) {
      if (dirs.size() > 1) {
        draft.warn("first_folder_only", "text", step.text(), "path", dirs.get(0).path());
      }
      String path = dirs.get(0).path();
      return list(
          step,
          path,
          sources,
          draft,
          draft.phrases.say("rationale.list_for", "path", path),
          EXPLICIT);
    }
    List<String> files = sources.paths().stream().map(PathMention::path).toList();
    return files.size() == 1 ? read(step, files.get(0), draft) : readEachPath(step, files, draft);
  }

  private Output read(Step step, String path, PlanDraft draft) {
    String key = "fs.read|" + path;
    Optional<Output> read = draft.source(key);
    if (read.isPresent()) {
      return read.get();
    }
    TaskDraft task =
        draft
            .add("fs.read", step)
            .param("path", path)
            .because(draft.phrases.say("rationale.read_one", "path", path), EXPLICIT);
    draft.writerOf(path).ifPresent(task::waitFor);
    var output = new Output(task.id(), Shape.TEXT, Reference.toTask(task.id(), "content"), null);
    draft.rememberSource(key, output);
    return output;
  }

  private Output readEachPath(Step step, List<String> paths, PlanDraft draft) {
    String list = draft.input("paths", "list", paths);
    TaskDraft task =
        draft
            .add("fs.read", step)
            .forEach(list, READ_PARALLEL)
            .param("path", "${item}")
            .because(draft.phrases.say("rationale.read_paths", "count", paths.size()), EXPLICIT);
    paths.forEach(p -> draft.writerOf(p).ifPresent(task::waitFor));
    return new Output(task.id(), Shape.DOCUMENTS, Reference.toTask(task.id()), "content");
  }

  private Output readEach(Output files, Step step, PlanDraft draft) {
    TaskDraft task =
        draft
            .add("fs.read", step)
            .forEach(files.ref(), READ_PARALLEL)
            .param("path", "${item.path}")
            .because(draft.phrases.say("rationale.read_each", "word", step.word()), EXPLICIT);
    return new Output(task.id(), Shape.DOCUMENTS, Reference.toTask(task.id()), "content");
  }

  private Output fetch(Step step, String url, PlanDraft draft) {
    String key = "http|" + url;
    Optional<Output> fetched = draft.source(key);
    if (fetched.isPresent()) {
      return fetched.get();
    }
    TaskDraft task =
        draft
            .add("http.request", step)
            .param("url", url)
            .because(draft.phrases.say("rationale.fetch", "url", url), EXPLICIT);
    Shape shape = looksLikeData(url) ? Shape.DATA : Shape.TEXT;
    var output = new Output(task.id(), shape, Reference.toTask(task.id(), "body"), null);
    draft.rememberSource(key, output);
    return output;
  }

  private Output fetchEach(Step step, List<String> urls, PlanDraft draft) {
    String list = draft.input("urls", "list", urls);
    TaskDraft task =
        draft
            .add("http.request", step)
            .forEach(list, FETCH_PARALLEL)
            .param("url", "${item}")
            .because(draft.phrases.say("rationale.fetch_each", "count", urls.size()), EXPLICIT);
    return new Output(task.id(), Shape.TEXTS, Reference.toTask(task.id()), "body");
  }

  /**
   * "Summarize the PDFs" after a listing works on the PDFs of that listing: a filter on the file
   * name when the listing was not already limited to them.
   */
  private Output ofKind(Output files, String glob, Step step, PlanDraft draft) {
    boolean alreadyLimited =
        glob == null
            || draft.task(files.taskId()).map(t -> glob.equals(t.param("glob"))).orElse(false);
    if (alreadyLimited) {
      return files;
    }
    TaskDraft task =
        draft
            .add("data.filter", step)
            .param("items", files.ref())
            .param("field", "name")
            .param("op", "matches")
            .param("value", GlobPattern.toRegex(glob))
            .because(draft.phrases.say("rationale.filter_kind", "glob", glob), EXPLICIT);
    return files.narrowedBy(task.id());
  }

  private static boolean isFileList(Output o) {
    return o.shape() == Shape.FILES || o.shape() == Shape.DOCUMENTS;
  }

  /** A URL of an API or a data file, whose body is data rather than a page to read. */
  private static boolean looksLikeData(String url) {
    String u = url.toLowerCase(Locale.ROOT);
    return u.endsWith(".json")
        || u.endsWith(".csv")
        || u.contains("/api/")
        || u.contains("api.")
        || u.endsWith(".xml")
        || u.endsWith(".yaml")
        || u.endsWith(".yml");
  }
}
