package dev.altlas.segmentation;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.catalog.TaskType;
import dev.altlas.model.Backoff;
import dev.altlas.model.PlanTask;
import dev.altlas.model.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What steps that change the world outside the run have in common, and finding them in plans. */
public final class SideEffects {
  /**
   * A message sent twice is worse than one sent late: one retry, after a pause that lets a passing
   * outage clear.
   */
  static final RetryPolicy NOTIFY_RETRY =
      new RetryPolicy(2, Backoff.FIXED, Duration.ofSeconds(30), null);

  /** HTTP methods that only read. */
  private static final Set<String> READS = Set.of("GET", "HEAD");

  private SideEffects() {}

  /**
   * The tasks that change something outside the run: those the catalog marks as side effects
   * ({@code fs.write}, {@code notify.*}, {@code storage.put}, {@code shell.exec}, …) and {@code
   * http.request} with a method other than GET or HEAD (or one a reference decides).
   */
  public static List<SideEffect> of(List<PlanTask> tasks, TaskCatalog catalog) {
    var effects = new ArrayList<SideEffect>();
    for (PlanTask task : tasks) {
      boolean effect =
          catalog.find(task.type()).map(TaskType::sideEffect).orElse(false)
              || (task.type().equals("http.request") && !reads(task.params().get("method")));
      if (effect) {
        effects.add(new SideEffect(task.id(), task.type(), task.params(), task.forEach()));
      }
    }
    return effects;
  }

  /**
   * The effects of {@code planned} that {@code asked} does not have, each of {@code asked} matching
   * at most one: a plan that writes a file twice where the command asks for one write adds one.
   */
  public static List<SideEffect> unasked(List<SideEffect> planned, List<SideEffect> asked) {
    var left = new ArrayList<>(asked);
    var extra = new ArrayList<SideEffect>();
    for (SideEffect effect : planned) {
      int match = -1;
      for (int i = 0; i < left.size() && match < 0; i++) {
        if (effect.sameAs(left.get(i))) {
          match = i;
        }
      }
      if (match < 0) {
        extra.add(effect);
      } else {
        left.remove(match);
      }
    }
    return extra;
  }

  private static boolean reads(Object method) {
    return method == null
        || (method instanceof String m && READS.contains(m.strip().toUpperCase(Locale.ROOT)));
  }
}
