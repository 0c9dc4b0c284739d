package dev.altlas.segmentation.llm;

import dev.altlas.ai.GenerateRequest;
import dev.altlas.ai.ModelException;
import dev.altlas.ai.ModelPort;
import dev.altlas.ai.ModelReply;
import dev.altlas.catalog.TaskCatalog;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import dev.altlas.model.PlannerInfo;
import dev.altlas.model.TaskDefaults;
import dev.altlas.plan.PlanRequest;
import dev.altlas.plan.Planner;
import dev.altlas.plan.PlanningException;
import dev.altlas.segmentation.LanguageDetector;
import dev.altlas.segmentation.PlanConventions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Asks a model for the plan's tasks, as structured output against the plan schema's task
 * definitions, and writes the header itself (id, time, mode, seed, chaos faults) by the rule-based
 * planner's conventions. An answer that is not a valid plan is sent back once with its problems;
 * when the second is not valid either, or the model cannot be asked, the fallback planner writes
 * the plan and the plan says so. A model problem never fails planning. One instance may serve many
 * threads.
 */
public final class LlmPlanner implements Planner {
  /** The planner's name in {@code planner.name}. */
  public static final String NAME = "llm";

  /** The first answer, and one corrected answer. */
  private static final int MAX_ANSWERS = 2;

  /** A plan is a structure, not prose: the same request should give the same answer. */
  private static final double TEMPERATURE = 0.0;

  /** Room for a plan of a few dozen tasks; a cut-off answer is useless. */
  private static final int MAX_TOKENS = 8192;

  /** The plan schema's bound on {@code command}. */
  private static final int MAX_COMMAND_LENGTH = 10_000;

  /** A reason is a sentence, not a report: it names the first few problems. */
  private static final int PROBLEMS_IN_REASON = 3;

  private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");

  /** The provider's word for an answer that broke the schema: worth one correction. */
  private static final String BAD_RESPONSE = "ai.bad_response";

  private final ModelPort model;
  private final TaskCatalog catalog;
  private final FallbackPlan fallback;
  private final PlanPrompt prompt;
  private final AnswerCheck check;
  private final Map<String, Object> schema;
  private final LanguageDetector detector = new LanguageDetector();

  /**
   * @param fallback writes the plan when the model does not, e.g. the rule-based planner
   */
  public LlmPlanner(ModelPort model, TaskCatalog catalog, Planner fallback) {
    this.model = Objects.requireNonNull(model, "model");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.fallback = new FallbackPlan(Objects.requireNonNull(fallback, "fallback"));
    this.prompt = new PlanPrompt(catalog, PlanExample.shipped());
    this.check = new AnswerCheck(catalog);
    this.schema = AnswerSchema.of(catalog);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Plan plan(PlanRequest request) {
    if (request == null) {
      throw new PlanningException("there is no request to plan");
    }
    if (request.command().length() > MAX_COMMAND_LENGTH) {
      throw new PlanningException(
          String.format(
              "the command has %d characters; a plan holds at most %d",
              request.command().length(), MAX_COMMAND_LENGTH));
    }
    String language = language(request);
    Plan header = header(request, language);
    var use = ModelUse.none(model.name());
    Correction correction = null;
    for (int answers = 0; answers < MAX_ANSWERS; answers++) {
      String text =
          correction == null
              ? prompt.text(request, language)
              : prompt.text(request, language, correction);
      ModelReply<Object> reply;
      use = use.called();
      try {
        reply = model.generate(generateRequest(text, request));
      } catch (ModelException e) {
        if (!BAD_RESPONSE.equals(e.code())) {
          return fallback.plan(request, e.code() + ": " + e.getMessage(), use);
        }
        correction = new Correction(null, List.of(e.getMessage()));
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PlanningException("planning was interrupted while waiting for the model");
      }
      use = use.answered(reply);
      switch (check.check(reply.value(), header)) {
        case AnswerVerdict.Accepted accepted -> {
          return finished(accepted.plan(), request, use, correction);
        }
        case AnswerVerdict.Rejected rejected -> correction = rejected.correction();
      }
    }
    return fallback.plan(request, refusal(correction), use);
  }

  /** The reason for a fallback after two refused answers, with the first few problems. */
  private static String refusal(Correction last) {
    List<String> problems = last.problems();
    return "its answer was not a valid plan, also after one correction: "
        + String.join("; ", problems.subList(0, Math.min(PROBLEMS_IN_REASON, problems.size())));
  }

  private GenerateRequest generateRequest(String text, PlanRequest request) {
    return new GenerateRequest(
        text, PlannerInstructions.system(request.persona()), schema, MAX_TOKENS, TEMPERATURE);
  }

  /** The language asked for, in the schema's form, or the one the command is written in. */
  private String language(PlanRequest request) {
    if (request.language() == null) {
      return detector.detectCode(request.command());
    }
    String code = request.language().strip().toLowerCase(Locale.ROOT);
    if (!LANGUAGE_CODE.matcher(code).matches()) {
      throw new PlanningException(
          "'" + request.language() + "' is not an ISO 639 language code such as en or tr");
    }
    return code;
  }

  /** Everything but the tasks and inputs, which the model writes. */
  private static Plan header(PlanRequest request, String language) {
    return new Plan(
        Plan.FORMAT_VERSION,
        PlanConventions.planId(request),
        request.now(),
        request.command(),
        language,
        request.mode(),
        request.persona(),
        request.chaosLevel(),
        request.seed(),
        PlanConventions.priority(request.command(), language),
        List.of(),
        Map.of(),
        TaskDefaults.STANDARD,
        null,
        List.of());
  }

  private Plan finished(Plan checked, PlanRequest request, ModelUse use, Correction correction) {
    List<PlanTask> tasks = PlanConventions.withChaos(checked.tasks(), request);
    Map<String, Object> details = new LinkedHashMap<>(use.details());
    if (correction != null) {
      details.put("corrected_problems", correction.problems());
    }
    return new Plan(
        checked.formatVersion(),
        checked.id(),
        checked.createdAt(),
        checked.command(),
        checked.language(),
        checked.mode(),
        checked.persona(),
        checked.chaosLevel(),
        checked.seed(),
        checked.priority(),
        PlanConventions.tags(tasks, catalog),
        checked.inputs(),
        checked.defaults(),
        new PlannerInfo(NAME, unmapped(tasks), details),
        tasks);
  }

  /** A warning for each step the model could not map, as the rule-based planner gives. */
  private static List<String> unmapped(List<PlanTask> tasks) {
    var warnings = new ArrayList<String>();
    for (PlanTask t : tasks) {
      if (t.type().equals(TaskCatalog.UNSUPPORTED)) {
        warnings.add(
            "Not mapped to any task type: '"
                + t.params().get("text")
                + "' ("
                + t.params().get("reason")
                + ")");
      }
    }
    return warnings;
  }
}
