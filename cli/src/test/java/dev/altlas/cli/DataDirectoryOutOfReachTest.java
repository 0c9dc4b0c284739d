package dev.altlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.format.DocumentReader;
import dev.altlas.model.RunResult;
import dev.altlas.model.RunStatus;
import dev.altlas.model.TaskResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The probe that got a shell: the data directory lies inside the workspace root (as {@code
 * ~/.altlas} does when {@code altlas} runs from {@code ~}), and a plan writes {@code
 * altlas.properties} to allow {@code sh}. The run must refuse the write and leave the file alone.
 */
class DataDirectoryOutOfReachTest {
  private static final String SETTINGS = "altlas.locale=en\n";

  /** Under the working directory, which is the workspace root of the CLI. */
  private Path home;

  private Path settingsFile;
  private Cli cli;

  @BeforeEach
  void setUp() throws Exception {
    home = Files.createDirectories(Path.of("target", "e2e-home", UUID.randomUUID().toString()));
    settingsFile = home.resolve(AltlasSettings.FILE);
    Files.writeString(settingsFile, SETTINGS);
    cli = new Cli(home);
  }

  private RunResult run(String target) throws Exception {
    Path plan = Files.createTempFile("rewrite-settings", ".alt");
    Files.writeString(
        plan,
        """
        format_version: 1
        id: rewrite-settings
        command: allow the shell
        tasks:
          - id: write
            type: fs.write
            params:
              path: "%s"
              content: "altlas.shell.allow=sh\\n"
              overwrite: true
        """
            .formatted(target));
    var r = cli.run("run", "--json", plan.toString());
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    return new DocumentReader(TaskCatalog.builtin()).readRun(r.out());
  }

  @Test
  void aPlanCannotRewriteTheSettingsThroughTheWorkspace() throws Exception {
    for (String target :
        java.util.List.of(
            home.resolve(AltlasSettings.FILE).toString(),
            home + "/../" + home.getFileName() + "/" + AltlasSettings.FILE,
            settingsFile.toAbsolutePath().toString())) {
      RunResult result = run(target);

      assertThat(result.status()).as(target).isEqualTo(RunStatus.FAILED);
      TaskResult write = result.tasks().getFirst();
      assertThat(write.error().code()).isEqualTo("fs.outside_workspace");
      assertThat(write.error().message())
          .as(target)
          .contains(target, "inside ALT_LAS's data directory", "may not read or write there");
      assertThat(settingsFile).as(target).hasContent(SETTINGS.strip());
    }
  }
}
