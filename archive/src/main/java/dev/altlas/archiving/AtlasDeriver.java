package dev.altlas.archiving;

import dev.altlas.archive.ArchiveStore;
import dev.altlas.archive.ArchivedRun;
import dev.altlas.bus.EventBus;
import dev.altlas.bus.RunEvent;
import dev.altlas.catalog.TaskCatalog;
import dev.altlas.format.DocumentReader;
import dev.altlas.format.DocumentWriter;
import dev.altlas.format.InvalidDocumentException;
import dev.altlas.format.Syntax;
import dev.altlas.model.Atlas;
import dev.altlas.model.CommandPattern;
import dev.altlas.model.LowSuccessAlert;
import dev.altlas.model.OutcomeStats;
import dev.altlas.model.StatDimension;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Derives an {@code .atlas} from the archive: outcome statistics per task type, mode, persona and
 * model ({@link RunStatistics} says what counts), recurring failures, low-success alerts, and the
 * command patterns a learner finds.
 *
 * <p>The archive is read once, a batch at a time, up to the last record committed when derivation
 * began; memory grows with the number of groups, not of runs. Latency percentiles are nearest-rank
 * ({@link LatencyDistribution}): exact for groups of up to 1024 samples, beyond that from a
 * histogram, at most 0.78 % above the exact value (and exact below 256 ms).
 *
 * <p>A low-success alert is logged and published on the bus when its group falls below the
 * threshold (and on this deriver's first derivation), not again while the group stays below.
 */
public final class AtlasDeriver {
  private static final System.Logger LOG = System.getLogger(AtlasDeriver.class.getName());

  /** The type, and subject, of the event published per low-success alert (about no single run). */
  public static final String ALERT_EVENT = "atlas.low_success";

  private final ArchiveStore store;
  private final EventBus bus;
  private final DocumentReader reader;
  private final DocumentWriter writer = new DocumentWriter();
  private final Function<Collection<ArchivedRun>, List<CommandPattern>> patternLearner;
  private final AtlasSettings settings;
  private final Clock clock;

  /**
   * Groups alerting at the last derivation; kept in the store so a restart does not repeat them.
   */
  private static final String ALERTING = "atlas:alerting";

  /**
   * @param catalog the task types templates may use; learned patterns that are not valid in an
   *     {@code .atlas} with it are left out (and logged), so the atlas always validates
   * @param patternLearner finds command patterns in the archived runs it is given; they are a
   *     read-only view that reads the store as it is iterated, so a learner that streams over them
   *     stays in bounded memory
   */
  public AtlasDeriver(
      ArchiveStore store,
      EventBus bus,
      TaskCatalog catalog,
      Function<Collection<ArchivedRun>, List<CommandPattern>> patternLearner,
      AtlasSettings settings,
      Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.bus = Objects.requireNonNull(bus, "bus");
    this.reader = new DocumentReader(catalog);
    this.patternLearner = Objects.requireNonNull(patternLearner, "patternLearner");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Reads the archive and returns what it teaches; publishes the alerts newly raised. */
  public synchronized Atlas derive() {
    Instant now = clock.instant();
    long through = store.lastSequence();
    var runs = new ArchivedRuns(store, through, store.count(), settings.batchSize());
    var tallied = new TalliedRuns(runs);
    List<CommandPattern> patterns = valid(patternLearner.apply(tallied), now);
    // A learner that did not go through every run leaves them to be counted on their own.
    RunStatistics statistics = tallied.statistics().orElseGet(() -> tally(runs));
    List<OutcomeStats> stats = statistics.stats();
    List<LowSuccessAlert> alerts = alerts(stats, statistics, now);
    Atlas atlas =
        new Atlas(
            Atlas.FORMAT_VERSION,
            now,
            settings.source(),
            statistics.runs(),
            patterns,
            stats,
            statistics.failures(settings.maxFailures()),
            alerts);
    announce(alerts);
    return atlas;
  }

  private static RunStatistics tally(Collection<ArchivedRun> runs) {
    RunStatistics statistics = new RunStatistics();
    runs.forEach(statistics::add);
    return statistics;
  }

  private List<LowSuccessAlert> alerts(
      List<OutcomeStats> stats, RunStatistics statistics, Instant now) {
    var alerts = new ArrayList<LowSuccessAlert>();
    for (OutcomeStats s : stats) {
      if (s.count() >= settings.minSamples() && s.successRate() < settings.threshold()) {
        String message =
            String.format(
                Locale.ROOT,
                "%s %s succeeded in %.1f%% of %d %s, below the %.0f%% threshold",
                s.dimension().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                s.key(),
                s.successRate() * 100,
                s.count(),
                taskLevel(s.dimension()) ? "tasks" : "runs",
                settings.threshold() * 100);
        if (s.dimension() == StatDimension.TASK_TYPE) {
          message +=
              statistics
                  .commonestError(s.key())
                  .map(code -> "; most failures are " + code)
                  .orElse("");
        }
        alerts.add(
            new LowSuccessAlert(
                s.dimension(),
                s.key(),
                s.successRate(),
                settings.threshold(),
                s.count(),
                now,
                message + "."));
      }
    }
    return alerts;
  }

  private static boolean taskLevel(StatDimension d) {
    return d == StatDimension.TASK_TYPE || d == StatDimension.MODEL;
  }

  /** Logs and publishes the alerts whose group was not alerting at the previous derivation. */
  private void announce(List<LowSuccessAlert> alerts) {
    Set<String> alerting =
        store.checkpoint(ALERTING).stream()
            .flatMap(v -> java.util.Arrays.stream(v.split("\n")))
            .filter(g -> !g.isEmpty())
            .collect(java.util.stream.Collectors.toSet());
    Set<String> now = new java.util.TreeSet<>();
    for (LowSuccessAlert a : alerts) {
      String group = a.dimension() + "/" + a.key();
      now.add(group);
      if (alerting.contains(group)) {
        continue;
      }
      LOG.log(Level.WARNING, "low success: {0}", a.message());
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("dimension", a.dimension().name().toLowerCase(Locale.ROOT));
      data.put("key", a.key());
      data.put("success_rate", a.successRate());
      data.put("threshold", a.threshold());
      data.put("count", a.count());
      data.put("message", a.message());
      try {
        bus.publish(
            new RunEvent(
                UUID.randomUUID().toString(), ALERT_EVENT, null, null, a.raisedAt(), data));
      } catch (RuntimeException e) {
        // The atlas carries the alert; a bus that is down must not lose the derivation.
        LOG.log(Level.WARNING, "could not publish the alert: {0}", e.toString());
      }
    }
    if (!now.equals(alerting)) {
      store.saveCheckpoint(ALERTING, String.join("\n", now));
    }
  }

  /**
   * The learned patterns that are valid in an {@code .atlas} (schema and rules, checked by writing
   * and reading each back), the first of each id; the others are logged and left out.
   */
  private List<CommandPattern> valid(List<CommandPattern> learned, Instant now) {
    var kept = new ArrayList<CommandPattern>();
    Set<String> ids = new HashSet<>();
    for (CommandPattern p : learned == null ? List.<CommandPattern>of() : learned) {
      Atlas alone = new Atlas(Atlas.FORMAT_VERSION, now, null, 0, List.of(p), null, null, null);
      try {
        reader.readAtlas(writer.write(alone, Syntax.JSON));
      } catch (InvalidDocumentException e) {
        LOG.log(
            Level.WARNING,
            "left learned pattern {0} out of the atlas: {1}",
            p.id(),
            e.problems().getFirst());
        continue;
      }
      if (ids.add(p.id())) {
        kept.add(p);
      }
    }
    return kept;
  }
}
