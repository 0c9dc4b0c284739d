package dev.altlas.segmentation.atlas;

import static dev.altlas.segmentation.atlas.ArchivedRuns.CATALOG;
import static dev.altlas.segmentation.atlas.ArchivedRuns.NOW;
import static dev.altlas.segmentation.atlas.ArchivedRuns.RULES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.archive.ArchivedRun;
import dev.altlas.format.PlanValidator;
import dev.altlas.model.Atlas;
import dev.altlas.model.Plan;
import dev.altlas.model.RunStatus;
import dev.altlas.plan.PlanRequest;
import dev.altlas.plan.PlanningException;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of learning and reuse over the planner's corpus and over arbitrary text. */
class AtlasProperties {
  private static final PatternLearner LEARNER = new PatternLearner(CATALOG);
  private static final ShapeReader SHAPES = new ShapeReader();
  private static final PlanValidator VALIDATOR = new PlanValidator(CATALOG);
  private static final WordEmbeddings MODEL =
      WordEmbeddings.of("summar", "list", "file", "dosya", "sırala", "özet");

  /** Everything the corpus teaches, with embeddings, so that matches by meaning happen too. */
  private static final Atlas CORPUS_ATLAS =
      atlasOf(
          CorpusCommands.all().stream()
              .map(
                  c ->
                      ArchivedRuns.run(
                          ArchivedRuns.plan(c), RunStatus.SUCCEEDED, NOW, MODEL.vector(c)))
              .toList());

  /**
   * Commands with a path and a count (or a URL and a sentence limit) to vary, in both languages.
   *
   * @param numberWords how the language writes some counts
   * @param maxCount the largest count the planner reads as one here (a summary has at most 50
   *     sentences)
   */
  private record Family(String command, List<String> numberWords, int maxCount) {
    String with(String path, String count) {
      return String.format(Locale.ROOT, command, path, count);
    }
  }

  private static final int MAX_COUNT = 999;
  private static final List<String> ENGLISH_NUMBERS = List.of("three", "five", "twenty five");
  private static final List<String> TURKISH_NUMBERS = List.of("üç", "beş", "yirmi beş");

  private static final List<Family> FAMILIES =
      List.of(
          new Family(
              "Summarize the text files in %s and list the %s most important",
              ENGLISH_NUMBERS, MAX_COUNT),
          new Family(
              "%s klasöründeki dosyaları sırala ve en büyük %s tanesini göster",
              TURKISH_NUMBERS, MAX_COUNT),
          new Family("List the %2$s largest PDFs in %1$s", ENGLISH_NUMBERS, MAX_COUNT),
          new Family(
              "%s içindeki dosyaları listele, boyutlarına göre sırala ve ilk %s tanesini göster",
              TURKISH_NUMBERS, MAX_COUNT),
          new Family(
              "Download https://example.com%s.html and summarize it in %s sentences",
              List.of("two", "four"), 50),
          new Family(
              "Show me the %2$s most recently modified files in %1$s", ENGLISH_NUMBERS, MAX_COUNT));

  /** A family, the values of the command learned and those of the command planned. */
  private record Case(
      Family family, String learnedPath, String learnedCount, String path, String count) {
    String learned() {
      return family.with(learnedPath, learnedCount);
    }

    String command() {
      return family.with(path, count);
    }
  }

  private static Atlas atlasOf(List<ArchivedRun> runs) {
    return new Atlas(
        Atlas.FORMAT_VERSION, NOW, "test", runs.size(), LEARNER.learn(runs), null, null, null);
  }

  private static PlanRequest request(String command) {
    return PlanRequest.of(command, 1L, NOW);
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void learningThenPlanningACommandReproducesItsPlan(@ForAll("corpus") String command) {
    Plan original = ArchivedRuns.plan(command);
    Atlas atlas = atlasOf(List.of(ArchivedRuns.run(original, RunStatus.SUCCEEDED, NOW, null)));

    Plan reused =
        new AtlasPlanner(() -> Knowledge.of(atlas), RULES, CATALOG, null, ReuseSettings.defaults())
            .plan(request(command));

    assertThat(reused.planner().name())
        .isEqualTo(original.inputs().isEmpty() ? AtlasPlanner.NAME : "rules");
    assertThat(reused.withPlanner(null)).isEqualTo(original.withPlanner(null));
  }

  @Property(tries = 200)
  void aCommandWithOtherValuesGetsThePlanTheRulesWouldWriteForIt(@ForAll("cases") Case c) {
    Atlas atlas = atlasOf(List.of(ArchivedRuns.succeeded(c.learned())));

    Plan reused =
        new AtlasPlanner(() -> Knowledge.of(atlas), RULES, CATALOG, null, ReuseSettings.defaults())
            .plan(request(c.command()));

    assertThat(reused.planner().name()).isEqualTo(AtlasPlanner.NAME);
    assertThat(reused.withPlanner(null))
        .isEqualTo(RULES.plan(request(c.command())).withPlanner(null));
  }

  @Property(tries = 300)
  void spacingAndCasingDoNotChangeTheShape(@ForAll("corpus") String command, @ForAll long seed) {
    CommandShape shape = SHAPES.read(command, null).orElseThrow();
    String respelled = respelled(command, shape.language().code(), new Random(seed));

    CommandShape other = SHAPES.read(respelled, null).orElseThrow();

    assertThat(other.language()).isEqualTo(shape.language());
    assertThat(other.normalized()).as(respelled).isEqualTo(shape.normalized());
  }

  @Property(tries = 250)
  void anyTextGivesAValidPlanOrTheFallbacksRefusal(@ForAll("anyText") String text) {
    Assume.that(!text.isBlank());
    var planner =
        new AtlasPlanner(
            () -> Knowledge.of(CORPUS_ATLAS), RULES, CATALOG, MODEL, ReuseSettings.defaults());
    Plan plan;
    try {
      plan = planner.plan(request(text));
    } catch (PlanningException refused) {
      assertThat(refused.getMessage()).isNotBlank();
      return;
    }
    assertThat(VALIDATOR.validate(plan)).isEmpty();
    assertThat(plan.command()).isEqualTo(text);
  }

  /**
   * The command with every run of spaces re-spaced (spaces and tabs, more or fewer) and letters in
   * random case, by the language's casing rules.
   */
  private static String respelled(String command, String language, Random random) {
    Locale locale = Locale.forLanguageTag(language);
    var sb = new StringBuilder(" ".repeat(random.nextInt(3)));
    for (int i = 0; i < command.length(); i++) {
      char c = command.charAt(i);
      if (c == ' ') {
        while (i + 1 < command.length() && command.charAt(i + 1) == ' ') {
          i++;
        }
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
          sb.append(random.nextBoolean() ? ' ' : '\t');
        }
      } else {
        String letter = String.valueOf(c);
        sb.append(random.nextBoolean() ? letter.toUpperCase(locale) : letter.toLowerCase(locale));
      }
    }
    return sb.append(" ".repeat(random.nextInt(3))).toString();
  }

  @Provide
  Arbitrary<String> corpus() {
    return Arbitraries.of(CorpusCommands.all());
  }

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.of(FAMILIES)
        .flatMap(
            family ->
                Combinators.combine(paths(), counts(family), paths(), counts(family))
                    .as(
                        (learnedPath, learnedCount, path, count) ->
                            new Case(family, learnedPath, learnedCount, path, count)));
  }

  private static Arbitrary<String> paths() {
    return Arbitraries.strings()
        .withChars("abcdefghijklmnopqrstuvwxyz")
        .ofMinLength(1)
        .ofMaxLength(10)
        .list()
        .ofMinSize(1)
        .ofMaxSize(3)
        .map(parts -> "/" + String.join("/", parts))
        .flatMap(p -> Arbitraries.of("." + p, p, "~" + p));
  }

  private static Arbitrary<String> counts(Family family) {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1, family.maxCount()).map(String::valueOf),
        Arbitraries.of(family.numberWords()));
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(200),
        Arbitraries.strings().withChars("${}.,;:'\"`/~*?!-_ \nçğıöşüİ0123").ofMaxLength(60),
        Combinators.combine(corpus(), Arbitraries.strings().all().ofMaxLength(20))
            .as((command, noise) -> command + noise),
        cases().map(Case::command));
  }
}
