package dev.altlas.segmentation.atlas;

import dev.altlas.archive.ArchivedRun;
import dev.altlas.model.CommandPattern;
import dev.altlas.model.Mode;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanTemplate;
import dev.altlas.model.TemplateSlot;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The runs of one command shape planned into one task graph, as they are read: how many, how many
 * succeeded, and the newest plan that succeeded, which becomes the pattern's template.
 */
final class PatternGroup {
  private static final int ID_HEX_DIGITS = 16;

  /** Newer first: by finish time, then by archive order, then by run id. */
  private static final Comparator<Template> NEWER_FIRST =
      Comparator.comparing(Template::finishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(Template::sequence, Comparator.reverseOrder())
          .thenComparing(Template::runId, Comparator.nullsLast(Comparator.reverseOrder()));

  /**
   * What runs are grouped by. The mode is part of it: a chaos run fails by design, and an explore
   * plan has branches a normal one does not, so neither says much about the other.
   *
   * @param types the plan's task types in plan order
   */
  record Key(String language, Mode mode, String normalizedCommand, List<String> types) {
    Key {
      types = List.copyOf(types);
    }
  }

  /** What runs without their plan are grouped by: the command with every value as a slot. */
  record ShapeKey(String language, Mode mode, String fullShape) {}

  private final Key key;
  private final ShapeKey shapeKey;
  private final RunTally tally = new RunTally();
  private Template template;

  PatternGroup(Key key, String fullShape) {
    this.key = key;
    this.shapeKey = new ShapeKey(key.language(), key.mode(), fullShape);
  }

  ShapeKey shapeKey() {
    return shapeKey;
  }

  /**
   * @param slots where the run's plan holds the command's values
   */
  void add(ArchivedRun run, List<TemplateSlot> slots) {
    tally.add(run);
    if (RunTally.succeeded(run) && canBeTemplate(run.plan())) {
      var candidate =
          new Template(run.plan(), slots, run.finishedAt(), run.sequence(), run.runId());
      if (template == null || NEWER_FIRST.compare(candidate, template) < 0) {
        template = candidate;
      }
    }
  }

  /**
   * A template holds tasks but no plan inputs, so a plan whose tasks read inputs ("email me", a
   * list of paths) cannot be one.
   */
  private static boolean canBeTemplate(Plan plan) {
    return plan.inputs().isEmpty();
  }

  /**
   * The pattern; empty when no run of the group succeeded with a plan that can be a template.
   *
   * @param planless the runs of the group's shape that came without their plan; null for none
   */
  Optional<CommandPattern> pattern(RunTally planless) {
    if (template == null) {
      return Optional.empty();
    }
    var all = new RunTally();
    all.addAll(tally);
    if (planless != null) {
      all.addAll(planless);
    }
    Plan plan = template.plan();
    return Optional.of(
        new CommandPattern(
            id(),
            String.join("-", key.types().stream().distinct().toList()),
            key.language(),
            key.normalizedCommand(),
            all.embeddings().mean(),
            new PlanTemplate(plan.mode(), plan.persona(), plan.tasks(), template.slots()),
            all.runs(),
            all.successRate(),
            all.lastSeen()));
  }

  /** Stable across installations and exports: a digest of what the runs were grouped by. */
  private String id() {
    String identity =
        String.join(
            "\n",
            key.language(),
            key.mode().name(),
            key.normalizedCommand(),
            String.join(",", key.types()));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
      return "pat-" + HexFormat.of().formatHex(digest).substring(0, ID_HEX_DIGITS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * The plan of a run that succeeded, with where it holds the command's values, and what tells
   * newer runs from older ones; the rest of the run is not kept.
   */
  private record Template(
      Plan plan, List<TemplateSlot> slots, Instant finishedAt, long sequence, String runId) {}
}
