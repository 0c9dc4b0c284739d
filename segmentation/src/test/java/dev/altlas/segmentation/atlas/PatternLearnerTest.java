package dev.altlas.segmentation.atlas;

import static dev.altlas.segmentation.atlas.ArchivedRuns.NOW;
import static dev.altlas.segmentation.atlas.ArchivedRuns.plan;
import static dev.altlas.segmentation.atlas.ArchivedRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.archive.ArchivedRun;
import dev.altlas.format.AtlasValidator;
import dev.altlas.format.DocumentReader;
import dev.altlas.format.DocumentWriter;
import dev.altlas.format.Syntax;
import dev.altlas.model.Atlas;
import dev.altlas.model.CommandPattern;
import dev.altlas.model.Mode;
import dev.altlas.model.Persona;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import dev.altlas.model.RunStatus;
import dev.altlas.model.TemplateSlot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PatternLearnerTest {
  private static final String SUMMARIZE =
      "Summarize the text files in ./docs and list the three most important";

  private final PatternLearner learner = new PatternLearner(ArchivedRuns.CATALOG);

  @Test
  void aSucceededRunBecomesAPatternWithItsPlanAsTemplate() {
    Plan plan = plan(SUMMARIZE);
    ArchivedRun run = run(plan, RunStatus.SUCCEEDED, NOW, null);

    List<CommandPattern> patterns = learner.learn(List.of(run));

    assertThat(patterns).hasSize(1);
    CommandPattern p = patterns.get(0);
    assertThat(p.id()).matches("pat-[0-9a-f]{16}");
    assertThat(p.language()).isEqualTo("en");
    assertThat(p.intent()).isEqualTo("fs.list-fs.read-ai.summarize-ai.rank-data.top");
    assertThat(p.normalizedCommand())
        .isEqualTo("summarize the {glob} in {path} and list the {count} most important");
    assertThat(p.runs()).isEqualTo(1);
    assertThat(p.successRate()).isEqualTo(1.0);
    assertThat(p.lastSeen()).isEqualTo(NOW);
    assertThat(p.embedding()).isEmpty();
    assertThat(p.template().mode()).isEqualTo(Mode.NORMAL);
    assertThat(p.template().persona()).isEqualTo(Persona.TECHNICAL_EXPERT);
    assertThat(p.template().tasks()).isEqualTo(plan.tasks());
    assertThat(p.template().slots())
        .containsExactly(
            new TemplateSlot("list", "glob", "glob", "*.txt"),
            new TemplateSlot("list", "path", "path", "./docs"),
            new TemplateSlot("top", "count", "count", 3));
  }

  @Test
  void learnsTurkishCommandsWithTurkishCasing() {
    CommandPattern p =
        single(
            learner.learn(
                List.of(
                    ArchivedRuns.succeeded(
                        "./SAMPLES KLASÖRÜNDEKİ DOSYALARI SIRALA VE EN BÜYÜK 10 TANESİNİ GÖSTER"))));

    assertThat(p.language()).isEqualTo("tr");
    assertThat(p.intent()).isEqualTo("fs.list-data.sort-data.top");
    assertThat(p.normalizedCommand())
        .isEqualTo("{path} klasöründeki dosyaları sırala ve en büyük {count} tanesini göster");
    assertThat(p.template().slots())
        .containsExactly(
            new TemplateSlot("list", "path", "path", "./SAMPLES"),
            new TemplateSlot("top", "count", "count", 10));
  }

  @Test
  void aCountIsTheSlotOfTheStepThatAskedForItNotOfADefaultThatHappensToBeEqual() {
    Plan plan = plan("Summarize the 3 largest text files in ./docs");
    assertThat(task(plan, "data.top").params()).containsEntry("count", 3);
    assertThat(task(plan, "ai.summarize").params()).containsEntry("max_sentences", 3);

    CommandPattern p = single(learner.learn(List.of(run(plan, RunStatus.SUCCEEDED, NOW, null))));

    assertThat(p.template().slots())
        .filteredOn(s -> s.kind().equals("count"))
        .containsExactly(new TemplateSlot("top", "count", "count", 3));
  }

  @Test
  void aValueThePlanDoesNotHoldStaysInTheShape() {
    CommandPattern p =
        single(
            learner.learn(
                List.of(
                    ArchivedRuns.succeeded("Find all log files in /var/log larger than 10 MB"))));

    assertThat(p.normalizedCommand()).isEqualTo("find all {glob} in {path} larger than 10 mb");
  }

  @Test
  void pathsInsideLongerTextAreSlotsToo() {
    CommandPattern p =
        single(
            learner.learn(
                List.of(
                    ArchivedRuns.succeeded(
                        "Summarize the text files in ./docs and email the three most important to"
                            + " me@example.com"))));

    assertThat(p.template().slots())
        .contains(
            new TemplateSlot("email", "subject", "path", "./docs"),
            new TemplateSlot("email", "to", "email", "me@example.com"));
  }

  @Test
  void runsOfOneShapeAreOnePatternWithTheNewestSucceededPlanAsTemplate() {
    Instant t = NOW;
    var runs =
        List.of(
            run(plan(SUMMARIZE), RunStatus.SUCCEEDED, t, null),
            run(
                plan("Summarize the text files in ./reports and list the five most important"),
                RunStatus.SUCCEEDED,
                t.plus(Duration.ofHours(2)),
                null),
            run(
                plan("Summarize the text files in ./old and list the 7 most important"),
                RunStatus.SUCCEEDED,
                t.plus(Duration.ofHours(1)),
                null),
            run(
                plan("summarize   the TEXT files in ./x and list the two most important."),
                RunStatus.FAILED,
                t.plus(Duration.ofHours(3)),
                null));

    CommandPattern p = single(learner.learn(runs));

    assertThat(p.runs()).isEqualTo(4);
    assertThat(p.successRate()).isEqualTo(0.75);
    assertThat(p.lastSeen()).isEqualTo(t.plus(Duration.ofHours(3)));
    assertThat(p.template().slots())
        .extracting(TemplateSlot::example)
        .containsExactly("*.txt", "./reports", 5);
  }

  @Test
  void onlyFailuresGiveNoPattern() {
    assertThat(learner.learn(List.of(ArchivedRuns.failed(SUMMARIZE)))).isEmpty();
  }

  @Test
  void aRunArchivedWithoutItsPlanCountsForItsShape() {
    Plan other = plan("Summarize the text files in ./other and list the 4 most important");
    var runs =
        List.of(
            ArchivedRuns.succeeded(SUMMARIZE),
            ArchivedRuns.withoutPlan(other, RunStatus.FAILED, NOW.plusSeconds(60)));

    CommandPattern p = single(learner.learn(runs));

    assertThat(p.runs()).isEqualTo(2);
    assertThat(p.successRate()).isEqualTo(0.5);
    assertThat(p.lastSeen()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void modesAreLearnedApart() {
    var runs =
        List.of(
            ArchivedRuns.succeeded(SUMMARIZE),
            run(plan(SUMMARIZE, Mode.CHAOS, 7), RunStatus.FAILED, NOW, null),
            run(plan(SUMMARIZE, Mode.CHAOS, 8), RunStatus.SUCCEEDED, NOW, null));

    List<CommandPattern> patterns = learner.learn(runs);

    assertThat(patterns).extracting(p -> p.template().mode()).contains(Mode.NORMAL, Mode.CHAOS);
    assertThat(patterns)
        .filteredOn(p -> p.template().mode() == Mode.NORMAL)
        .singleElement()
        .satisfies(p -> assertThat(p.successRate()).isEqualTo(1.0));
  }

  @Test
  void aPlanThatReadsInputsCannotBeATemplate() {
    Plan plan =
        plan(
            "./notlar klasöründeki markdown dosyalarını oku ve en önemli üçünü bana e-posta ile"
                + " gönder");
    assertThat(plan.inputs()).isNotEmpty();

    assertThat(learner.learn(List.of(run(plan, RunStatus.SUCCEEDED, NOW, null)))).isEmpty();
  }

  @Test
  void theEmbeddingIsTheMeanOfTheRunsThatHaveOne() {
    var runs =
        List.of(
            run(plan(SUMMARIZE), RunStatus.SUCCEEDED, NOW, new float[] {1, 0, 0}),
            run(plan(SUMMARIZE), RunStatus.FAILED, NOW, new float[] {0, 1, 0}),
            run(plan(SUMMARIZE), RunStatus.SUCCEEDED, NOW, null),
            run(plan(SUMMARIZE), RunStatus.SUCCEEDED, NOW, new float[] {9, 9}));

    assertThat(single(learner.learn(runs)).embedding()).containsExactly(0.5f, 0.5f, 0f);
  }

  @Test
  void theOrderOfTheRunsDoesNotMatter() {
    var runs = new ArrayList<ArchivedRun>();
    for (String command : CorpusCommands.all()) {
      runs.add(ArchivedRuns.succeeded(command));
      runs.add(ArchivedRuns.failed(command));
    }
    List<CommandPattern> forward = learner.learn(runs);

    Collections.reverse(runs);

    assertThat(learner.learn(runs)).isEqualTo(forward);
  }

  @Test
  void theCorpusLearnsIntoAValidAtlasThatReadsBack() {
    List<CommandPattern> patterns =
        learner.learn(CorpusCommands.all().stream().map(ArchivedRuns::succeeded).toList());
    var atlas = new Atlas(Atlas.FORMAT_VERSION, NOW, "test", 94, patterns, null, null, null);

    assertThat(patterns).hasSizeGreaterThan(80);
    assertThat(patterns).extracting(CommandPattern::id).doesNotHaveDuplicates();
    assertThat(new AtlasValidator(ArchivedRuns.CATALOG).validate(atlas)).isEmpty();
    var writer = new DocumentWriter();
    for (Syntax syntax : Syntax.values()) {
      String written = writer.write(atlas, syntax);
      Atlas read = new DocumentReader(ArchivedRuns.CATALOG).readAtlas(written);
      assertThat(writer.write(read, syntax)).isEqualTo(written);
    }
  }

  @Test
  @Timeout(60)
  void aHundredThousandRunsAreLearnedInSeconds() {
    List<String> families =
        List.of(
            "Summarize the text files in ./docs%d and list the %d most important",
            "./klasor%d klasöründeki dosyaları sırala ve en büyük %d tanesini göster",
            "List the %2$d largest PDFs in ~/Downloads/%1$d",
            "Download https://example.com/%d.html and summarize it in %d sentences");
    var runs = new ArrayList<ArchivedRun>();
    for (int i = 0; runs.size() < 100_000; i++) {
      String command = String.format(families.get(i % 4), i % 250, 1 + i % 9);
      Plan plan = plan(command);
      for (int k = 0; k < 100; k++) {
        RunStatus status = k % 10 == 0 ? RunStatus.FAILED : RunStatus.SUCCEEDED;
        runs.add(run(plan, status, NOW.plusSeconds(k), null));
      }
    }

    long start = System.nanoTime();
    List<CommandPattern> patterns = learner.learn(runs);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(patterns).hasSize(4);
    assertThat(patterns).extracting(CommandPattern::runs).containsOnly(25_000L);
    assertThat(patterns).extracting(CommandPattern::successRate).containsOnly(0.9);
    assertThat(took).isLessThan(Duration.ofSeconds(20));
  }

  private static CommandPattern single(List<CommandPattern> patterns) {
    assertThat(patterns).hasSize(1);
    return patterns.get(0);
  }

  private static PlanTask task(Plan plan, String type) {
    return plan.tasks().stream().filter(t -> t.type().equals(type)).findFirst().orElseThrow();
  }
}
