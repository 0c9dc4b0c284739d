package dev.altlas.segmentation.atlas;

import dev.altlas.ai.ModelException;
import dev.altlas.ai.ModelPort;
import dev.altlas.ai.ModelReply;
import dev.altlas.archive.Embedding;
import dev.altlas.catalog.TaskCatalog;
import dev.altlas.format.PlanValidator;
import dev.altlas.model.Atlas;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Reuses plans that worked: a command with the shape of an atlas pattern (the same words around
 * other paths, counts, addresses, …) gets the pattern's template with its own values in the slots.
 * With a model for embeddings, a command whose shape differs but whose meaning is close enough gets
 * the closest pattern's template, when the command has a value for every slot. The plan says in
 * {@code planner.details} which pattern it came from and how well that pattern did.
 *
 * <p>A pattern is reused only when enough of its runs succeeded, its mode is the request's, and the
 * filled plan passes the plan validator; otherwise the fallback planner's plan is returned
 * unchanged. Given the same request and atlas, the plan is the same. One instance may serve many
 * threads.
 */
public final class AtlasPlanner implements Planner {
  /** The planner's name in {@code planner.name}. */
  public static final String NAME = "atlas";

  private final Supplier<Atlas> atlas;
  private final Planner fallback;
  private final TaskCatalog catalog;
  private final ModelPort model;
  private final ReuseSettings settings;
  private final PlanValidator validator;
  private final ShapeReader shapes = new ShapeReader();
  private final TemplateFiller filler = new TemplateFiller(shapes);
  private final AtomicReference<PatternIndex> index = new AtomicReference<>();

  /**
   * @param atlas the current knowledge, asked on every request; it may have no patterns
   * @param fallback plans what no pattern fits, e.g. the rule-based or the LLM planner
   * @param model embeds commands for matches by meaning; null for exact matches only
   */
  public AtlasPlanner(
      Supplier<Atlas> atlas,
      Planner fallback,
      TaskCatalog catalog,
      ModelPort model,
      ReuseSettings settings) {
    this.atlas = Objects.requireNonNull(atlas, "atlas");
    this.fallback = Objects.requireNonNull(fallback, "fallback");
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
    return reused(request).orElseGet(() -> fallback.plan(request));
  }

  private Optional<Plan> reused(PlanRequest request) {
    Atlas current = atlas.get();
    if (current == null || current.patterns().isEmpty()) {
      return Optional.empty();
    }
    Optional<CommandShape> shape = shapes.read(request.command(), request.language());
    if (shape.isEmpty()) {
      return Optional.empty();
    }
    PatternIndex patterns = indexOf(current);
    Optional<Plan> exact =
        firstValid(patterns.exact(shape.get(), request.mode()), shape.get(), request);
    if (exact.isPresent() || model == null || !patterns.hasEmbeddings()) {
      return exact;
    }
    return embedding(request.command())
        .flatMap(
            e ->
                firstValid(
                    patterns.similar(shape.get(), request.mode(), e, settings.minSimilarity()),
                    shape.get(),
                    request));
  }

  /**
   * The supplier hands out the same atlas until the knowledge is derived again, so the index is
   * built once per atlas.
   */
  private PatternIndex indexOf(Atlas current) {
    PatternIndex cached = index.get();
    if (cached != null && cached.isOf(current)) {
      return cached;
    }
    var built = new PatternIndex(current, settings);
    index.set(built);
    return built;
  }

  private Optional<Plan> firstValid(
      List<PatternMatch> matches, CommandShape shape, PlanRequest request) {
    for (PatternMatch match : matches) {
      Optional<Plan> plan =
          filler
              .fill(match, shape)
              .map(filled -> plan(request, match, filled))
              .filter(p -> validator.validate(p).isEmpty());
      if (plan.isPresent()) {
        return plan;
      }
    }
    return Optional.empty();
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
        PlanConventions.tags(tasks, catalog),
        Map.of(),
        TaskDefaults.STANDARD,
        new PlannerInfo(NAME, List.of(), details(match, filled)),
        tasks);
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
