package dev.altlas.segmentation.atlas;

import dev.altlas.archive.ArchivedRun;
import dev.altlas.catalog.TaskCatalog;
import dev.altlas.model.CommandPattern;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Learns command patterns from archived runs: the commands that meant the same thing and the plan
 * that served them, with the parameters that change from one command to the next marked as slots.
 *
 * <p>Each command is read with the rule-based planner's extractors into a shape, e.g. {@code
 * summarize the {glob} in {path} and list the {count} most important}: the values the plan holds
 * are slots, everything else stays as written, lower-cased and with white space collapsed. Runs are
 * grouped by language, mode, shape and the plan's task types; a group with a run that succeeded
 * becomes a pattern whose template is the newest plan that succeeded. Failed runs count against
 * their group's success rate; a run archived without its plan counts for every group whose command
 * reads the same with all its values as slots.
 *
 * <p>The runs are iterated once, in chunks, so a collection that reads an archive as it is iterated
 * stays in bounded memory. Reading a command is the costly part, so each distinct command is read
 * once, the new ones of a chunk in parallel. One instance may serve many threads.
 */
public final class PatternLearner {
  /** Runs taken from the iterator at a time: enough distinct commands to read in parallel. */
  private static final int CHUNK = 4096;

  private final ShapeReader shapes = new ShapeReader();
  private final SlotFinder slots;

  public PatternLearner(TaskCatalog catalog) {
    this.slots = new SlotFinder(Objects.requireNonNull(catalog, "catalog"));
  }

  /** The patterns of the runs, the most-run first. */
  public List<CommandPattern> learn(Collection<ArchivedRun> runs) {
    var read = new HashMap<Said, Optional<CommandShape>>();
    var pass = new LearningPass(slots);
    var chunk = new ArrayList<ArchivedRun>(CHUNK);
    for (ArchivedRun run : runs) {
      chunk.add(run);
      if (chunk.size() == CHUNK) {
        learnChunk(chunk, read, pass);
        chunk.clear();
      }
    }
    learnChunk(chunk, read, pass);
    return pass.patterns();
  }

  private void learnChunk(
      List<ArchivedRun> chunk, Map<Said, Optional<CommandShape>> read, LearningPass pass) {
    List<Said> unread =
        chunk.stream()
            .map(Said::of)
            .filter(s -> s != null && !read.containsKey(s))
            .distinct()
            .toList();
    unread.parallelStream()
        .map(s -> Map.entry(s, shapes.read(s.command(), s.language())))
        .toList()
        .forEach(e -> read.put(e.getKey(), e.getValue()));
    for (ArchivedRun run : chunk) {
      Said said = Said.of(run);
      if (said != null) {
        read.get(said).ifPresent(shape -> pass.add(run, said.mode(), shape));
      }
    }
  }
}
