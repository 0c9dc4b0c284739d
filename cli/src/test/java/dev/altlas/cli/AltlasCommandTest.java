package dev.altlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AltlasCommandTest {
  @TempDir Path dir;

  @Test
  void helpListsTheCommandsExitCodesAndDataDirectory() {
    Path home = dir.resolve("data");

    var result = new Cli(home).run("--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("plan", "validate", "import", "catalog", "home")
        .contains("Exit codes:")
        .contains("Data directory: " + home.toAbsolutePath());
  }

  @ParameterizedTest
  @ValueSource(strings = {"plan", "validate", "import", "catalog", "home"})
  void everyCommandHasHelp(String command) {
    var result = new Cli(dir).run(command, "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("Usage: altlas " + command);
    assertThat(result.err()).isEmpty();
  }

  @Test
  void helpCommandShowsTheHelpOfACommand() {
    var result = new Cli(dir).run("help", "plan");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("Usage: altlas plan");
  }

  @Test
  void versionNamesTheBuildTheFormatsTheJavaAndTheDataDirectory() {
    Path home = dir.resolve("data");

    var result = new Cli(home).run("--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .startsWith("altlas " + AltlasCommand.version())
        .contains(".alt 1", ".last 1", ".atlas 1")
        .contains("java: " + Runtime.version())
        .contains("home: " + home.toAbsolutePath() + " (set by ALTLAS_HOME)");
    assertThat(AltlasCommand.version()).isNotEqualTo("unknown").doesNotContain("${");
  }

  @Test
  void homePrintsTheDataDirectoryWithoutCreatingIt() {
    Path home = dir.resolve("data");

    var result = new Cli(home).run("home");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo(home.toAbsolutePath() + "\n");
    assertThat(Files.exists(home)).isFalse();
  }

  @Test
  void noCommandIsAUsageError() {
    var result = new Cli(dir).run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("missing a command").contains("altlas --help");
  }

  @Test
  void misspeltCommandIsAUsageErrorWithASuggestion() {
    var result = new Cli(dir).run("plna", "x");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("altlas plan");
  }

  @Test
  void unknownOptionIsAUsageError() {
    var result = new Cli(dir).run("validate", "--strict", "x.alt");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--strict").contains("altlas validate --help");
  }
}
