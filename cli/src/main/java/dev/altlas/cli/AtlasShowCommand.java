package dev.altlas.cli;

import dev.altlas.format.DocumentWriter;
import dev.altlas.format.Syntax;
import dev.altlas.model.Atlas;
import dev.altlas.model.CommandPattern;
import dev.altlas.model.FailurePattern;
import dev.altlas.model.LowSuccessAlert;
import dev.altlas.model.OutcomeStats;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code altlas atlas show}: derives the atlas from the archive now and prints it. */
@Command(
    name = "show",
    description =
        "Derives the atlas from the archive now and prints it (or the .atlas as JSON), and lists"
            + " the imported atlases by name.")
final class AtlasShowCommand extends Subcommand {
  private static final java.time.format.DateTimeFormatter WHEN =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
          .withZone(java.time.ZoneOffset.UTC);

  @Option(names = "--json", description = "Print the .atlas document as JSON.")
  boolean json;

  @Override
  int execute() throws Exception {
    try (Installation inst = root.installation()) {
      var library = new AtlasLibrary(inst.home(), root.catalog());
      Atlas atlas = library.derive(inst.atlasDeriver());
      if (json) {
        printJson(new DocumentWriter().write(atlas, Syntax.JSON));
      } else {
        describe(atlas, out());
        describeImports(library.imports(), out());
      }
      return ExitCodes.OK;
    }
  }

  /** The imported atlases, by the names altlas atlas remove takes. */
  static void describeImports(List<AtlasLibrary.Import> imports, PrintWriter out) {
    out.printf(Locale.ROOT, "%nimported atlases (%d):%n", imports.size());
    for (AtlasLibrary.Import i : imports) {
      String what =
          i.atlas()
              .map(
                  a ->
                      Documents.count(a.patterns().size(), "command pattern")
                          + " from "
                          + (a.source() == null || a.source().isBlank() ? "?" : a.source()))
              .orElse("SKIPPED: " + i.problem());
      out.printf(
          Locale.ROOT,
          "  %-16s %s, imported %s (%s)%n",
          i.name(),
          what,
          i.importedAt() == null ? "?" : WHEN.format(i.importedAt()),
          i.file());
    }
    if (!imports.isEmpty()) {
      out.println("  (altlas atlas remove NAME takes one out)");
    }
    out.flush();
  }

  static void describe(Atlas atlas, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "atlas of %s, from %s%n",
        Documents.count(atlas.runsAnalysed(), "archived run"),
        atlas.source());
    out.printf(Locale.ROOT, "%ncommand patterns (%d):%n", atlas.patterns().size());
    for (CommandPattern p : atlas.patterns()) {
      out.printf(
          Locale.ROOT,
          "  %-8s %3.0f%% of %-4d %-28s %s%n",
          p.language(),
          p.successRate() * 100,
          p.runs(),
          p.intent(),
          p.normalizedCommand());
    }
    out.printf(Locale.ROOT, "%nsuccess and latency:%n");
    for (OutcomeStats s : atlas.stats()) {
      out.printf(
          Locale.ROOT,
          "  %-10s %-24s %6d  %5.1f%%  p50 %dms  p95 %dms  p99 %dms%n",
          s.dimension().name().toLowerCase(Locale.ROOT).replace('_', ' '),
          s.key(),
          s.count(),
          s.successRate() * 100,
          s.p50Ms(),
          s.p95Ms(),
          s.p99Ms());
    }
    if (!atlas.failures().isEmpty()) {
      out.printf(Locale.ROOT, "%ncommon failures:%n");
      for (FailurePattern f : atlas.failures()) {
        out.printf(
            Locale.ROOT,
            "  %-16s %-24s %5d  e.g. %s%n",
            f.taskType(),
            f.errorCode(),
            f.count(),
            f.exampleMessage());
      }
    }
    if (!atlas.alerts().isEmpty()) {
      out.printf(Locale.ROOT, "%nlow-success alerts:%n");
      atlas.alerts().forEach((LowSuccessAlert a) -> out.println("  " + a.message()));
    }
    out.flush();
  }
}
