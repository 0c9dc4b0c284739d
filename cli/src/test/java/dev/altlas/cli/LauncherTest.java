package dev.altlas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code ./altlas} script. It is pointed at this test's class path with {@code
 * ALTLAS_CLASSPATH}, so that it builds nothing while Maven is building; {@code .ci/run} exercises
 * the build step from a built tree.
 */
class LauncherTest {
  static final Path LAUNCHER = Path.of("..", "altlas").toAbsolutePath().normalize();

  @TempDir Path dir;

  record Run(int exitCode, String out, String err) {}

  @Test
  void versionRunsThroughTheLauncher() throws Exception {
    Run run = launch(List.of("--version"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("altlas " + AltlasCommand.version())
        .contains("home: " + dir.resolve("home"));
  }

  @Test
  void nonAsciiArgumentsSurviveAPlainCLocale() throws Exception {
    String command = "Dosyaları sırala ve en büyük 10 tanesini göster";

    Run run = launch(List.of("plan", "--format", "json", command));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"command\" : \"" + command + "\"");
  }

  @Test
  void usageErrorsExitWithTwo() throws Exception {
    Run run = launch(List.of("plan", "--mode", "nonsense", "x"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'nonsense' is not a mode");
  }

  private Run launch(List<String> args) throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
    var command = new java.util.ArrayList<String>();
    command.add(LAUNCHER.toString());
    command.addAll(args);
    var builder = new ProcessBuilder(command).directory(dir.toFile());
    var env = builder.environment();
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("ALTLAS_CLASSPATH", System.getProperty("java.class.path"));
    env.put("ALTLAS_HOME", dir.resolve("home").toString());
    env.remove("ALTLAS_JAVA_OPTS");
    // A bare C locale, as on many CI machines and containers.
    env.remove("LC_ALL");
    env.remove("LC_CTYPE");
    env.put("LANG", "C");
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("./altlas did not finish in 60 s");
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
