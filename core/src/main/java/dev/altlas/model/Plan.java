package dev.altlas.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code .alt} plan: a command turned into a graph of catalog tasks.
 *
 * @param formatVersion the {@code .alt} format version this plan was written in
 * @param seed makes {@code dream}, {@code explore} and {@code chaos} choices repeatable
 */
public record Plan(
    int formatVersion,
    String id,
    Instant createdAt,
    String command,
    String language,
    Mode mode,
    Persona persona,
    Integer chaosLevel,
    Long seed,
    Priority priority,
    List<String> tags,
    Map<String, PlanInput> inputs,
    TaskDefaults defaults,
    PlannerInfo planner,
    List<PlanTask> tasks) {

  /** The newest {@code .alt} format version this code reads and writes. */
  public static final int FORMAT_VERSION = 1;

  public Plan {
    tags = tags == null ? List.of() : List.copyOf(tags);
    inputs =
        inputs == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    tasks = tasks == null ? List.of() : List.copyOf(tasks);
  }

  public PlanHeader header() {
    return new PlanHeader(
        id, createdAt, command, language, mode, persona, chaosLevel, seed, priority, tags);
  }

  public Optional<PlanTask> task(String taskId) {
    return tasks.stream().filter(t -> t.id().equals(taskId)).findFirst();
  }

  public Plan withTasks(List<PlanTask> newTasks) {
    return new Plan(
        formatVersion,
        id,
        createdAt,
        command,
        language,
        mode,
        persona,
        chaosLevel,
        seed,
        priority,
        tags,
        inputs,
        defaults,
        planner,
        newTasks);
  }

  public Plan withPlanner(PlannerInfo newPlanner) {
    return new Plan(
        formatVersion,
        id,
        createdAt,
        command,
        language,
        mode,
        persona,
        chaosLevel,
        seed,
        priority,
        tags,
        inputs,
        defaults,
        newPlanner,
        tasks);
  }
}
