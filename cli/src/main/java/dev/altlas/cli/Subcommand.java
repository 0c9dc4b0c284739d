package dev.altlas.cli;

import dev.altlas.format.Syntax;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every {@code altlas} subcommand shares: {@code --help}, its output streams, and turning a
 * {@link CliFailure} into a few lines on stderr and an exit code.
 *
 * <p>{@link #out()} and {@link #err()} show control characters visibly ({@link Terminal}), so a
 * stored command or an error quoting one cannot steer the terminal; JSON goes out through {@link
 * #printJson}, and only this package's own styles through {@link #rawOut()} or {@link #rawErr()}.
 */
@Command(
    synopsisHeading = "Usage: ",
    descriptionHeading = "%n",
    parameterListHeading = "%nParameters:%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%n")
abstract class Subcommand implements Callable<Integer> {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean helpRequested;

  /** The {@code altlas} command this one runs under, however deeply nested. */
  AltlasCommand root;

  @Spec CommandSpec spec;

  private PrintWriter out;
  private PrintWriter err;

  @Override
  public final Integer call() throws Exception {
    root = (AltlasCommand) spec.root().userObject();
    try {
      return execute();
    } catch (CliFailure failure) {
      PrintWriter err = err();
      err.println(name() + ": " + failure.getMessage());
      failure.details().forEach(err::println);
      if (root.debug() && failure.getCause() != null) {
        failure.getCause().printStackTrace(err);
      }
      err.flush();
      return failure.exitCode();
    }
  }

  /** Does the work; returns the exit code or throws {@link CliFailure}. */
  abstract int execute() throws Exception;

  /** {@code altlas plan}, … for messages. */
  String name() {
    return spec.qualifiedName();
  }

  /** Standard output for text: control characters are shown, not obeyed. */
  PrintWriter out() {
    if (out == null) {
      out = Terminal.sanitizing(rawOut());
    }
    return out;
  }

  /** Standard error for text: control characters are shown, not obeyed. */
  PrintWriter err() {
    if (err == null) {
      err = Terminal.sanitizing(rawErr());
    }
    return err;
  }

  /** Standard output as it is, for this package's own ANSI styles and for JSON. */
  PrintWriter rawOut() {
    return spec.commandLine().getOut();
  }

  /** Standard error as it is, for this package's own ANSI sequences (the progress bar). */
  PrintWriter rawErr() {
    return spec.commandLine().getErr();
  }

  /** Prints a text document (YAML, a report) to stdout. */
  void print(String document) {
    PrintWriter text = out();
    text.print(document);
    text.flush();
  }

  /** Prints JSON to stdout, exactly, with the control characters a terminal obeys escaped. */
  void printJson(String json) {
    PrintWriter raw = rawOut();
    raw.print(Terminal.json(json));
    raw.flush();
  }

  /** Prints a document written in {@code syntax}. */
  void print(String document, Syntax syntax) {
    if (syntax == Syntax.JSON) {
      printJson(document);
    } else {
      print(document);
    }
  }

  void warn(String warning) {
    err().println("warning: " + warning);
  }
}
