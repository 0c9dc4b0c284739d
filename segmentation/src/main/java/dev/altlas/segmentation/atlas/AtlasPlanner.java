package dev.altlas.segmentation.atlas;

import dev.altlas.ai.ModelException;
import dev.altlas.ai.ModelPort;
import dev.altlas.ai.ModelReply;
import dev.altlas.archive.Embedding;
import dev.altlas.catalog.TaskCatalog;
import dev.altlas.format.PlanValidator;
import dev.altlas.model.CommandPattern;
import dev.altlas.model.Mode;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import dev.altlas.model.PlannerInfo;
import dev.altlas.model.TaskDefaults;
import dev.altlas.plan.PlanRequest;
import dev.altlas.plan.Planner;
import dev.altlas.plan.PlanningException;
import dev.altlas.segmentation.PlanConventions;
import dev.altlas.segmentation.RuleBasedPlanner;
import dev.altlas.segmentation.SideEffect;
import dev.altlas.segmentation.SideEffects;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reuses plans that worked: a command with the shape of an atlas pattern (the same words around
 * other paths, counts, addresses, …) gets the pattern's template with its own values in the slots.
 * With a model for embeddings, a command whose shape differs but whose meaning is close enough gets
 * the closest pattern's template, when the command has a value for every slot. The plan says in
 * {@code planner.details} which pattern it came from, how well that pattern did and, for a pattern
 * of an imported atlas, which one and when it was imported (and carries the tag {@value
 * #IMPORTED_TAG}).
 *
 * <p>A pattern is reused only when enough of its runs succeeded, its mode is the request's, the
 * filled plan passes the plan validator, and it adds no side effect the command does not ask for:
 * every file it writes, message it sends, non-GET request and program it runs must be one the
 * rule-based planner derives from the command itself. Knowledge can come from elsewhere (an
 * imported atlas, a {@code .last} uploaded to the archive), and a template that quietly writes a
 * file must not be run for "list the files". A pattern refused for that is said in the plan's
 * warnings. Otherwise the fallback planner's plan is returned unchanged. Given the same request and
 * knowledge, the plan is the same. One instance may serve many threads.
 */
public final class AtlasPlanner implements Planner {
  /** The planner's name in {@code planner.name}. */
  public static final String NAME = "atlas";

  /** The tag of a plan reused from an imported atlas, kept in its runs' {@code .last} records. */
  public static final String IMPORTED_TAG = "imported-atlas";

  /** {@code planner.details.origin} of a plan reused from this installation's derived atlas. */
  public static final String ORIGIN_DERIVED = "derived";

  /** {@code planner.details.origin} of a plan reused from an imported atlas. */
  public static final String ORIGIN_IMPORTED = "imported";

  private final Supplier<Knowledge> knowledge;
  private final Planner fallback;
  private final Planner askedFor;
  private final TaskCatalog catalog;
  private final ModelPort model;
  private final ReuseSettings settings;
  private final PlanValidator validator;
  private final ShapeReader shapes = new ShapeReader();
  private final TemplateFiller filler = new TemplateFiller(shapes);
  private final AtomicReference<PatternIndex> index = new AtomicReference<>();

  /**
   * @param knowledge the current knowledge, asked on every request; it may have no patterns
   * @param fallback plans what no pattern fits, e.g. the rule-based or the LLM planner
   * @param model embeds commands for matches by meaning; null for exact matches only
   */
  public AtlasPlanner(
      Supplier<Knowledge> knowledge,
      Planner fallback,
      TaskCatalog catalog,
      ModelPort model,
      ReuseSettings settings) {
    this(knowledge, fallback, new RuleBasedPlanner(), catalog, model, settings);
  }

  /**
   * @param askedFor derives from a command the side effects it asks for, which a reused plan may
   *     not exceed: the rule-based planner, which never guesses
   */
  AtlasPlanner(
      Supplier<Knowledge> knowledge,
      Planner fallback,
      Planner askedFor,
      TaskCatalog catalog,
      ModelPort model,
      ReuseSettings settings) {
    this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
    this.fallback = Objects.requireNonNull(fallback, "fallback");
    this.askedFor = Objects.requireNonNull(askedFor, "askedFor");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.model = model;
    this.settings = Objects.requireNonNull(settings, "settings");
    this.validator = new PlanValidator(catalog);
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
    Knowledge current = knowledge.get();
    var attempt = new Attempt(request);
    Plan plan =
        (current == null ? Optional.<Plan>empty() : reused(current, attempt))
            .orElseGet(() -> fallback.plan(request));
    var warnings = new ArrayList<String>();
    if (current != null) {
      warnings.addAll(current.warnings());
    }
    warnings.addAll(attempt.refusals);
    return warnings.isEmpty() ? plan : withWarnings(plan, warnings);
  }

  /** One request's matching: the side effects the command asks for, and the patterns refused. */
  private final class Attempt {
    final PlanRequest request;
    final List<String> refusals = new ArrayList<>();
    private List<SideEffect> asked;

    Attempt(PlanRequest request) {
      this.request = request;
    }

    /** What the rule-based planner derives from the command itself; nothing when it cannot. */
    List<SideEffect> asked() {
      if (asked == null) {
        List<PlanTask> tasks;
        try {
          tasks = askedFor.plan(request).tasks();
        } catch (PlanningException | IllegalArgumentException e) {
          tasks = List.of();
        }
        asked = SideEffects.of(tasks, catalog);
      }
      return asked;
    }
  }

  private Optional<Plan> reused(Knowledge current, Attempt attempt) {
    PlanRequest request = attempt.request;
    Optional<CommandShape> shape = shapes.read(request.command(), request.language());
    if (shape.isEmpty()) {
      return Optional.empty();
    }
    PatternIndex patterns = indexOf(current);
    Optional<Plan> exact =
        firstValid(patterns.exact(shape.get(), request.mode()), shape.get(), attempt);
    if (exact.isPresent() || model == null || !patterns.hasEmbeddings()) {
      return exact;
    }
    return embedding(request.command())
        .flatMap(
            e ->
                firstValid(
                    patterns.similar(shape.get(), request.mode(), e, settings.minSimilarity()),
                    shape.get(),
                    attempt));
  }

  /**
   * The supplier hands out the same atlases until the knowledge is derived or imported again, so
   * the index is built once per knowledge.
   */
  private PatternIndex indexOf(Knowledge current) {
    PatternIndex cached = index.get();
    if (cached != null && cached.isOf(current)) {
      return cached;
    }
    var built = new PatternIndex(current, settings);
    index.set(built);
    return built;
  }

  private Optional<Plan> firstValid(
      List<PatternMatch> matches, CommandShape shape, Attempt attempt) {
    for (PatternMatch match : matches) {
      Optional<Plan> plan =
          filler
              .fill(match, shape)
              .map(filled -> plan(attempt.request, match, filled))
              .filter(p -> validator.validate(p).isEmpty())
              .filter(p -> asksForEveryEffect(p, match, attempt));
      if (plan.isPresent()) {
        return plan;
      }
    }
    return Optional.empty();
  }

  /** Whether the plan adds no side effect the command does not ask for; if it does, says so. */
  private boolean asksForEveryEffect(Plan plan, PatternMatch match, Attempt attempt) {
    List<SideEffect> planned = SideEffects.of(plan.tasks(), catalog);
    if (planned.isEmpty()) {
      return true;
    }
    List<SideEffect> unasked = SideEffects.unasked(planned, attempt.asked());
    if (unasked.isEmpty()) {
      return true;
    }
    attempt.refusals.add(
        "did not reuse the plan of pattern "
            + match.pattern().id()
            + " "
            + origin(match)
            + ": it adds "
            + unasked.stream().map(SideEffect::describe).collect(Collectors.joining("; "))
            + ", which the command does not ask for");
    return false;
  }

  private static String origin(PatternMatch match) {
    ImportedAtlas imported = match.importedFrom();
    return imported == null
        ? "from this installation's archive"
        : "from the imported atlas '" + imported.name() + "' (" + imported.file() + ")";
  }

  private Plan withWarnings(Plan plan, List<String> warnings) {
    PlannerInfo info = plan.planner();
    if (info == null) {
      return plan.withPlanner(new PlannerInfo(fallback.name(), warnings, Map.of()));
    }
    var all = new ArrayList<String>(info.warnings());
    all.addAll(warnings);
    return plan.withPlanner(new PlannerInfo(info.name(), all, info.details()));
  }

  /** A model that cannot embed now means no match by meaning, not a failed plan. */
  private Optional<Embedding> embedding(String command) {
    try {
      ModelReply<List<float[]>> reply = model.embed(List.of(command));
      if (reply == null || reply.value() == null || reply.value().isEmpty()) {
        return Optional.empty();
      }
      return Optional.ofNullable(reply.value().get(0)).map(Embedding::new);
    } catch (ModelException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private Plan plan(PlanRequest request, PatternMatch match, TemplateFiller.Filled filled) {
    CommandPattern pattern = match.pattern();
    List<PlanTask> tasks = filled.tasks();
    if (request.mode() == Mode.CHAOS) {
      // The template's faults were drawn for another seed; this request draws its own.
      tasks =
          PlanConventions.withChaos(tasks.stream().map(t -> t.withChaos(null)).toList(), request);
    }
    return new Plan(
        Plan.FORMAT_VERSION,
        PlanConventions.planId(request),
        request.now(),
        request.command(),
        pattern.language(),
        request.mode(),
        request.persona(),
        request.chaosLevel(),
        request.seed(),
        PlanConventions.priority(request.command(), pattern.language()),
        tags(tasks, match),
        Map.of(),
        TaskDefaults.STANDARD,
        new PlannerInfo(NAME, List.of(), details(match, filled)),
        tasks);
  }

  private List<String> tags(List<PlanTask> tasks, PatternMatch match) {
    List<String> tags = PlanConventions.tags(tasks, catalog);
    if (match.importedFrom() == null) {
      return tags;
    }
    var withOrigin = new ArrayList<>(tags);
    withOrigin.add(IMPORTED_TAG);
    return withOrigin;
  }

  private static Map<String, Object> details(PatternMatch match, TemplateFiller.Filled filled) {
    CommandPattern pattern = match.pattern();
    var details = new LinkedHashMap<String, Object>();
    details.put("pattern_id", pattern.id());
    details.put("intent", pattern.intent());
    details.put("match", match.kind().label());
    details.put("similarity", match.similarity());
    details.put("success_rate", pattern.successRate());
    details.put("runs", pattern.runs());
    ImportedAtlas imported = match.importedFrom();
    details.put("origin", imported == null ? ORIGIN_DERIVED : ORIGIN_IMPORTED);
    if (imported != null) {
      details.put("atlas", imported.name());
      details.put("file", imported.file());
      details.put("installation", imported.atlas().source());
      details.put(
          "imported_at", imported.importedAt() == null ? null : imported.importedAt().toString());
    }
    details.put(
        "values",
        filled.swaps().stream()
            .map(
                s -> {
                  var value = new LinkedHashMap<String, Object>();
                  value.put("kind", s.kind().slotName());
                  value.put("example", s.example());
                  value.put("value", s.replacement());
                  return value;
                })
            .toList());
    return details;
  }
}
