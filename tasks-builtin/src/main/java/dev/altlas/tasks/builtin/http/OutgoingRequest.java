package dev.altlas.tasks.builtin.http;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A request to send.
 *
 * @param body null for none
 */
@SuppressWarnings("ArrayRecordComponent") // never compared, and the body is not changed after
public record OutgoingRequest(String method, URI uri, Map<String, String> headers, byte[] body) {
  /** Credentials that must not follow a redirect to another origin. */
  private static final Set<String> CREDENTIALS =
      Set.of("authorization", "cookie", "proxy-authorization");

  public OutgoingRequest {
    headers = Map.copyOf(headers);
  }

  /**
   * The request to send after a redirect: a 303, or a 301/302 after POST, becomes a GET without a
   * body (as browsers do); credentials are dropped when the redirect leaves the origin.
   */
  OutgoingRequest redirectedTo(URI next, int status) {
    var kept = new LinkedHashMap<String, String>();
    headers.forEach(
        (name, value) -> {
          if (sameOrigin(uri, next) || !CREDENTIALS.contains(name.toLowerCase(Locale.ROOT))) {
            kept.put(name, value);
          }
        });
    boolean toGet =
        (status == 303 && !method.equals("HEAD"))
            || ((status == 301 || status == 302) && method.equals("POST"));
    if (toGet) {
      kept.keySet().removeIf(name -> name.equalsIgnoreCase("content-type"));
      return new OutgoingRequest("GET", next, kept, null);
    }
    return new OutgoingRequest(method, next, kept, body);
  }

  private static boolean sameOrigin(URI a, URI b) {
    return Objects.equals(a.getScheme(), b.getScheme())
        && Objects.equals(a.getHost(), b.getHost())
        && a.getPort() == b.getPort();
  }
}
