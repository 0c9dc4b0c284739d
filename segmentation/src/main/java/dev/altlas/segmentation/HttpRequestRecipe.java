package dev.altlas.segmentation;

import dev.altlas.plan.Reference;
import java.util.Optional;
import java.util.Set;

/**
 * "Download https://…", "fetch", "indir", "POST them to https://api…": an HTTP call. A GET's page
 * is data for the steps after; a POST sends the latest data. A path in the same clause is where the
 * download is saved.
 */
final class HttpRequestRecipe implements TaskRecipe {
  private static final Set<String> SENDING = Set.of("POST", "PUT", "PATCH");

  private final InputResolver inputs;
  private final ShapingSteps shaping;

  HttpRequestRecipe(InputResolver inputs, ShapingSteps shaping) {
    this.inputs = inputs;
    this.shaping = shaping;
  }

  @Override
  public void add(Step step, PlanDraft draft) {
    String method = step.slots().httpMethod();
    if (method != null && SENDING.contains(method)) {
      send(step, method, draft);
      return;
    }
    Sources sources = step.slots().sources();
    Optional<Output> page = inputs.require(step, sources.urlsOnly(), draft);
    if (page.isEmpty()) {
      return;
    }
    if (method != null) {
      draft.task(page.get().taskId()).ifPresent(t -> t.param("method", method));
    }
    Output shaped = shaping.apply(page.get(), step, draft);
    draft.produce(shaped);
    if (!sources.paths().isEmpty()) {
      save(step, sources, shaped, draft);
    }
  }

  private void send(Step step, String method, PlanDraft draft) {
    String url = step.slots().sources().urls().get(0);
    Optional<Output> data =
        step.slots().refersBack() || step.clause().sequential()
            ? draft.current()
            : Optional.empty();
    if (data.isPresent() && data.get().isBlocked()) {
      draft.blocked(step, data.get());
      return;
    }
    Object body =
        data.map(d -> (Object) shaping.apply(d, step, draft).ref())
            .orElse(step.slots().quoted().isEmpty() ? null : step.slots().quoted().get(0));
    TaskDraft task =
        draft
            .add("http.request", step)
            .param("url", url)
            .param("method", method)
            .param("body", body)
            .because(
                draft.phrases.say("rationale.send_http", "method", method, "url", url),
                step.intent().confidence());
    draft.produce(new Output(task.id(), Shape.DATA, Reference.toTask(task.id(), "body"), null));
  }

  /** "Download X to ./downloads": the body is written there, under the URL's file name. */
  private static void save(Step step, Sources sources, Output page, PlanDraft draft) {
    PathMention destination = sources.paths().get(sources.paths().size() - 1);
    String path =
        destination.file()
            ? destination.path()
            : destination.path().replaceAll("/$", "")
                + "/"
                + DownloadName.of(sources.urls().get(0));
    TaskDraft task =
        draft
            .add("fs.write", step)
            .param("path", path)
            .param("content", page.ref())
            .because(draft.phrases.say("rationale.save_download", "path", path), 0.85);
    draft.wrote(path, task.id());
  }
}
