package dev.altlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code altlas.planner} in the settings file chooses the planner. */
class ConfiguredPlannerTest {
  @TempDir Path home;

  @Test
  void theLlmPlannerWithOnlyTheLocalProviderFallsBackToTheRulesAndSaysSo() throws Exception {
    Files.writeString(home.resolve("altlas.properties"), "altlas.planner=llm\n");

    var r = new Cli(home).run("plan", "Dosyaları sırala ve en büyük 10 tanesini göster");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).contains("name: llm", "fallback: rules", "type: data.top");
    assertThat(r.err()).contains("warning:");
  }

  @Test
  void anUnknownPlannerIsAUsageError() throws Exception {
    Files.writeString(home.resolve("altlas.properties"), "altlas.planner=magic\n");

    var r = new Cli(home).run("plan", "list ./docs");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("altlas.planner must be rules or llm, not 'magic'");
  }
}
