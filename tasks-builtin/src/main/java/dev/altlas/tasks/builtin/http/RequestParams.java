package dev.altlas.tasks.builtin.http;

import dev.altlas.task.TaskFailure;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reading the {@code url} and {@code headers} parameters that HTTP-based tasks share. */
public final class RequestParams {
  private RequestParams() {}

  public static URI url(String text) throws TaskFailure {
    try {
      URI uri = new URI(text.trim());
      if (!uri.isAbsolute() || uri.getHost() == null) {
        throw TaskFailure.badParam("url", "must be an absolute http or https URL with a host");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw TaskFailure.badParam("url", "is not a URL: " + e.getMessage());
    }
  }

  /** Header values as text, in the order given; the map is mutable for defaults to be added. */
  public static Map<String, String> headers(Map<?, ?> given) {
    var headers = new LinkedHashMap<String, String>();
    given.forEach((name, value) -> headers.put(String.valueOf(name), String.valueOf(value)));
    return headers;
  }

  /** Adds a Content-Type unless one is given, in any letter case. */
  public static void defaultContentType(Map<String, String> headers, String type) {
    if (headers.keySet().stream().noneMatch(h -> h.equalsIgnoreCase("content-type"))) {
      headers.put("Content-Type", type);
    }
  }
}
