package dev.altlas.tasks.builtin.http;

import dev.altlas.task.TaskFailure;
import dev.altlas.tasks.builtin.content.Json;
import dev.altlas.tasks.builtin.content.MediaTypes;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How {@code http.request} returns a body: {@code auto}, {@code text}, {@code json}, {@code
 * html_text}.
 */
enum ResponseFormat {
  AUTO,
  TEXT,
  JSON,
  HTML_TEXT;

  private static final Pattern CHARSET =
      Pattern.compile(";\\s*charset=\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

  /**
   * The body as this format returns it.
   *
   * @return a string, a JSON value, or (for {@code auto} and binary content) a {@link Binary}
   */
  Object decode(ReceivedResponse response, String contentType) throws TaskFailure {
    byte[] body = response.body();
    return switch (this) {
      case TEXT -> text(body, contentType);
      case HTML_TEXT -> HtmlText.toText(text(body, contentType));
      case JSON -> {
        if (body.length == 0) {
          yield null;
        }
        yield Json.parse(text(body, contentType))
            .orElseThrow(
                () ->
                    new TaskFailure(
                        "http.bad_json", response.uri() + " did not answer with JSON", false));
      }
      case AUTO -> auto(body, contentType);
    };
  }

  static ResponseFormat parse(String name) throws TaskFailure {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw TaskFailure.badParam("response_format", "must be one of auto, text, json, html_text");
    }
  }

  /** JSON parsed, text as text, anything else (images, archives) as base64. */
  private static Object auto(byte[] body, String contentType) {
    if (MediaTypes.isJson(contentType) && body.length > 0) {
      String text = text(body, contentType);
      return Json.parse(text).orElse(text);
    }
    boolean text = contentType.isEmpty() ? !hasNul(body) : MediaTypes.isText(contentType);
    return text ? text(body, contentType) : new Binary(Base64.getEncoder().encodeToString(body));
  }

  private static String text(byte[] body, String contentType) {
    return new String(body, charset(contentType));
  }

  private static Charset charset(String contentType) {
    Matcher m = CHARSET.matcher(contentType);
    if (m.find()) {
      try {
        return Charset.forName(m.group(1));
      } catch (IllegalArgumentException e) {
        // An unknown charset falls back to UTF-8 below.
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static boolean hasNul(byte[] body) {
    for (byte b : body) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  /** A binary body, base64-encoded. */
  record Binary(String base64) {}
}
