package dev.altlas.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every {@code altlas} subcommand shares: {@code --help}, its output streams, and turning a
 * {@link CliFailure} into a few lines on stderr and an exit code.
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

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Prints a document to stdout. */
  void print(String document) {
    PrintWriter out = out();
    out.print(document);
    out.flush();
  }

  void warn(String warning) {
    err().println("warning: " + warning);
  }
}
