package dev.altlas.orchestrator.openai;

import dev.altlas.ai.ModelException;
import dev.altlas.orchestrator.provider.RateLimitedException;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Turns an HTTP error answer into a {@link ModelException} with a stable code. */
final class ErrorResponses {
  private static final int MAX_DETAIL = 300;

  private ErrorResponses() {}

  static ModelException of(OpenAiEndpoint endpoint, int status, HttpHeaders headers, String body) {
    String message = redact(endpoint, endpoint.name() + " answered HTTP " + status + detail(body));
    if (status == 429) {
      return new RateLimitedException(message, retryAfter(headers).orElse(null));
    }
    if (status == 401 || status == 403) {
      return new ModelException(
          "ai.unauthorized", message + "; check altlas.ai." + endpoint.name() + ".api_key", false);
    }
    if (status == 408) {
      return new ModelException("ai.timeout", message, true);
    }
    if (status >= 500) {
      return new ModelException("ai.unavailable", message, true);
    }
    if (status == 404) {
      return new ModelException(
          "ai.bad_request",
          message
              + "; check altlas.ai."
              + endpoint.name()
              + ".base_url ("
              + endpoint.baseUrl()
              + ") and the model name",
          false);
    }
    return new ModelException("ai.bad_request", message, false);
  }

  /** Servers echo parts of a wrong key in their messages; none of it goes further. */
  static String redact(OpenAiEndpoint endpoint, String message) {
    return endpoint.hasApiKey() ? message.replace(endpoint.apiKey(), "***") : message;
  }

  /** {@code error.message} of OpenAI's error body, or the start of whatever else came. */
  private static String detail(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    String detail = body.strip();
    try {
      JsonNode error = ChatWire.JSON.readTree(body).path("error");
      if (error.isString()) {
        detail = error.asString();
      } else if (error.path("message").isString()) {
        detail = error.path("message").asString();
      }
    } catch (JacksonException e) {
      // Not JSON (a proxy's HTML page): the raw start is the best detail there is.
    }
    if (detail.length() > MAX_DETAIL) {
      detail = detail.substring(0, MAX_DETAIL) + "…";
    }
    return ": " + detail;
  }

  /**
   * OpenAI sends {@code retry-after-ms}; the HTTP standard {@code Retry-After} holds seconds or a
   * date.
   */
  static Optional<Duration> retryAfter(HttpHeaders headers) {
    Optional<String> millis = headers.firstValue("retry-after-ms");
    if (millis.isPresent()) {
      try {
        return Optional.of(Duration.ofMillis((long) Double.parseDouble(millis.get().strip())));
      } catch (NumberFormatException e) {
        // Fall through to the standard header.
      }
    }
    Optional<String> value = headers.firstValue("retry-after");
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String v = value.get().strip();
    try {
      return Optional.of(Duration.ofMillis((long) (Double.parseDouble(v) * 1000)));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration wait = Duration.between(Instant.now(), at);
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }
}
