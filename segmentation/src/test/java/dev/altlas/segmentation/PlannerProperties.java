package dev.altlas.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.format.Syntax;
import dev.altlas.model.Mode;
import dev.altlas.model.Persona;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import dev.altlas.plan.PlanRequest;
import dev.altlas.plan.PlanningException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the planner over commands assembled from its own lexicons (so that they reach deep
 * into the rules) and over arbitrary text.
 */
class PlannerProperties {
  private static final List<String> LITERALS =
      List.of(
          "./docs",
          "~/notes",
          "/tmp/x",
          "report.txt",
          "./data/*.csv",
          "*.log",
          "https://example.com/a.html",
          "https://api.example.com/v1/items.json",
          "me@example.com",
          "'quarterly report'",
          "`make test`",
          "1 MB",
          "10",
          "3",
          "2026-01-01",
          "${tasks.x.output}",
          "price > 100");
  private static final List<String> MULTI_STEP =
      List.of(
          "Summarize the text files in ./docs and email the three most important to"
              + " me@example.com",
          "Dosyaları sırala ve en büyük 10 tanesini göster",
          "Find the 3 smallest images in ./assets and store them as thumbs",
          "./notlar klasöründeki markdown dosyalarını oku ve en önemli üçünü bana e-posta ile"
              + " gönder",
          "Download https://example.com/a.html and https://example.com/b.html, summarize them"
              + " and post the summaries to https://hooks.example.com/x",
          "Translate the markdown files in ./docs into French and save them to ./fr");

  @Property(tries = 300)
  void theSameRequestGivesTheSamePlan(@ForAll("requests") PlanRequest request) {
    Plan first = new RuleBasedPlanner().plan(request);
    Plan second = new RuleBasedPlanner().plan(request);
    assertThat(second).isEqualTo(first);
  }

  @Property(tries = 300)
  void everyPlanIsValid(@ForAll("requests") PlanRequest request) {
    Plans.assertValid(Plans.PLANNER.plan(request));
  }

  @Property(tries = 500)
  void anyTextGivesAValidPlanOrAPlanningException(
      @ForAll("anyText") String text, @ForAll Mode mode, @ForAll Persona persona) {
    Assume.that(!text.isBlank());
    var request =
        new PlanRequest(text, null, mode, persona, mode == Mode.CHAOS ? 3 : null, 5, Plans.NOW);
    Plan plan;
    try {
      plan = Plans.PLANNER.plan(request);
    } catch (PlanningException refused) {
      assertThat(refused.getMessage()).isNotBlank();
      return;
    }
    // Only JSON: the core's YAML does not yet round-trip U+0085 or lone surrogates in text.
    Plans.assertValid(plan, Syntax.JSON);
  }

  /**
   * Faults are drawn at random, so two seeds could in principle coincide; from level 5 on a
   * multi-step plan that chance is far below one in a million.
   */
  @Property(tries = 200)
  void chaosPlansWithDifferentSeedsDifferInFaults(
      @ForAll("multiStepCommands") String command,
      @ForAll @IntRange(min = 5, max = 10) int level,
      @ForAll long seed,
      @ForAll long otherSeed) {
    Assume.that(seed != otherSeed);
    assertThat(faults(command, level, seed)).isNotEqualTo(faults(command, level, otherSeed));
  }

  @Provide
  Arbitrary<PlanRequest> requests() {
    return Combinators.combine(
            commands(),
            Arbitraries.of(Mode.values()),
            Arbitraries.of(Persona.values()),
            Arbitraries.integers().between(1, 10),
            Arbitraries.longs())
        .as(
            (command, mode, persona, level, seed) ->
                new PlanRequest(
                    command,
                    null,
                    mode,
                    persona,
                    mode == Mode.CHAOS ? level : null,
                    seed,
                    Plans.NOW));
  }

  @Provide
  Arbitrary<String> commands() {
    return Arbitraries.of(Language.values()).flatMap(PlannerProperties::commandIn);
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(200),
        Arbitraries.strings().withChars("${}.,;:'\"`/~*?!-_ \nçğıöşüİ").ofMaxLength(60),
        Arbitraries.strings().all().ofMinLength(4001).ofMaxLength(4500),
        Combinators.combine(commands(), Arbitraries.strings().all().ofMaxLength(20))
            .as((command, noise) -> command + noise));
  }

  @Provide
  Arbitrary<String> multiStepCommands() {
    return Arbitraries.of(MULTI_STEP);
  }

  /** Clauses of lexicon verbs and their objects, joined by the lexicon's connectives. */
  private static Arbitrary<String> commandIn(Language language) {
    Lexicon lexicon = Lexicon.of(language);
    List<String> verbs = texts(lexicon.intents.stream().flatMap(e -> e.words().stream()));
    List<String> objects = new ArrayList<>(LITERALS);
    objects.addAll(texts(lexicon.fileKinds.stream().flatMap(m -> m.phrases().stream())));
    objects.addAll(texts(lexicon.sortKeys.stream().flatMap(m -> m.phrases().stream())));
    objects.addAll(texts(lexicon.rankCriteria.stream().flatMap(m -> m.phrases().stream())));
    objects.addAll(texts(lexicon.languages.stream().flatMap(m -> m.phrases().stream())));
    objects.addAll(texts(lexicon.references.stream()));
    objects.addAll(texts(lexicon.fileNouns.stream()));
    objects.addAll(lexicon.numbers.keySet());
    List<String> joints = new ArrayList<>(texts(lexicon.connectives.stream()));
    joints.addAll(List.of(",", ".", ";"));
    Arbitrary<String> clause =
        Combinators.combine(Arbitraries.of(verbs), Arbitraries.of(objects).list().ofMaxSize(3))
            .as(
                (verb, words) -> {
                  String object = String.join(" ", words);
                  return language == Language.TURKISH ? object + " " + verb : verb + " " + object;
                });
    return Combinators.combine(clause.list().ofMinSize(1).ofMaxSize(4), Arbitraries.of(joints))
        .as((clauses, joint) -> String.join(" " + joint + " ", clauses).strip());
  }

  private static List<String> faults(String command, int level, long seed) {
    Plan plan = Plans.plan(command, Mode.CHAOS, Persona.TECHNICAL_EXPERT, level, seed);
    return plan.tasks().stream().map(PlannerProperties::fault).sorted().toList();
  }

  private static String fault(PlanTask task) {
    return task.id() + "=" + task.chaos();
  }

  private static List<String> texts(Stream<Phrase> phrases) {
    return phrases.map(Phrase::text).distinct().toList();
  }
}
