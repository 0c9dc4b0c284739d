package dev.altlas.cli;

import dev.altlas.ai.ModelException;
import dev.altlas.archive.HistogramInterval;
import dev.altlas.archive.InvalidQueryException;
import dev.altlas.archive.SearchMode;
import dev.altlas.archive.SearchQuery;
import dev.altlas.archive.SearchResult;
import dev.altlas.archive.SortOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code altlas search}: finds archived runs by words, meaning and filters. */
@Command(
    name = "search",
    description = {
      "Searches the archive of finished runs: commands, task titles, outputs and summaries, in"
          + " Turkish and English (any word form: 'kitaplar' finds 'kitap'; synonyms: 'özet' finds"
          + " 'summary').",
      "",
      "Query words must all match; \"a phrase\" matches words side by side; a OR b matches either;"
          + " -word excludes; command:, title:, output: or summary: before a word searches one"
          + " field."
    },
    footer = {
      "Examples:",
      "  altlas search kitaplar",
      "  altlas search kitaplar -roman",
      "  altlas search --status failed --since 7d --facets \"rapor OR report\"",
      "  altlas search --semantic \"books I summarised\"",
      "  altlas search --json --type fs.list --limit 50 \"\""
    })
final class SearchCommand extends Subcommand {

  @Parameters(
      arity = "0..*",
      paramLabel = "QUERY",
      description =
          "What to look for, in one argument or several; empty finds every run (then newest"
              + " first). A word may start with -, to exclude it.")
  List<String> words = new ArrayList<>();

  /** {@code -word} is the query syntax for exclusion, so a query word may look like an option. */
  @Spec
  void queryWordsMayStartWithADash(CommandSpec commandSpec) {
    commandSpec.parser().unmatchedOptionsArePositionalParams(true);
  }

  @Option(names = "--json", description = "Print the result (hits, cursor, facets) as JSON.")
  boolean json;

  @Option(
      names = "--status",
      paramLabel = "S",
      split = ",",
      description = "Only runs that ended so: succeeded, partially_succeeded, failed, cancelled.")
  Set<String> statuses = Set.of();

  @Option(names = "--mode", paramLabel = "M", split = ",", description = "normal, dream, …")
  Set<String> modes = Set.of();

  @Option(names = "--persona", paramLabel = "P", split = ",", description = "researcher, …")
  Set<String> personas = Set.of();

  @Option(names = "--language", paramLabel = "L", split = ",", description = "tr, en, …")
  Set<String> languages = Set.of();

  @Option(
      names = "--type",
      paramLabel = "T",
      split = ",",
      description = "Only runs with a task of this type, e.g. fs.list.")
  Set<String> taskTypes = Set.of();

  @Option(names = "--model", paramLabel = "M", split = ",", description = "Only runs using it.")
  Set<String> models = Set.of();

  @Option(names = "--tag", paramLabel = "T", split = ",", description = "Only runs tagged so.")
  Set<String> tags = Set.of();

  @Option(
      names = "--since",
      paramLabel = "T",
      description = "Finished at or after T: an age (7d, 12h), a day (2026-11-01) or an instant.")
  String since;

  @Option(names = "--until", paramLabel = "T", description = "Finished before T (same forms).")
  String until;

  @Option(
      names = "--min-success",
      paramLabel = "R",
      description = "Success rate at least R (0..1).")
  Double minSuccess;

  @Option(names = "--max-success", paramLabel = "R", description = "Success rate at most R (0..1).")
  Double maxSuccess;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      defaultValue = "relevance",
      converter = Choices.SortOrderConverter.class,
      completionCandidates = Choices.SortOrders.class,
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  SortOrder sort;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "10",
      description = "Hits per page (default: ${DEFAULT-VALUE}, max 1000).")
  int limit;

  @Option(
      names = "--after",
      paramLabel = "CURSOR",
      description = "The next page: the cursor the previous page printed.")
  String after;

  @Option(
      names = "--facets",
      description = "Also count runs by status, task type, model, …, by day and by success rate.")
  boolean facets;

  @Option(
      names = "--histogram",
      paramLabel = "WIDTH",
      defaultValue = "day",
      converter = Choices.IntervalConverter.class,
      completionCandidates = Choices.Intervals.class,
      description = "Bucket width of the time histogram with --facets: ${COMPLETION-CANDIDATES}.")
  HistogramInterval histogram;

  @Option(
      names = "--semantic",
      description = "Find runs by meaning (embeddings) instead of by words.")
  boolean semantic;

  @Option(names = "--hybrid", description = "Find runs by words or by meaning, ranked by both.")
  boolean hybrid;

  @Override
  int execute() throws Exception {
    String text = query();
    if (semantic && hybrid) {
      throw CliFailure.usage("choose one of --semantic and --hybrid");
    }
    SearchMode mode = semantic ? SearchMode.SEMANTIC : hybrid ? SearchMode.HYBRID : SearchMode.TEXT;
    try (Installation inst = root.installation()) {
      if (mode != SearchMode.TEXT) {
        // The embedding model loads while the archive opens.
        inst.loadModelsAhead();
      }
      SearchQuery query;
      try {
        SearchQuery.Builder builder =
            inst.archive()
                .query(text, mode)
                .statuses(statuses)
                .modes(modes)
                .personas(personas)
                .languages(languages)
                .taskTypes(taskTypes)
                .models(models)
                .tags(tags)
                .finished(time("--since", since), time("--until", until))
                .successRate(minSuccess, maxSuccess)
                .sort(sort)
                .size(limit)
                .after(after);
        if (facets) {
          builder.facets(histogram);
        }
        query = builder.highlight().build();
      } catch (InvalidQueryException e) {
        throw CliFailure.usage(e.getMessage());
      } catch (ModelException e) {
        throw CliFailure.failed(
            "cannot embed the query for " + mode + " search: " + e.getMessage());
      }
      SearchResult result;
      try {
        result = inst.archive().search(query);
      } catch (InvalidQueryException e) {
        throw CliFailure.usage(e.getMessage());
      }
      if (json) {
        printJson(Json.write(result) + "\n");
      } else {
        new SearchReport(rawOut(), Terminal.stylesOutput()).print(query, result);
      }
      return ExitCodes.OK;
    }
  }

  /**
   * The words as one query. A word starting with {@code --} is an option this command does not
   * have, mistyped; taken as a query it would search for nonsense.
   */
  private String query() throws CliFailure {
    for (String word : words) {
      if (word.startsWith("--") && word.length() > 2) {
        throw new ParameterException(
            spec.commandLine(),
            "Unknown option: '"
                + word
                + "' (a query word may start with one -, which excludes it: -books)");
      }
    }
    return String.join(" ", words).strip();
  }

  private Instant time(String option, String value) throws CliFailure {
    return value == null ? null : TimeArgument.parse(option, value, root.clock());
  }
}
