package dev.altlas.tasks.builtin.content;

import java.util.Locale;
import java.util.Map;

/**
 * Media types by file name. A fixed table rather than {@code Files.probeContentType}, whose answer
 * depends on the machine, so that outputs are the same everywhere.
 */
public final class MediaTypes {
  public static final String OCTET_STREAM = "application/octet-stream";

  private static final Map<String, String> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("txt", "text/plain"),
          Map.entry("log", "text/plain"),
          Map.entry("md", "text/markdown"),
          Map.entry("markdown", "text/markdown"),
          Map.entry("csv", "text/csv"),
          Map.entry("tsv", "text/tab-separated-values"),
          Map.entry("html", "text/html"),
          Map.entry("htm", "text/html"),
          Map.entry("css", "text/css"),
          Map.entry("js", "text/javascript"),
          Map.entry("java", "text/x-java"),
          Map.entry("py", "text/x-python"),
          Map.entry("sh", "text/x-shellscript"),
          Map.entry("properties", "text/plain"),
          Map.entry("json", "application/json"),
          Map.entry("yaml", "application/yaml"),
          Map.entry("yml", "application/yaml"),
          Map.entry("alt", "application/yaml"),
          Map.entry("last", "application/yaml"),
          Map.entry("atlas", "application/yaml"),
          Map.entry("xml", "application/xml"),
          Map.entry("pdf", "application/pdf"),
          Map.entry("zip", "application/zip"),
          Map.entry("gz", "application/gzip"),
          Map.entry("tar", "application/x-tar"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("svg", "image/svg+xml"));

  private MediaTypes() {}

  /** The media type for a file name, {@value #OCTET_STREAM} when the extension is unknown. */
  public static String forName(String fileName) {
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    String name = fileName.substring(slash + 1);
    int dot = name.lastIndexOf('.');
    if (dot <= 0) {
      return OCTET_STREAM;
    }
    return BY_EXTENSION.getOrDefault(
        name.substring(dot + 1).toLowerCase(Locale.ROOT), OCTET_STREAM);
  }

  /** Whether content of this type is text that can be shown as a string. */
  public static boolean isText(String mediaType) {
    String type = essence(mediaType);
    return type.startsWith("text/")
        || isJson(type)
        || type.endsWith("/xml")
        || type.endsWith("+xml")
        || type.endsWith("/yaml")
        || type.endsWith("/javascript")
        || type.equals("application/x-www-form-urlencoded");
  }

  public static boolean isJson(String mediaType) {
    String type = essence(mediaType);
    return type.equals("application/json") || type.endsWith("+json");
  }

  /**
   * The type without parameters, lower case: {@code Text/HTML; charset=utf-8} → {@code text/html}.
   */
  public static String essence(String mediaType) {
    int semicolon = mediaType.indexOf(';');
    String type = semicolon < 0 ? mediaType : mediaType.substring(0, semicolon);
    return type.trim().toLowerCase(Locale.ROOT);
  }
}
