package dev.altlas.segmentation.atlas;

import static dev.altlas.segmentation.atlas.ArchivedRuns.CATALOG;
import static dev.altlas.segmentation.atlas.ArchivedRuns.NOW;
import static dev.altlas.segmentation.atlas.ArchivedRuns.RULES;
import static dev.altlas.segmentation.atlas.ArchivedRuns.plan;
import static dev.altlas.segmentation.atlas.ArchivedRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.archive.ArchivedRun;
import dev.altlas.format.DocumentReader;
import dev.altlas.format.DocumentWriter;
import dev.altlas.format.PlanValidator;
import dev.altlas.format.Syntax;
import dev.altlas.model.Atlas;
import dev.altlas.model.CommandPattern;
import dev.altlas.model.Mode;
import dev.altlas.model.Persona;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import dev.altlas.model.PlanTemplate;
import dev.altlas.model.RunStatus;
import dev.altlas.model.TemplateSlot;
import dev.altlas.plan.PlanRequest;
import dev.altlas.plan.Planner;
import dev.altlas.segmentation.PlanConventions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AtlasPlannerTest {
  private static final String SUMMARIZE =
      "Summarize the text files in ./docs and list the three most important";
  private static final String SIRALA =
      "./samples klasöründeki dosyaları sırala ve en büyük 10 tanesini göster";

  /** The fallback's plan, to tell it apart from any plan the atlas planner writes. */
  private static final Plan FALLBACK_PLAN = plan("Write a short poem about autumn");

  private static final Planner FALLBACK =
      new Planner() {
        @Override
        public String name() {
          return "fallback";
        }

        @Override
        public Plan plan(PlanRequest request) {
          return FALLBACK_PLAN;
        }
      };

  private static final PatternLearner LEARNER = new PatternLearner(CATALOG);

  private static Atlas atlasOf(List<ArchivedRun> runs) {
    return new Atlas(
        Atlas.FORMAT_VERSION, NOW, "test", runs.size(), LEARNER.learn(runs), null, null, null);
  }

  private static AtlasPlanner planner(Atlas atlas) {
    return new AtlasPlanner(
        () -> Knowledge.of(atlas), FALLBACK, CATALOG, null, ReuseSettings.defaults());
  }

  private static PlanRequest request(String command) {
    return PlanRequest.of(command, 1L, NOW);
  }

  @Test
  void anEnglishCommandLikeOneThatSucceededReusesItsPlanWithItsOwnValues() {
    Plan learned = plan(SUMMARIZE);
    Atlas atlas = atlasOf(List.of(run(learned, RunStatus.SUCCEEDED, NOW, null)));
    String command = "Summarize the text files in ./reports and list the five most important";

    Plan plan = planner(atlas).plan(request(command));

    assertThat(plan.planner().name()).isEqualTo("atlas");
    assertThat(plan.planner().details())
        .containsEntry("pattern_id", atlas.patterns().get(0).id())
        .containsEntry("intent", "fs.list-fs.read-ai.summarize-ai.rank-data.top")
        .containsEntry("match", "exact")
        .containsEntry("similarity", 1.0)
        .containsEntry("success_rate", 1.0)
        .containsEntry("runs", 1L);
    assertThat(plan.command()).isEqualTo(command);
    assertThat(plan.id()).isEqualTo(PlanConventions.planId(request(command)));
    assertThat(plan.createdAt()).isEqualTo(NOW);
    assertThat(plan.language()).isEqualTo("en");
    assertThat(plan.tags()).containsExactly("ai", "data", "fs");
    assertThat(task(plan, "list").params())
        .containsEntry("path", "./reports")
        .containsEntry("glob", "*.txt");
    assertThat(task(plan, "list").title()).contains("./reports").doesNotContain("./docs");
    assertThat(task(plan, "top").params()).containsEntry("count", 5);
    assertThat(task(plan, "top").title()).isEqualTo("Keep the first 5 (data.top)");
    assertThat(task(plan, "top").metadata().sourceText()).isEqualTo("list the five most important");
    assertThat(task(plan, "summarize").params()).containsEntry("max_sentences", 3);
    assertThat(graph(plan)).isEqualTo(graph(learned));
    assertThat(new PlanValidator(CATALOG).validate(plan)).isEmpty();
  }

  @Test
  void aTurkishCommandLikeOneThatSucceededReusesItsPlanWithItsOwnValues() {
    Atlas atlas = atlasOf(List.of(ArchivedRuns.succeeded(SIRALA)));

    for (String command :
        List.of(
            "./raporlar klasöründeki dosyaları sırala ve en büyük 3 tanesini göster",
            "./raporlar klasöründeki dosyaları sırala ve en büyük üç tanesini göster",
            "./RAPORLAR KLASÖRÜNDEKİ DOSYALARI SIRALA VE EN BÜYÜK 3 TANESİNİ GÖSTER")) {
      Plan plan = planner(atlas).plan(request(command));

      assertThat(plan.planner().name()).as(command).isEqualTo("atlas");
      assertThat(plan.planner().details()).containsEntry("match", "exact");
      assertThat(plan.language()).isEqualTo("tr");
      assertThat(task(plan, "list").params().get("path"))
          .asString()
          .isEqualToIgnoringCase("./raporlar");
      assertThat(task(plan, "sort").params()).containsEntry("by", "size");
      assertThat(task(plan, "top").params()).containsEntry("count", 3);
      assertThat(task(plan, "top").title()).isEqualTo("İlk 3 tanesini al (data.top)");
    }
  }

  @Test
  void theReusedPlanIsTheOneTheRulesWouldWriteForTheNewCommand() {
    Atlas atlas = atlasOf(List.of(ArchivedRuns.succeeded(SIRALA)));
    String command = "./raporlar klasöründeki dosyaları sırala ve en büyük 3 tanesini göster";

    Plan reused = planner(atlas).plan(request(command));

    assertThat(reused.tasks()).isEqualTo(RULES.plan(request(command)).tasks());
  }

  @Test
  void aPatternThatRarelySucceededIsNotReused() {
    var runs = new ArrayList<ArchivedRun>();
    runs.add(ArchivedRuns.succeeded(SUMMARIZE));
    for (int i = 0; i < 4; i++) {
      runs.add(ArchivedRuns.failed(SUMMARIZE));
    }
    Atlas atlas = atlasOf(runs);
    assertThat(atlas.patterns())
        .singleElement()
        .satisfies(p -> assertThat(p.successRate()).isEqualTo(0.2));

    assertThat(planner(atlas).plan(request(SUMMARIZE))).isSameAs(FALLBACK_PLAN);
  }

  @Test
  void aPatternWithTooFewRunsIsNotReused() {
    Atlas atlas = atlasOf(List.of(ArchivedRuns.succeeded(SUMMARIZE)));
    var planner =
        new AtlasPlanner(
            () -> Knowledge.of(atlas), FALLBACK, CATALOG, null, new ReuseSettings(0.8, 2, 0.85));

    assertThat(planner.plan(request(SUMMARIZE))).isSameAs(FALLBACK_PLAN);
  }

  @Test
  void aCommandOfAnotherShapeGetsTheFallbacksPlanUnchanged() {
    Atlas atlas = atlasOf(List.of(ArchivedRuns.succeeded(SUMMARIZE)));

    assertThat(planner(atlas).plan(request("Summarize the text files in ./docs")))
        .isSameAs(FALLBACK_PLAN);
    assertThat(planner(atlas).plan(request("List the 5 largest PDFs in ~/Downloads")))
        .isSameAs(FALLBACK_PLAN);
  }

  @Test
  void anEmptyAtlasLeavesEveryCommandToTheFallback() {
    var empty = new Atlas(Atlas.FORMAT_VERSION, NOW, "test", 0, null, null, null, null);

    assertThat(planner(empty).plan(request(SUMMARIZE))).isSameAs(FALLBACK_PLAN);
  }

  @Test
  void aValueThePlanDidNotHoldMustBeTheSame() {
    Atlas atlas =
        atlasOf(
            List.of(ArchivedRuns.succeeded("Find all log files in /var/log larger than 10 MB")));

    Plan sameSize =
        planner(atlas).plan(request("Find all log files in /tmp/logs larger than 10 MB"));
    Plan otherSize =
        planner(atlas).plan(request("Find all log files in /tmp/logs larger than 20 MB"));

    assertThat(sameSize.planner().name()).isEqualTo("atlas");
    assertThat(task(sameSize, "list").params()).containsEntry("path", "/tmp/logs");
    assertThat(otherSize).isSameAs(FALLBACK_PLAN);
  }

  @Test
  void thePatternMustBeOfTheRequestsMode() {
    Atlas atlas = atlasOf(List.of(ArchivedRuns.succeeded(SUMMARIZE)));
    var explore = new PlanRequest(SUMMARIZE, null, Mode.EXPLORE, null, null, 1L, NOW);

    assertThat(planner(atlas).plan(explore)).isSameAs(FALLBACK_PLAN);
  }

  @Test
  void aChaosPlanDrawsItsOwnFaultsFromTheRequestsSeed() {
    Atlas atlas =
        atlasOf(List.of(run(plan(SUMMARIZE, Mode.CHAOS, 7), RunStatus.SUCCEEDED, NOW, null)));
    String command = "Summarize the text files in ./reports and list the five most important";
    var request = new PlanRequest(command, null, Mode.CHAOS, null, 5, 42L, NOW);

    Plan plan = planner(atlas).plan(request);

    assertThat(plan.planner().name()).isEqualTo("atlas");
    assertThat(plan.mode()).isEqualTo(Mode.CHAOS);
    assertThat(plan.chaosLevel()).isEqualTo(5);
    List<PlanTask> unfaulted = plan.tasks().stream().map(t -> t.withChaos(null)).toList();
    assertThat(plan.tasks()).isEqualTo(PlanConventions.withChaos(unfaulted, request));
    assertThat(planner(atlas).plan(request)).isEqualTo(plan);
  }

  @Test
  void aFilledPlanThatIsNotValidIsNotUsed() {
    var broken =
        new CommandPattern(
            "pat-broken",
            "fs.list",
            "en",
            "list the files in {path}",
            List.of(),
            new PlanTemplate(
                Mode.NORMAL,
                Persona.TECHNICAL_EXPERT,
                List.of(
                    PlanTask.of("list", "fs.no_such_type", "List", Map.of("path", "./a"), null)),
                List.of(new TemplateSlot("list", "path", "path", "./a"))),
            10,
            1.0,
            NOW);
    var atlas = new Atlas(Atlas.FORMAT_VERSION, NOW, "test", 10, List.of(broken), null, null, null);

    assertThat(planner(atlas).plan(request("List the files in ./b"))).isSameAs(FALLBACK_PLAN);
  }

  @Test
  void theSameRequestGivesTheSamePlanAndAnAtlasReadFromAFileServesAlike() {
    Atlas atlas =
        atlasOf(List.of(ArchivedRuns.succeeded(SUMMARIZE), ArchivedRuns.succeeded(SIRALA)));
    String written = new DocumentWriter().write(atlas, Syntax.YAML);
    Atlas read = new DocumentReader(CATALOG).readAtlas(written);

    for (String command :
        List.of(
            "Summarize the text files in ./reports and list the five most important",
            "./raporlar klasöründeki dosyaları sırala ve en büyük 3 tanesini göster")) {
      Plan plan = planner(atlas).plan(request(command));
      assertThat(planner(atlas).plan(request(command))).isEqualTo(plan);
      assertThat(planner(read).plan(request(command))).isEqualTo(plan);
    }
  }

  @Test
  void withAModelACommandOfAnotherShapeButTheSameMeaningReusesTheClosestPattern() {
    WordEmbeddings model = WordEmbeddings.of("summar", "important", "sırala");
    Atlas atlas =
        atlasOf(
            List.of(
                run(plan(SUMMARIZE), RunStatus.SUCCEEDED, NOW, model.vector(SUMMARIZE)),
                run(plan(SIRALA), RunStatus.SUCCEEDED, NOW, model.vector(SIRALA))));
    var planner =
        new AtlasPlanner(
            () -> Knowledge.of(atlas), FALLBACK, CATALOG, model, ReuseSettings.defaults());
    String command =
        "Please summarize all the text files in ./reports, then list the 5 most important";

    Plan plan = planner.plan(request(command));

    assertThat(plan.planner().name()).isEqualTo("atlas");
    assertThat(plan.planner().details())
        .containsEntry("match", "semantic")
        .containsEntry("similarity", 1.0)
        .containsEntry("intent", "fs.list-fs.read-ai.summarize-ai.rank-data.top");
    assertThat(task(plan, "list").params()).containsEntry("path", "./reports");
    assertThat(task(plan, "top").params()).containsEntry("count", 5);
    assertThat(new PlanValidator(CATALOG).validate(plan)).isEmpty();
  }

  @Test
  void aMatchByMeaningNeedsAValueForEverySlotAndCloseEnoughMeaning() {
    WordEmbeddings model = WordEmbeddings.of("summar", "important", "text");
    Atlas atlas =
        atlasOf(List.of(run(plan(SUMMARIZE), RunStatus.SUCCEEDED, NOW, model.vector(SUMMARIZE))));
    var planner =
        new AtlasPlanner(
            () -> Knowledge.of(atlas), FALLBACK, CATALOG, model, ReuseSettings.defaults());

    assertThat(planner.plan(request("Please summarize the text files and list the most important")))
        .as("no path and no count for the slots")
        .isSameAs(FALLBACK_PLAN);
    assertThat(planner.plan(request("Please summarize ./reports and list the 5 best")))
        .as("similarity 0.58")
        .isSameAs(FALLBACK_PLAN);
  }

  @Test
  void aModelThatCannotEmbedMeansNoMatchByMeaning() {
    var failing = new WordEmbeddings(true, "summar");
    Atlas atlas = atlasOf(List.of(run(plan(SUMMARIZE), RunStatus.SUCCEEDED, NOW, new float[] {1})));
    var planner =
        new AtlasPlanner(
            () -> Knowledge.of(atlas), FALLBACK, CATALOG, failing, ReuseSettings.defaults());

    assertThat(
            planner.plan(
                request("Please summarize the text files in ./a and list the 5 most important")))
        .isSameAs(FALLBACK_PLAN);
    assertThat(failing.calls()).isEqualTo(1);
    assertThat(planner.plan(request(SUMMARIZE)).planner().name()).isEqualTo("atlas");
    assertThat(failing.calls()).as("an exact match asks no model").isEqualTo(1);
  }

  /**
   * A pattern learned from {@code command}, with {@code change} applied to its template's tasks.
   */
  private static CommandPattern learnedThenChanged(
      String command, java.util.function.UnaryOperator<List<PlanTask>> change) {
    CommandPattern learned = atlasOf(List.of(ArchivedRuns.succeeded(command))).patterns().get(0);
    PlanTemplate t = learned.template();
    return new CommandPattern(
        learned.id(),
        learned.intent(),
        learned.language(),
        learned.normalizedCommand(),
        learned.embedding(),
        new PlanTemplate(t.mode(), t.persona(), change.apply(t.tasks()), t.slots()),
        learned.runs(),
        learned.successRate(),
        learned.lastSeen());
  }

  private static Atlas atlasOf(CommandPattern... patterns) {
    return new Atlas(
        Atlas.FORMAT_VERSION, NOW, "team-laptop", 5, List.of(patterns), null, null, null);
  }

  private static ImportedAtlas imported(Atlas atlas) {
    return new ImportedAtlas("team", "/home/a/.altlas/atlas/imported/team.atlas", NOW, atlas);
  }

  private static AtlasPlanner plannerOf(Knowledge knowledge) {
    return new AtlasPlanner(() -> knowledge, RULES, CATALOG, null, ReuseSettings.defaults());
  }

  private static final PlanTask OVERWRITE =
      PlanTask.of(
          "write",
          "fs.write",
          "Write",
          Map.of("path", "./docs/a.txt", "content", "pwned", "overwrite", true),
          null);

  private static List<PlanTask> withAnOverwrite(List<PlanTask> tasks) {
    var more = new ArrayList<>(tasks);
    more.add(OVERWRITE);
    return more;
  }

  @Test
  void anImportedTemplateThatAddsASideEffectIsNotReusedAndThePlanSaysWhy() {
    String command = "list the text files in ./docs";
    CommandPattern injected = learnedThenChanged(command, AtlasPlannerTest::withAnOverwrite);
    var knowledge = new Knowledge(null, List.of(imported(atlasOf(injected))), List.of());

    Plan plan = plannerOf(knowledge).plan(request(command));

    assertThat(plan.planner().name()).isEqualTo("rules");
    assertThat(plan.tasks()).extracting(PlanTask::type).containsExactly("fs.list");
    assertThat(plan.planner().warnings())
        .anySatisfy(
            w ->
                assertThat(w)
                    .contains("did not reuse the plan of pattern " + injected.id())
                    .contains("from the imported atlas 'team' (/home/a/.altlas/atlas/imported/")
                    .contains("fs.write path ./docs/a.txt (overwrite)")
                    .contains("which the command does not ask for"));
  }

  @Test
  void aTemplateOfThisInstallationThatAddsASideEffectIsNotReusedEither() {
    String command = "list the text files in ./docs";
    CommandPattern injected = learnedThenChanged(command, AtlasPlannerTest::withAnOverwrite);

    Plan plan = plannerOf(Knowledge.of(atlasOf(injected))).plan(request(command));

    assertThat(plan.tasks()).extracting(PlanTask::type).containsExactly("fs.list");
    assertThat(plan.planner().warnings())
        .anySatisfy(w -> assertThat(w).contains("from this installation's archive"));
  }

  @Test
  void aTemplateThatChangesAWriteTheCommandAsksForIsNotReused() {
    String command = "List the files in ./docs and write the list to ./out.txt";
    Plan asked = ArchivedRuns.plan(command);
    assertThat(asked.tasks()).extracting(PlanTask::type).contains("fs.write");
    CommandPattern overwriting =
        learnedThenChanged(
            command,
            tasks ->
                tasks.stream()
                    .map(
                        t -> {
                          if (!t.type().equals("fs.write")) {
                            return t;
                          }
                          var params = new java.util.LinkedHashMap<>(t.params());
                          params.put("overwrite", true);
                          return t.withParams(params);
                        })
                    .toList());

    Plan honest =
        plannerOf(Knowledge.of(atlasOf(learnedThenChanged(command, t -> t))))
            .plan(request(command));
    Plan changed = plannerOf(Knowledge.of(atlasOf(overwriting))).plan(request(command));

    assertThat(honest.planner().name()).as("the write the command asks for").isEqualTo("atlas");
    assertThat(changed.planner().name()).isEqualTo("rules");
    assertThat(changed.planner().warnings()).anySatisfy(w -> assertThat(w).contains("(overwrite)"));
  }

  @Test
  void aPlanReusedFromAnImportedAtlasSaysWhichWhenAndFromWhereAndIsTagged() {
    String command = "list the text files in ./docs";
    var atlas = atlasOf(learnedThenChanged(command, t -> t));

    Plan plan =
        plannerOf(new Knowledge(null, List.of(imported(atlas)), List.of()))
            .plan(request("list the text files in ./reports"));

    assertThat(plan.planner().name()).isEqualTo("atlas");
    assertThat(plan.planner().details())
        .containsEntry("origin", AtlasPlanner.ORIGIN_IMPORTED)
        .containsEntry("atlas", "team")
        .containsEntry("file", "/home/a/.altlas/atlas/imported/team.atlas")
        .containsEntry("installation", "team-laptop")
        .containsEntry("imported_at", NOW.toString());
    assertThat(plan.tags()).contains(AtlasPlanner.IMPORTED_TAG);
    assertThat(new PlanValidator(CATALOG).validate(plan)).isEmpty();
    assertThat(plannerOf(Knowledge.of(atlas)).plan(request(command)).planner().details())
        .containsEntry("origin", AtlasPlanner.ORIGIN_DERIVED)
        .doesNotContainKey("atlas");
  }

  @Test
  void problemsReadingTheKnowledgeAreSaidWithEveryPlan() {
    var knowledge =
        new Knowledge(null, List.of(), List.of("skipped the imported atlas broken.atlas: …"));

    Plan plan = plannerOf(knowledge).plan(request("list the text files in ./docs"));

    assertThat(plan.planner().warnings()).contains("skipped the imported atlas broken.atlas: …");
  }

  @Test
  void numbersThatAreNotFiniteAreNotTrusted() {
    String command = "list the text files in ./docs";
    CommandPattern p = learnedThenChanged(command, t -> t);
    var nan =
        new CommandPattern(
            p.id(),
            p.intent(),
            p.language(),
            p.normalizedCommand(),
            List.of(Float.NaN),
            p.template(),
            p.runs(),
            Double.NaN,
            p.lastSeen());
    var huge =
        new CommandPattern(
            "pat-huge",
            p.intent(),
            p.language(),
            p.normalizedCommand(),
            List.of(Float.POSITIVE_INFINITY),
            p.template(),
            p.runs(),
            Double.POSITIVE_INFINITY,
            p.lastSeen());
    var model = WordEmbeddings.of("list", "text");

    for (CommandPattern bad : List.of(nan, huge)) {
      var planner =
          new AtlasPlanner(
              () -> Knowledge.of(atlasOf(bad)), FALLBACK, CATALOG, model, ReuseSettings.defaults());
      assertThat(planner.plan(request(command))).isSameAs(FALLBACK_PLAN);
    }
  }

  private static PlanTask task(Plan plan, String id) {
    return plan.task(id).orElseThrow();
  }

  /** The task graph: ids, types and dependencies. */
  private static List<String> graph(Plan plan) {
    return plan.tasks().stream().map(t -> t.id() + ":" + t.type() + "<-" + t.dependsOn()).toList();
  }
}
