package dev.altlas.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.model.Atlas;
import dev.altlas.model.Plan;
import dev.altlas.model.RunResult;
import dev.altlas.model.RunStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The published, commented examples in docs/formats are valid and mean what they say. */
class ExamplesTest {
  private static final Path EXAMPLES = Path.of("../docs/formats/examples");
  private final DocumentReader reader = new DocumentReader(TaskCatalog.builtin());
  private final DocumentWriter writer = new DocumentWriter();

  @Test
  void thePlanExampleIsTheListReadSummarizeRankTopEmailChain() throws IOException {
    Plan plan = reader.readPlan(Files.readString(EXAMPLES.resolve("summarize-docs.alt")));

    assertThat(plan.tasks())
        .extracting(t -> t.type())
        .containsExactly(
            "fs.list", "fs.read", "ai.summarize", "ai.rank", "data.top", "notify.email");
    assertThat(reader.readPlan(writer.write(plan, Syntax.JSON))).isEqualTo(plan);
  }

  @Test
  void theRunExampleCopiesThePlanHeader() throws IOException {
    Plan plan = reader.readPlan(Files.readString(EXAMPLES.resolve("summarize-docs.alt")));
    RunResult run = reader.readRun(Files.readString(EXAMPLES.resolve("summarize-docs.last")));

    assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
    assertThat(run.plan()).isEqualTo(plan.header());
    assertThat(reader.readRun(writer.write(run, Syntax.YAML))).isEqualTo(run);
  }

  @Test
  void theAtlasExampleRoundTrips() throws IOException {
    Atlas atlas = reader.readAtlas(Files.readString(EXAMPLES.resolve("team.atlas")));

    assertThat(atlas.patterns()).isNotEmpty();
    assertThat(reader.readAtlas(writer.write(atlas, Syntax.YAML))).isEqualTo(atlas);
  }
}
