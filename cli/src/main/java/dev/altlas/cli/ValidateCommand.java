package dev.altlas.cli;

import dev.altlas.format.DocumentKind;
import dev.altlas.format.DocumentReader;
import dev.altlas.model.Atlas;
import dev.altlas.model.Plan;
import dev.altlas.model.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code altlas validate}: is this a valid {@code .alt}, {@code .last} or {@code .atlas}? */
@Command(
    name = "validate",
    sortOptions = false,
    description = {
      "Checks an .alt plan, .last run result or .atlas file strictly.",
      "Syntax, format version, schema, task graph, task catalog and references are checked. A"
          + " valid file gets a one-line summary; an invalid one every problem on its own line on"
          + " stderr as FILE:LINE:COLUMN: FIELD: MESSAGE, and exit code 1."
    },
    footer = {
      "The kind comes from --kind, else from the file name: NAME.alt, NAME.last or",
      "NAME.atlas, optionally followed by .yaml, .yml or .json; else from the content.",
      "",
      "Examples:",
      "  altlas validate plan.alt",
      "  altlas plan \"list the files in ./docs\" | altlas validate -"
    })
final class ValidateCommand extends Subcommand {

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      converter = Choices.KindConverter.class,
      completionCandidates = Choices.Kinds.class,
      description = "Read the file as this kind: ${COMPLETION-CANDIDATES}.")
  DocumentKind kind;

  @Parameters(
      paramLabel = "FILE",
      description = "The document, YAML or JSON; - reads standard input.")
  String file;

  @Override
  int execute() {
    Inputs.Input input = Inputs.read(file, root.stdin());
    DocumentKind documentKind = kindOf(input);
    Object document = Documents.readValid(input, documentKind, root.catalog());
    out().println("valid " + documentKind.label() + ": " + summary(document));
    return ExitCodes.OK;
  }

  private DocumentKind kindOf(Inputs.Input input) {
    if (kind != null) {
      return kind;
    }
    return DocumentKind.fromFileName(input.fileName())
        .or(() -> DocumentReader.sniff(input.text()))
        .orElseThrow(
            () ->
                CliFailure.usage(
                    "cannot tell whether "
                        + input.name()
                        + " is a plan, a run result or an atlas; name it NAME.alt, NAME.last or"
                        + " NAME.atlas (optionally followed by .yaml, .yml or .json), or pass"
                        + " --kind alt|last|atlas"));
  }

  private static String summary(Object document) {
    return switch (document) {
      case Plan plan -> Documents.count(plan.tasks().size(), "task");
      case RunResult run ->
          Choices.wireName(run.status()) + ", " + Documents.count(run.tasks().size(), "task");
      case Atlas atlas ->
          Documents.count(atlas.patterns().size(), "command pattern")
              + " from "
              + Documents.count(atlas.runsAnalysed(), "run");
      default -> document.getClass().getSimpleName();
    };
  }
}
