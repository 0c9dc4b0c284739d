package dev.altlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AltlasHomeTest {
  @TempDir Path dir;

  @Test
  void defaultsToDotAltlasInTheUserHome() {
    var home = AltlasHome.resolve(Map.of(), dir.toString());

    assertThat(home.path()).isEqualTo(dir.resolve(".altlas").toAbsolutePath());
    assertThat(home.setByVariable()).isFalse();
    assertThat(home.origin()).contains("default").contains("ALTLAS_HOME");
  }

  @Test
  void variableMovesIt() {
    Path elsewhere = dir.resolve("elsewhere");

    var home = AltlasHome.resolve(Map.of("ALTLAS_HOME", elsewhere.toString()), "/nowhere");

    assertThat(home.path()).isEqualTo(elsewhere.toAbsolutePath());
    assertThat(home.origin()).isEqualTo("set by ALTLAS_HOME");
  }

  @Test
  void blankVariableIsIgnoredAndTildeIsTheUserHome() {
    assertThat(AltlasHome.resolve(Map.of("ALTLAS_HOME", "  "), dir.toString()).path())
        .isEqualTo(dir.resolve(".altlas").toAbsolutePath());
    assertThat(AltlasHome.resolve(Map.of("ALTLAS_HOME", "~/data"), dir.toString()).path())
        .isEqualTo(dir.resolve("data").toAbsolutePath());
  }

  @Test
  void createdOnlyWhenAsked() throws IOException {
    var home = AltlasHome.resolve(Map.of("ALTLAS_HOME", dir.resolve("a/b").toString()), "/");

    assertThat(Files.exists(home.path())).isFalse();
    assertThat(home.create()).isDirectory();
  }
}
