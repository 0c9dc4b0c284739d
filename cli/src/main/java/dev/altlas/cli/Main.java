package dev.altlas.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.UnmatchedArgumentException;

/** The entry point of {@code altlas}. */
public final class Main {
  /**
   * Lucene warns on every start that the incubating Vector API is not enabled; enabling it makes
   * the JVM print its own warning instead. Held here because JUL keeps loggers weakly.
   */
  private static final java.util.logging.Logger LUCENE_VECTORS =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs {@code altlas} with this process's streams and returns the exit code. */
  static int run(String... args) {
    // Libraries' informational logging would mix with progress; warnings still show.
    java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    LUCENE_VECTORS.setLevel(java.util.logging.Level.SEVERE);
    CommandLine commandLine = commandLine(new AltlasCommand());
    // Documents are UTF-8 whatever the locale says, also when stdout is a pipe or a file.
    PrintWriter out = utf8(System.out);
    PrintWriter err = utf8(System.err);
    commandLine.setOut(out).setErr(err);
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * The command line of {@code altlas} with its error handling: usage errors are one line and a
   * hint (exit 2), unexpected errors one line (exit 1) and a stack trace only with {@code --debug}.
   */
  public static CommandLine commandLine(AltlasCommand root) {
    var commandLine = new CommandLine(root);
    commandLine.setParameterExceptionHandler(usageErrors());
    commandLine.setExecutionExceptionHandler(unexpectedErrors(root));
    return commandLine;
  }

  private static IParameterExceptionHandler usageErrors() {
    return (ex, args) -> {
      CommandLine command = ex.getCommandLine();
      // The message quotes the arguments, which may hold anything.
      PrintWriter err = Terminal.sanitizing(command.getErr());
      String name = command.getCommandSpec().qualifiedName();
      err.println(name + ": " + ex.getMessage());
      UnmatchedArgumentException.printSuggestions(ex, err);
      err.println("Try '" + name + " --help' for more information.");
      err.flush();
      return command.getCommandSpec().exitCodeOnInvalidInput();
    };
  }

  private static IExecutionExceptionHandler unexpectedErrors(AltlasCommand root) {
    return (ex, command, parseResult) -> {
      PrintWriter err = Terminal.sanitizing(command.getErr());
      String name = command.getCommandSpec().qualifiedName();
      err.println(name + ": unexpected error: " + firstLine(ex.toString()));
      if (root.debug()) {
        ex.printStackTrace(err);
      } else {
        err.println("This is a bug in ALT_LAS; run again with --debug to see where it happened.");
      }
      err.flush();
      return ExitCodes.FAILED;
    };
  }

  /** Some exceptions' messages run over several lines; the first says what happened. */
  static String firstLine(String text) {
    String stripped = text.strip();
    int newline = stripped.indexOf('\n');
    return newline < 0 ? stripped : stripped.substring(0, newline).stripTrailing() + " …";
  }

  private static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}
