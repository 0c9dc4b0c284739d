package dev.altlas.cli;

import dev.altlas.archive.Facets;
import dev.altlas.archive.HistogramInterval;
import dev.altlas.archive.SearchField;
import dev.altlas.archive.SearchHit;
import dev.altlas.archive.SearchQuery;
import dev.altlas.archive.SearchResult;
import dev.altlas.archive.TextQuery;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A page of search hits (and facets) as text for a person. It writes its own ANSI styles, so it
 * gets the raw stream and passes everything from the archive through {@link Terminal#safe}.
 */
final class SearchReport {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final int LINE = 100;

  private final PrintWriter out;
  private final String markOn;
  private final String markOff;
  private final String reset;

  /**
   * @param styled matches in bold (ANSI); otherwise between {@code [} and {@code ]}
   */
  SearchReport(PrintWriter out, boolean styled) {
    this.out = out;
    this.markOn = styled ? "\u001b[1m" : "[";
    this.markOff = styled ? "\u001b[0m" : "]";
    this.reset = styled ? "\u001b[0m" : "";
  }

  void print(SearchQuery query, SearchResult result) {
    out.printf(
        Locale.ROOT,
        "%d run%s match%s%n",
        result.total(),
        result.total() == 1 ? "" : "s",
        query.text().isEmpty()
            ? ""
            : " \"" + Terminal.safe(query.text()) + "\"" + exclusionsOnly(query));
    for (SearchHit hit : result.hits()) {
      out.printf(
          Locale.ROOT,
          "%n%s  %s  %3.0f%%  %s%n  %s%n",
          Terminal.safe(hit.runId()),
          Terminal.safe(hit.status()),
          hit.successRate() * 100,
          hit.finishedAt() == null ? "" : WHEN.format(hit.finishedAt()),
          shorten(Terminal.safe(hit.command())));
      for (SearchField field : SearchField.values()) {
        List<String> fragments = hit.highlights().get(field.indexName());
        if (fragments != null && !fragments.isEmpty() && field != SearchField.COMMAND) {
          out.printf(Locale.ROOT, "  %s: %s%n", field.queryName(), marked(fragments.get(0)));
        } else if (fragments != null && !fragments.isEmpty()) {
          out.printf(Locale.ROOT, "  %s%n", marked(fragments.get(0)));
        }
      }
    }
    if (result.facets() != null) {
      printFacets(result.facets(), query);
    }
    if (result.next() != null) {
      out.printf(Locale.ROOT, "%nmore: add --after %s%n", Terminal.safe(result.next()));
    }
    out.flush();
  }

  private void printFacets(Facets facets, SearchQuery query) {
    out.println();
    for (Facets.FacetField field : Facets.FacetField.values()) {
      List<Facets.Count> counts = facets.terms().getOrDefault(field, List.of());
      if (!counts.isEmpty()) {
        out.printf(
            Locale.ROOT,
            "%-12s %s%n",
            field.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ":",
            counts.stream()
                .map(c -> Terminal.safe(c.value()) + " " + c.count())
                .collect(Collectors.joining(" · ")));
      }
    }
    out.printf(
        Locale.ROOT,
        "%-12s %s%n",
        "success:",
        facets.successRates().stream()
            .map(b -> b.key() + " " + b.count())
            .collect(Collectors.joining(" · ")));
    DateTimeFormatter bucketStart = query.histogram() == HistogramInterval.HOUR ? WHEN : DAY;
    out.printf(
        Locale.ROOT,
        "%-12s %s%n",
        "per " + query.histogram().name().toLowerCase(Locale.ROOT) + ":",
        facets.histogram().stream()
            .map(b -> bucketStart.format(b.start()) + " " + b.count())
            .collect(Collectors.joining(" · ")));
  }

  private String marked(String fragment) {
    // Marks replaced first so a cut cannot split a tag; a cut inside a match still ends the style.
    // The fragment is made safe before the marks become escape sequences.
    return shorten(Terminal.safe(fragment).replace("<em>", markOn).replace("</em>", markOff))
        + reset;
  }

  /** A query of exclusions only finds every run without those words; the line says so. */
  private static String exclusionsOnly(SearchQuery query) {
    TextQuery parsed = query.parsed();
    if (!parsed.required().isEmpty() || parsed.excluded().isEmpty()) {
      return "";
    }
    return " (every run without "
        + parsed.excluded().stream()
            .map(t -> "\"" + Terminal.safe(t.text()) + "\"")
            .collect(Collectors.joining(" or "))
        + ")";
  }

  private static String shorten(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() > LINE ? line.substring(0, LINE - 1) + "…" : line;
  }
}
