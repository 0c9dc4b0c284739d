package dev.altlas.cli;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.format.DocumentKind;
import dev.altlas.plan.Planner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code altlas}: the root command; the work is done by its subcommands. */
@Command(
    name = "altlas",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    synopsisHeading = "Usage: ",
    descriptionHeading = "%n",
    description = {
      "Turns a command, in Turkish or English, into an .alt plan (a graph of catalog tasks) and"
          + " runs it durably, keeping each .last result in a searchable archive; learns .atlas"
          + " knowledge from what succeeded and reuses proven plans; validates .alt, .last and"
          + " .atlas files; imports the plans of the ALT_LAS prototypes."
    },
    optionListHeading = "%nOptions:%n",
    commandListHeading = "%nCommands:%n",
    subcommands = {
      PlanCommand.class,
      RunCommand.class,
      RunsCommand.class,
      ResumeCommand.class,
      ShowCommand.class,
      CancelCommand.class,
      ApproveCommand.class,
      RejectCommand.class,
      ValidateCommand.class,
      ImportCommand.class,
      SearchCommand.class,
      ArchiveCommand.class,
      AtlasCommand.class,
      CatalogCommand.class,
      HomeCommand.class,
      HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done; the document is valid",
      "1:the document is invalid, or the work failed",
      "2:usage error: unknown option or value, missing or unreadable file"
    })
public final class AltlasCommand implements Callable<Integer> {

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Show the stack trace of an unexpected error.")
  boolean debug;

  private final AltlasHome home;
  private final Clock clock;
  private final InputStream stdin;
  private final Supplier<Planner> planners;
  private CommandSpec spec;

  /** The command as {@code altlas} runs it: this process's environment, clock and stdin. */
  public AltlasCommand() {
    this(AltlasHome.fromEnvironment(), Clock.systemUTC(), System.in);
  }

  /**
   * @param home the data directory
   * @param clock the time written into plans as {@code created_at}
   * @param stdin what {@code -} reads as a file
   */
  public AltlasCommand(AltlasHome home, Clock clock, InputStream stdin) {
    this(
        home,
        clock,
        stdin,
        () ->
            ConfiguredPlanner.from(
                AltlasSettings.load(home, System.getProperties(), java.nio.file.Path.of("")),
                home.path()));
  }

  /** With another planner, for tests of what the command does when planning goes wrong. */
  AltlasCommand(AltlasHome home, Clock clock, InputStream stdin, Supplier<Planner> planners) {
    this.home = home;
    this.clock = clock;
    this.stdin = stdin;
    this.planners = planners;
  }

  @Spec
  void spec(CommandSpec commandSpec) {
    this.spec = commandSpec;
    commandSpec.version(versionLines());
    commandSpec
        .usageMessage()
        .footer(
            "",
            "Data directory: "
                + escape(Terminal.safe(home.path().toString()))
                + " ("
                + home.origin()
                + ")",
            "",
            "Examples:",
            "  altlas run \"Summarize the text files in ./samples/docs and list the three most important\"",
            "  altlas plan \"List the text files in ./docs and show the 3 largest\"",
            "  altlas plan --format json \"Dosyaları sırala ve en büyük 10 tanesini göster\"",
            "  altlas validate plan.alt",
            "  altlas import legacy-plan.json > plan.alt",
            "  altlas catalog fs.list",
            "  altlas search --facets kitaplar",
            "  altlas atlas show",
            "",
            "Run 'altlas COMMAND --help' for the options of a command.");
  }

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    err.println(
        "altlas: missing a command: "
            + String.join(", ", spec.subcommands().keySet())
            + "; e.g. altlas plan \"list the files in ./docs\"");
    err.println("Try 'altlas --help' for more information.");
    err.flush();
    return ExitCodes.USAGE;
  }

  AltlasHome home() {
    return home;
  }

  Clock clock() {
    return clock;
  }

  InputStream stdin() {
    return stdin;
  }

  boolean debug() {
    return debug;
  }

  TaskCatalog catalog() {
    return TaskCatalog.builtin();
  }

  /** Everything under the data directory, with this process's settings. */
  Installation installation() throws CliFailure {
    return Installation.open(
        home, AltlasSettings.load(home, System.getProperties(), java.nio.file.Path.of("")), clock);
  }

  Planner planner() {
    return planners.get();
  }

  /** {@code altlas --version}: the build, the formats it reads, the JVM and the data directory. */
  String[] versionLines() {
    var lines = new ArrayList<String>();
    lines.add("altlas " + version());
    var formats = new StringBuilder("formats:");
    for (DocumentKind kind : DocumentKind.values()) {
      formats.append(kind.ordinal() == 0 ? " " : ", ");
      formats.append('.').append(kind.extension()).append(' ').append(kind.newestVersion());
    }
    lines.add(formats.toString());
    lines.add(
        "java: "
            + Runtime.version()
            + " ("
            + System.getProperty("java.vendor", "unknown vendor")
            + ") at "
            + escape(System.getProperty("java.home", "?")));
    lines.add(
        "home: " + escape(Terminal.safe(home.path().toString())) + " (" + home.origin() + ")");
    return lines.toArray(String[]::new);
  }

  /** The version this build was made as, e.g. {@code 0.1.0-SNAPSHOT}. */
  static String version() {
    try (InputStream in = AltlasCommand.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      var properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Help and version text go through {@code String.format}. */
  private static String escape(String text) {
    return text.replace("%", "%%");
  }
}
