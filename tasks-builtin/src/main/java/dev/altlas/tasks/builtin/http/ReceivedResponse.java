package dev.altlas.tasks.builtin.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A response with its body read in full.
 *
 * @param uri the URI that answered (after redirects)
 * @param headers lower-case names, first value of each, sorted by name
 */
@SuppressWarnings("ArrayRecordComponent") // never compared, and the body is not changed after
public record ReceivedResponse(URI uri, int status, Map<String, String> headers, byte[] body) {
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  public ReceivedResponse {
    headers = Map.copyOf(headers);
  }

  public Optional<String> header(String lowerCaseName) {
    return Optional.ofNullable(headers.get(lowerCaseName));
  }

  /** The request and its answer, with the start of the body, for failure messages. */
  public String describe(String method) {
    String text = new String(body, StandardCharsets.UTF_8).strip();
    String excerpt = text.length() > 200 ? text.substring(0, 200) + "…" : text;
    return method + " " + uri + " answered " + status + (excerpt.isEmpty() ? "" : ": " + excerpt);
  }

  Optional<String> redirectLocation() {
    return REDIRECTS.contains(status) ? header("location") : Optional.empty();
  }
}
