package dev.altlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanArgumentTest {
  private static PlanArgument of(String... words) {
    return PlanArgument.of(List.of(words), p -> p.toString().equals("plans/real.alt"));
  }

  @Test
  void oneWordNamingAFileIsTheFile() {
    assertThat(of("plans/real.alt")).isEqualTo(new PlanArgument.File(Path.of("plans/real.alt")));
  }

  @Test
  void aPlanFileNameThatNamesNothingIsAMistake() {
    for (String name :
        List.of("plans/does-not-exist.alt", "plan.alt", "PLAN.YAML", "p.yml", "p.json", "./a/b")) {
      assertThat(of(name)).as(name).isEqualTo(new PlanArgument.MissingFile(name));
    }
  }

  @Test
  void sentencesWordsAndAddressesAreCommands() {
    assertThat(of("list ./docs")).isEqualTo(new PlanArgument.Command("list ./docs"));
    assertThat(of("list", "./docs")).isEqualTo(new PlanArgument.Command("list ./docs"));
    assertThat(of("hello")).isEqualTo(new PlanArgument.Command("hello"));
    assertThat(of("https://example.com/feed"))
        .isEqualTo(new PlanArgument.Command("https://example.com/feed"));
    assertThat(of("list ./a\u0000b")).isEqualTo(new PlanArgument.Command("list ./a\u0000b"));
    assertThat(of("./a\u0000b.alt")).isEqualTo(new PlanArgument.Command("./a\u0000b.alt"));
  }
}
