package dev.altlas.tasks.builtin.notify;

import dev.altlas.task.Params;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import dev.altlas.task.TaskHandler;
import dev.altlas.tasks.builtin.content.Json;
import dev.altlas.tasks.builtin.content.Output;
import dev.altlas.tasks.builtin.http.GuardedHttp;
import dev.altlas.tasks.builtin.http.OutgoingRequest;
import dev.altlas.tasks.builtin.http.ReceivedResponse;
import dev.altlas.tasks.builtin.http.RequestParams;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code notify.webhook}: a JSON payload posted once to a URL under the same target rules as {@code
 * http.request}. Redirects are not followed: a webhook that moved is a configuration to fix.
 */
public final class NotifyWebhookHandler implements TaskHandler {
  /** Enough of a response to read an error message; the body is otherwise ignored. */
  private static final long MAX_RESPONSE_BYTES = 64 * 1024;

  private final GuardedHttp http;

  public NotifyWebhookHandler(GuardedHttp http) {
    this.http = http;
  }

  @Override
  public String type() {
    return "notify.webhook";
  }

  @Override
  public Object execute(TaskContext context) throws TaskFailure, InterruptedException {
    Params params = context.params();
    URI url = RequestParams.url(params.string("url"));
    String method = params.optionalString("method").orElse("POST").trim().toUpperCase(Locale.ROOT);
    if (!method.equals("POST") && !method.equals("PUT")) {
      throw TaskFailure.badParam("method", "must be POST or PUT");
    }
    Object payload =
        params.get("payload").orElseThrow(() -> TaskFailure.badParam("payload", "is required"));
    var headers = RequestParams.headers(params.object("headers"));
    RequestParams.defaultContentType(headers, "application/json");
    var request =
        new OutgoingRequest(
            method, url, headers, Json.compact(payload).getBytes(StandardCharsets.UTF_8));
    return context.once(
        "send",
        () -> {
          ReceivedResponse response = http.exchange(request, MAX_RESPONSE_BYTES, 0);
          check(method, response);
          return Output.of("status", response.status());
        });
  }

  private static void check(String method, ReceivedResponse response) throws TaskFailure {
    int status = response.status();
    if (status >= 200 && status < 300) {
      return;
    }
    String message = response.describe(method);
    if (status >= 500) {
      throw new TaskFailure("notify.unavailable", message, true);
    }
    // Request Timeout and Too Many Requests say "later"; other answers will not change.
    throw new TaskFailure("notify.rejected", message, status == 408 || status == 429);
  }
}
