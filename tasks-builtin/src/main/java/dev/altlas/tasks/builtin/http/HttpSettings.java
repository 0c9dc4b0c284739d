package dev.altlas.tasks.builtin.http;

import dev.altlas.tasks.builtin.content.TypedSettings;
import java.time.Duration;

/**
 * The limits of outgoing HTTP, shared by {@code http.request} and {@code notify.webhook}.
 *
 * @param maxBytes the largest response body read; a task's {@code max_bytes} can only lower it
 * @param timeout for one task's whole exchange, redirects included
 */
public record HttpSettings(
    HostAllowList allowList, boolean allowPrivate, long maxBytes, Duration timeout) {
  public static final String ALLOW = "altlas.http.allow";
  public static final String ALLOW_PRIVATE = "altlas.http.allow_private";
  public static final String MAX_BYTES = "altlas.http.max_bytes";
  public static final String TIMEOUT = "altlas.http.timeout";

  public static HttpSettings from(TypedSettings settings) {
    return new HttpSettings(
        new HostAllowList(settings.list(ALLOW)),
        settings.bool(ALLOW_PRIVATE, false),
        settings.bytes(MAX_BYTES, 5L * 1024 * 1024),
        settings.duration(TIMEOUT, Duration.ofSeconds(30)));
  }
}
