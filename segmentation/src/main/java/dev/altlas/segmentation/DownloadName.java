package dev.altlas.segmentation;

/** The file name a download is saved under: the last part of the URL's path. */
final class DownloadName {
  private static final String SITE_ROOT = "index.html";

  private DownloadName() {}

  /** "https://x.com/a/report.pdf?v=2" → "report.pdf"; a site's root → "index.html". */
  static String of(String url) {
    String path = url.replaceAll("[?#].*$", "").replaceFirst("^[a-zA-Z]+://", "");
    int slash = path.lastIndexOf('/');
    String name = slash < 0 ? "" : path.substring(slash + 1);
    return name.isEmpty() ? SITE_ROOT : name;
  }
}
