package dev.altlas.segmentation;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.model.Mode;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import dev.altlas.model.PlannerInfo;
import dev.altlas.model.TaskDefaults;
import dev.altlas.plan.PlanRequest;
import dev.altlas.plan.Planner;
import dev.altlas.plan.PlanningException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The planner that is always available: it reads Turkish and English commands with a lexicon and
 * rules, and gives the same plan for the same request. Clauses it cannot map become {@code
 * unsupported} tasks with a reason, never a guess. One instance may serve many threads.
 *
 * <p>The pipeline: detect the language; split the command into clauses; read each clause's values
 * (paths, counts, sort keys, …) and map its verb to a task type; let the type's recipe add the
 * tasks, fetching or listing its input first and wiring parameters to the outputs they use; then
 * add the mode's variants or faults and write titles in the persona's voice.
 */
public final class RuleBasedPlanner implements Planner {
  /** The planner's name in {@code planner.name}. */
  public static final String NAME = "rules";

  private static final int RULES_VERSION = 1;
  private static final int MAX_COMMAND_LENGTH = 4000;

  /** A generator whose sequence for a seed is fixed by its specification, not by the JDK. */
  private final LanguageDetector detector = new LanguageDetector();

  private final Map<Language, StepPlanner> stepPlanners = new EnumMap<>(Language.class);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Plan plan(PlanRequest request) {
    Language language = language(checked(request));
    // A reference typed into a command is text, not a reference the runner would resolve.
    String text = request.command().replace("${", "$ {");
    var draft = new PlanDraft(text, language, request.persona());
    List<String> clauses = stepPlanner(language).plan(text, draft);
    draft.sortsWithoutKey().forEach(clause -> draft.warn("default_sort", "text", clause));

    RandomGenerator random = PlanConventions.random(request.seed());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("rules_version", RULES_VERSION);
    details.put("language_source", request.language() == null ? "detected" : "requested");
    details.put("clauses", clauses);
    if (request.mode() == Mode.EXPLORE) {
      details.put("explore_branches", new ExploreBranches().add(draft, random));
    }
    if (request.mode() == Mode.DREAM) {
      details.put("dream_variants", new DreamVariants().add(draft, random));
    }
    List<PlanTask> tasks = titled(draft, request, language);
    if (request.mode() == Mode.CHAOS) {
      tasks =
          new ChaosFaults()
              .apply(tasks, request.chaosLevel(), TaskDefaults.STANDARD.retry(), random);
    }
    return new Plan(
        Plan.FORMAT_VERSION,
        PlanId.of(request),
        request.now(),
        request.command(),
        language.code(),
        request.mode(),
        request.persona(),
        request.chaosLevel(),
        request.seed(),
        new PriorityReader(Lexicon.of(language)).read(request.command()),
        PlanConventions.tags(tasks, TaskCatalog.builtin()),
        draft.inputs(),
        TaskDefaults.STANDARD,
        new PlannerInfo(NAME, draft.warnings(), details),
        tasks);
  }

  /** The request, if it is one the planner can read. */
  private static PlanRequest checked(PlanRequest request) {
    if (request == null) {
      throw new PlanningException("there is no request to plan");
    }
    String command = request.command();
    if (command.length() > MAX_COMMAND_LENGTH) {
      throw new PlanningException(
          String.format(
              "the command has %d characters; the rule-based planner reads at most %d, so split"
                  + " it into several commands",
              command.length(), MAX_COMMAND_LENGTH));
    }
    if (command.codePoints().noneMatch(Character::isLetterOrDigit)) {
      throw new PlanningException("the command has no words to plan");
    }
    return request;
  }

  private Language language(PlanRequest request) {
    if (request.language() == null) {
      return detector.detect(request.command());
    }
    return Language.fromCode(request.language())
        .orElseThrow(
            () ->
                new PlanningException(
                    "the rule-based planner reads Turkish (tr) and English (en), not '"
                        + request.language()
                        + "'"));
  }

  private synchronized StepPlanner stepPlanner(Language language) {
    return stepPlanners.computeIfAbsent(language, StepPlanner::new);
  }

  private static List<PlanTask> titled(PlanDraft draft, PlanRequest request, Language language) {
    var titles = new TitleWriter(request.persona(), language);
    var tasks = new ArrayList<PlanTask>();
    for (TaskDraft t : draft.tasks()) {
      tasks.add(t.build(titles.title(t, tasks.size() + 1)));
    }
    return tasks;
  }
}
