package dev.altlas.segmentation.atlas;

import dev.altlas.archive.ArchivedRun;
import dev.altlas.model.CommandPattern;
import dev.altlas.model.Mode;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The groups of one learning pass over the runs, filled run by run. */
final class LearningPass {
  private final SlotFinder slots;
  private final Map<PatternGroup.Key, PatternGroup> groups = new LinkedHashMap<>();
  private final Map<PatternGroup.ShapeKey, RunTally> shapeOnly = new HashMap<>();

  LearningPass(SlotFinder slots) {
    this.slots = slots;
  }

  /**
   * @param shape the run's command, read
   */
  void add(ArchivedRun run, Mode mode, CommandShape shape) {
    String language = shape.language().code();
    Plan plan = run.plan();
    if (plan == null || plan.tasks().isEmpty()) {
      shapeOnly
          .computeIfAbsent(
              new PatternGroup.ShapeKey(language, mode, shape.normalized()), k -> new RunTally())
          .add(run);
      return;
    }
    SlotFinder.Found found = slots.find(shape, plan);
    var key =
        new PatternGroup.Key(
            language,
            mode,
            found.normalizedCommand(),
            plan.tasks().stream().map(PlanTask::type).toList());
    groups
        .computeIfAbsent(key, k -> new PatternGroup(k, shape.normalized()))
        .add(run, found.slots());
  }

  /** The patterns, the most-run first; runs without their plan counted for their shape. */
  List<CommandPattern> patterns() {
    return groups.values().stream()
        .map(group -> group.pattern(shapeOnly.get(group.shapeKey())))
        .flatMap(Optional::stream)
        .sorted(
            Comparator.comparingLong(CommandPattern::runs)
                .reversed()
                .thenComparing(CommandPattern::id))
        .toList();
  }
}
