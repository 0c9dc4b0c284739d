package dev.altlas.tasks.builtin.fs;

import static dev.altlas.tasks.builtin.testing.Failures.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.altlas.tasks.builtin.testing.InMemoryTaskContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data directory under a name that no comparison of names can catch: a bind mount (on Linux; on
 * a case-insensitive file system another spelling is the same case). Only the identity check (same
 * directory on disk) refuses it. Needs permission to mount; skipped where there is none.
 */
class DataDirectoryIdentityTest {
  @TempDir Path base;
  @TempDir Path artifacts;
  private Path data;
  private Path root;
  private Path alias;
  private boolean mounted;

  @BeforeEach
  void bindMount() throws Exception {
    data = Files.createDirectories(base.toRealPath().resolve("data"));
    Files.writeString(data.resolve("altlas.properties"), "altlas.locale=tr\n");
    root = Files.createDirectories(base.toRealPath().resolve("ws"));
    alias = Files.createDirectories(root.resolve("alias"));
    mounted = run("mount", "--bind", data.toString(), alias.toString());
    assumeTrue(mounted, "bind mounts need privileges this machine does not give");
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted) {
      run("umount", alias.toString());
    }
  }

  private static boolean run(String... command) throws Exception {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  @Test
  void theDataDirectoryUnderAnotherNameIsStillRefused() throws Exception {
    var workspace = new Workspace(List.of(root), data);

    var refused =
        failure(
            () -> workspace.resolve("path", "alias/altlas.properties"),
            "fs.outside_workspace",
            false);
    assertThat(refused.getMessage()).contains("inside ALT_LAS's data directory");

    Map<?, ?> listed =
        (Map<?, ?>)
            new FsListHandler(workspace)
                .execute(
                    InMemoryTaskContext.of(
                        artifacts, Map.of("path", ".", "recursive", true, "include_hidden", true)));
    assertThat(listed.get("count")).isEqualTo(0);
  }
}
