package dev.altlas.tasks.builtin.http;

import dev.altlas.task.Params;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import dev.altlas.task.TaskHandler;
import dev.altlas.tasks.builtin.content.Json;
import dev.altlas.tasks.builtin.content.MediaTypes;
import dev.altlas.tasks.builtin.content.Output;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code http.request}: one call to an allowed URL, within the size and time limits. */
public final class HttpRequestHandler implements TaskHandler {
  static final int MAX_REDIRECTS = 5;
  private static final Set<String> METHODS =
      Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD");

  private final GuardedHttp http;
  private final long maxBytes;

  public HttpRequestHandler(GuardedHttp http, long maxBytes) {
    this.http = http;
    this.maxBytes = maxBytes;
  }

  @Override
  public String type() {
    return "http.request";
  }

  @Override
  public Object execute(TaskContext context) throws TaskFailure, InterruptedException {
    Params params = context.params();
    URI url = RequestParams.url(params.string("url"));
    String method = params.optionalString("method").orElse("GET").trim().toUpperCase(Locale.ROOT);
    if (!METHODS.contains(method)) {
      throw TaskFailure.badParam("method", "must be one of " + String.join(", ", METHODS));
    }
    ResponseFormat format =
        ResponseFormat.parse(params.optionalString("response_format").orElse("auto"));
    long limit = Math.min(maxBytes, params.integer("max_bytes", maxBytes, 1, Long.MAX_VALUE));
    var headers = RequestParams.headers(params.object("headers"));
    byte[] body = body(params.get("body").orElse(null), headers);

    ReceivedResponse response =
        http.exchange(new OutgoingRequest(method, url, headers, body), limit, MAX_REDIRECTS);
    checkStatus(method, response);
    String contentType = response.header("content-type").orElse("");
    Object decoded = format.decode(response, contentType);
    Map<String, Object> out =
        Output.of(
            "url",
            response.uri().toString(),
            "status",
            response.status(),
            "headers",
            response.headers(),
            "media_type",
            contentType.isEmpty() ? null : MediaTypes.essence(contentType));
    if (decoded instanceof ResponseFormat.Binary binary) {
      out.put("body", binary.base64());
      out.put("body_encoding", "base64");
    } else {
      out.put("body", decoded);
    }
    return out;
  }

  /** Text is sent as it is, anything else as JSON; a Content-Type is added when none is given. */
  private static byte[] body(Object value, Map<String, String> headers) {
    if (value == null) {
      return null;
    }
    boolean text = value instanceof String;
    RequestParams.defaultContentType(
        headers, text ? "text/plain; charset=utf-8" : "application/json");
    return (text ? (String) value : Json.compact(value)).getBytes(StandardCharsets.UTF_8);
  }

  private static void checkStatus(String method, ReceivedResponse response) throws TaskFailure {
    int status = response.status();
    if (status >= 500) {
      throw new TaskFailure("http.unavailable", response.describe(method), true);
    }
    if (status >= 400) {
      // Too Many Requests and Request Timeout say "later", so another attempt may succeed.
      boolean retryable = status == 408 || status == 429;
      throw new TaskFailure("http.status_4xx", response.describe(method), retryable);
    }
  }
}
