package dev.altlas.cli;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.format.DocumentKind;
import dev.altlas.format.DocumentReader;
import dev.altlas.format.DocumentWriter;
import dev.altlas.format.InvalidDocumentException;
import dev.altlas.format.Problem;
import dev.altlas.format.Syntax;
import dev.altlas.model.Plan;
import java.util.List;

/** Writing plans out, and saying what is wrong with a document. */
final class Documents {
  private Documents() {}

  /**
   * The plan as text, read back through the strict reader first so that {@code altlas} never prints
   * a plan that {@code altlas validate} would refuse.
   *
   * @param producer who made the plan, for the message when it is invalid
   * @throws CliFailure exit 1 when the plan is invalid
   */
  static String writeValidPlan(Plan plan, Syntax syntax, TaskCatalog catalog, String producer) {
    String text = new DocumentWriter().write(plan, syntax);
    try {
      new DocumentReader(catalog).readPlan(text);
    } catch (InvalidDocumentException e) {
      throw CliFailure.failed(
          producer + " produced an invalid .alt plan; this is a bug, please report it:",
          problemLines("<plan>", e.problems()));
    }
    return text;
  }

  /**
   * One line per problem, the way compilers write them so that editors can jump to them: {@code
   * FILE:LINE:COLUMN: PATH: MESSAGE}, or {@code FILE: PATH: MESSAGE} when the line is unknown.
   */
  /**
   * The document in {@code input}, read strictly as {@code kind}.
   *
   * @throws CliFailure listing every problem as FILE:LINE:COLUMN: FIELD: MESSAGE
   */
  static Object readValid(Inputs.Input input, DocumentKind kind, TaskCatalog catalog) {
    try {
      return new DocumentReader(catalog).read(input.text(), kind);
    } catch (InvalidDocumentException e) {
      throw CliFailure.failed(
          input.name()
              + " is not a valid "
              + kind.label()
              + (e.problems().size() == 1
                  ? ":"
                  : " (" + count(e.problems().size(), "problem") + "):"),
          problemLines(input.name(), e.problems()));
    }
  }

  static List<String> problemLines(String file, List<Problem> problems) {
    return problems.stream().map(p -> problemLine(file, p)).toList();
  }

  static String problemLine(String file, Problem problem) {
    var line = new StringBuilder(file);
    if (problem.line() != null) {
      line.append(':').append(problem.line());
      if (problem.column() != null) {
        line.append(':').append(problem.column());
      }
    }
    line.append(": ").append(problem.path().isEmpty() ? "(document)" : problem.path());
    return line.append(": ").append(problem.message()).toString();
  }

  /** {@code 1 task}, {@code 6 tasks}. */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
