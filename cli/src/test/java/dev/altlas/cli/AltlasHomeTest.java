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

  @Test
  void aHomeThatCannotBeWrittenSaysWhyAndWhatToDo() throws IOException {
    Path home = dir.resolve("home");
    Path file = Files.writeString(dir.resolve("file"), "x");

    assertThat(AltlasHome.unusable(home, dir, true, true)).isEmpty();
    assertThat(AltlasHome.unusable(home, home, true, true)).isEmpty();
    assertThat(AltlasHome.unusable(home, home, true, false))
        .hasValueSatisfying(
            m -> assertThat(m).startsWith("the data directory " + home + " is read-only"));
    assertThat(AltlasHome.unusable(home, dir, true, false))
        .hasValueSatisfying(
            m -> assertThat(m).contains("cannot create", dir + " is read-only", "ALTLAS_HOME"));
    assertThat(new AltlasHome(file, true).unusable())
        .hasValueSatisfying(m -> assertThat(m).contains(file + " is a file, not a folder"));
    assertThat(new AltlasHome(file.resolve("below"), true).unusable())
        .hasValueSatisfying(m -> assertThat(m).contains("cannot create", file + " is a file"));
    assertThat(new AltlasHome(home, true).unusable()).isEmpty();
  }
}
