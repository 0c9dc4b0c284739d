package dev.altlas.engine;

import dev.altlas.bus.EventBus;
import dev.altlas.bus.ReadyTask;
import dev.altlas.bus.RunEvent;
import dev.altlas.bus.WorkQueue;
import dev.altlas.catalog.TaskCatalog;
import dev.altlas.format.InvalidDocumentException;
import dev.altlas.format.PlanValidator;
import dev.altlas.format.Problem;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanInput;
import dev.altlas.model.PlanTask;
import dev.altlas.model.RetryPolicy;
import dev.altlas.model.RunResult;
import dev.altlas.model.TaskDefaults;
import dev.altlas.model.TaskError;
import dev.altlas.run.Decision;
import dev.altlas.run.RunRecord;
import dev.altlas.run.RunState;
import dev.altlas.run.RunStore;
import dev.altlas.run.TaskRecord;
import dev.altlas.run.TaskState;
import dev.altlas.task.Artifacts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs plans durably. Every state change is written to the {@link RunStore} before the engine acts
 * on it: a run submitted here survives a crash at any point, and {@link #resumeUnfinished()}
 * carries it on with no task lost and none completed twice (completions are compare-and-set on the
 * task's row, and a worker that lost its lease cannot complete).
 *
 * <p>Ready tasks go through a {@link WorkQueue} (competing consumers) and run on virtual threads
 * within per-run, per-type and per-{@code for_each} limits, with retries (exponential backoff with
 * jitter), timeouts, cancellation, approvals, and skipping of tasks whose dependencies did not
 * succeed while independent branches go on.
 */
public final class RunEngine implements AutoCloseable {
  private static final TaskDefaults FALLBACK = TaskDefaults.STANDARD;

  private final RunStore store;
  private final EventBus bus;
  private final WorkQueue queue;
  private final PlanValidator validator;
  private final TaskHandlers handlers;
  private final Artifacts artifacts;
  private final EngineSettings settings;
  private final Clock clock;
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
  private final ScheduledExecutorService timer;
  private final Limits limits;
  private final AttemptRunner attempts;
  private final SplittableRandom jitter;

  /** runId/taskKey of tasks queued or running in this process, so none is dispatched twice. */
  private final java.util.Set<String> dispatched = ConcurrentHashMap.newKeySet();

  /** The stored row of each attempt running here, kept current by lease renewals. */
  private final Map<String, AtomicReference<TaskRecord>> leases = new ConcurrentHashMap<>();

  private final Map<String, Future<?>> running = new ConcurrentHashMap<>();
  private final Map<String, ReentrantLock> runLocks = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<RunResult>> results = new ConcurrentHashMap<>();
  private final RunControl control;
  private final AutoCloseable consumer;

  public RunEngine(
      RunStore store,
      EventBus bus,
      WorkQueue queue,
      TaskCatalog catalog,
      TaskHandlers handlers,
      Artifacts artifacts,
      EngineSettings settings,
      Clock clock) {
    this.store = store;
    this.bus = bus;
    this.queue = queue;
    this.validator = new PlanValidator(catalog);
    this.handlers = handlers;
    this.artifacts = artifacts;
    this.settings = settings;
    this.clock = clock;
    this.limits = new Limits(settings);
    this.control = new RunControl(store);
    this.attempts = new AttemptRunner(catalog, handlers, threads);
    this.jitter = new SplittableRandom(settings.seed());
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("altlas-engine-timer").unstarted(r));
    long beat = Math.max(50, settings.lease().toMillis() / 3);
    timer.scheduleAtFixedRate(this::renewLeases, beat, beat, TimeUnit.MILLISECONDS);
    timer.scheduleAtFixedRate(() -> threads.submit(this::sweep), beat, beat, TimeUnit.MILLISECONDS);
    this.consumer = queue.consume(t -> work(t.runId(), t.taskKey()));
  }

  /**
   * Stores a new run of the plan and starts it.
   *
   * @param inputValues values for the plan's inputs; missing ones take their defaults
   * @return the run id
   * @throws InvalidDocumentException if the plan is invalid
   * @throws IllegalArgumentException if a task type has no handler or an input is missing
   */
  public String submit(Plan plan, String owner, Map<String, Object> inputValues) {
    Plan withInputs = bindInputs(plan, inputValues);
    List<Problem> problems = validator.validate(withInputs);
    if (!problems.isEmpty()) {
      throw new InvalidDocumentException(".alt plan", problems);
    }
    handlers.requireAll(withInputs);
    Instant now = clock.instant();
    String runId = RunIds.next(now);
    var tasks = withInputs.tasks().stream().map(t -> TaskRecord.waiting(runId, t.id())).toList();
    store.createRun(RunRecord.queued(runId, withInputs, owner, now), tasks);
    publish("run.queued", runId, null, Map.of("tasks", tasks.size()));
    threads.submit(() -> advance(runId));
    return runId;
  }

  /** Inputs are stored with the run as the plan's defaults, so a resumed run sees them. */
  private static Plan bindInputs(Plan plan, Map<String, Object> values) {
    var bound = new LinkedHashMap<String, PlanInput>();
    plan.inputs()
        .forEach(
            (name, in) -> {
              Object value = values.containsKey(name) ? values.get(name) : in.defaultValue();
              if (value == null && in.required()) {
                throw new IllegalArgumentException(
                    "the plan needs a value for input '"
                        + name
                        + "'"
                        + (in.description() == null ? "" : " (" + in.description() + ")"));
              }
              bound.put(name, new PlanInput(in.type(), in.description(), in.required(), value));
            });
    for (String name : values.keySet()) {
      if (!plan.inputs().containsKey(name)) {
        throw new IllegalArgumentException(
            "the plan has no input '" + name + "'; its inputs are " + plan.inputs().keySet());
      }
    }
    return new Plan(
        plan.formatVersion(),
        plan.id(),
        plan.createdAt(),
        plan.command(),
        plan.language(),
        plan.mode(),
        plan.persona(),
        plan.chaosLevel(),
        plan.seed(),
        plan.priority(),
        plan.tags(),
        bound,
        plan.defaults(),
        plan.planner(),
        plan.tasks());
  }

  /**
   * Carries on every run that has not finished: tasks whose worker died are taken back, and ready
   * tasks are dispatched again. Call it once at start.
   */
  public void resumeUnfinished() {
    Instant now = clock.instant();
    for (String runId : store.unfinishedRuns()) {
      for (TaskRecord t : store.tasks(runId)) {
        boolean lost =
            t.state() == TaskState.RUNNING
                && !leases.containsKey(key(t))
                && (settings.exclusive() || t.leaseUntil() == null || t.leaseUntil().isBefore(now));
        if (lost) {
          reclaim(t);
        }
      }
      publish("run.resumed", runId, null, Map.of());
      threads.submit(() -> advance(runId));
    }
  }

  /** The result of a run once it has finished, waiting up to {@code timeout}. */
  public Optional<RunResult> await(String runId, Duration timeout) throws InterruptedException {
    Optional<RunResult> stored = store.result(runId);
    if (stored.isPresent()) {
      return stored;
    }
    CompletableFuture<RunResult> future =
        results.computeIfAbsent(runId, k -> new CompletableFuture<>());
    // The run may have finished between the look-up and registering the future.
    store.result(runId).ifPresent(future::complete);
    try {
      return Optional.of(future.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      return Optional.empty();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      if (future.isDone()) {
        results.remove(runId, future);
      }
    }
  }

  /**
   * Cancels a run: no more tasks start and running ones are interrupted.
   *
   * @return false if the run does not exist or has finished
   */
  public boolean cancel(String runId) {
    if (!control.cancel(runId)) {
      return false;
    }
    publish("run.cancelling", runId, null, Map.of());
    interruptAttempts(runId);
    threads.submit(() -> advance(runId));
    return true;
  }

  private void interruptAttempts(String runId) {
    running.forEach(
        (k, f) -> {
          if (k.startsWith(runId + "/")) {
            f.cancel(true);
          }
        });
  }

  /**
   * Records a person's decision on an {@code approval.wait} task and lets the task finish.
   *
   * @throws IllegalStateException naming the task's state when it is not waiting for a decision
   */
  public void decide(String runId, String taskId, Decision decision) {
    control.decide(runId, taskId, decision);
    publish(
        "task.decided",
        runId,
        taskId,
        Map.of("approved", decision.approved(), "by", decision.by()));
    threads.submit(() -> advance(runId));
  }

  // ---- the state machine ------------------------------------------------------------------

  private void advance(String runId) {
    ReentrantLock lock = runLocks.computeIfAbsent(runId, k -> new ReentrantLock());
    lock.lock();
    try {
      step(runId);
    } catch (RuntimeException e) {
      publish("run.error", runId, null, Map.of("message", String.valueOf(e.getMessage())));
      throw e;
    } finally {
      lock.unlock();
    }
  }

  private void step(String runId) {
    RunRecord run = store.findRun(runId).orElseThrow();
    if (run.state().finished()) {
      return;
    }
    if (run.state() == RunState.QUEUED) {
      RunRecord started = run.started(clock.instant());
      if (!store.updateRun(run, started)) {
        return;
      }
      run = started.nextVersion();
      publish("run.started", runId, null, Map.of());
    }
    List<TaskRecord> tasks = store.tasks(runId);
    Map<String, TaskRecord> byKey = new HashMap<>();
    tasks.forEach(t -> byKey.put(t.key(), t));
    boolean changed;
    if (run.cancelRequested()) {
      changed = cancelRemaining(tasks);
    } else {
      changed = false;
      for (PlanTask pt : run.plan().tasks()) {
        TaskRecord r = byKey.get(pt.id());
        switch (r.state()) {
          case WAITING -> changed |= maybeStart(run, pt, r, byKey);
          case FANNED_OUT -> changed |= maybeGather(run, pt, r, tasks);
          default -> {}
        }
      }
      for (TaskRecord t : tasks) {
        if (t.state() == TaskState.READY) {
          dispatch(t);
        }
      }
    }
    if (changed) {
      threads.submit(() -> advance(runId));
      return;
    }
    boolean allFinished =
        run.plan().tasks().stream().allMatch(pt -> byKey.get(pt.id()).state().finished());
    if (allFinished && tasks.stream().noneMatch(t -> t.state() == TaskState.RUNNING)) {
      finish(run, tasks);
    }
  }

  /** A waiting task whose dependencies have all finished starts, is skipped, or fans out. */
  private boolean maybeStart(
      RunRecord run, PlanTask pt, TaskRecord r, Map<String, TaskRecord> byKey) {
    for (String d : pt.dependsOn()) {
      if (!byKey.get(d).state().finished()) {
        return false;
      }
    }
    Instant now = clock.instant();
    for (String d : pt.dependsOn()) {
      TaskState s = byKey.get(d).state();
      if (s != TaskState.SUCCEEDED) {
        return settle(
            r,
            r.finished(
                TaskState.SKIPPED,
                now,
                null,
                new TaskError(
                    "dependency.not_succeeded",
                    "skipped because '"
                        + d
                        + "' "
                        + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')),
                null,
                null),
            "task.skipped");
      }
    }
    ReferenceResolver resolver = resolver(run, byKey);
    try {
      if (pt.condition() != null && !ConditionEvaluator.holds(pt.condition(), resolver)) {
        return settle(
            r,
            r.finished(
                TaskState.SKIPPED,
                now,
                null,
                new TaskError("condition.false", "condition " + pt.condition() + " was false"),
                null,
                null),
            "task.skipped");
      }
      if (pt.forEach() == null) {
        return settle(r, r.withState(TaskState.READY), "task.ready");
      }
      Object list = resolver.resolve(pt.forEach());
      if (!(list instanceof List<?> items)) {
        return settle(
            r,
            r.finished(
                TaskState.FAILED,
                now,
                null,
                new TaskError("for_each.not_a_list", pt.forEach() + " is not a list"),
                null,
                null),
            "task.failed");
      }
      if (items.isEmpty()) {
        return settle(
            r, r.finished(TaskState.SUCCEEDED, now, List.of(), null, null, null), "task.succeeded");
      }
      var rows = new ArrayList<TaskRecord>(items.size());
      for (int i = 0; i < items.size(); i++) {
        rows.add(TaskRecord.item(run.runId(), pt.id(), i));
      }
      TaskRecord parent =
          new TaskRecord(
              r.runId(),
              r.key(),
              r.taskId(),
              null,
              TaskState.FANNED_OUT,
              0,
              null,
              null,
              null,
              now,
              null,
              null,
              null,
              null,
              null,
              r.version());
      if (store.fanOut(r, parent, rows)) {
        publish("task.fanned_out", run.runId(), pt.id(), Map.of("items", rows.size()));
        return true;
      }
      return false;
    } catch (ReferenceResolver.UnresolvedReference | IllegalArgumentException e) {
      return settle(
          r,
          r.finished(
              TaskState.FAILED,
              now,
              null,
              new TaskError("task.bad_reference", e.getMessage()),
              null,
              null),
          "task.failed");
    }
  }

  /** A fanned-out task finishes once all its items have: with their outputs, or failed. */
  private boolean maybeGather(
      RunRecord run, PlanTask pt, TaskRecord parent, List<TaskRecord> tasks) {
    var items =
        tasks.stream()
            .filter(t -> t.item() != null && t.taskId().equals(pt.id()))
            .sorted(java.util.Comparator.comparing(TaskRecord::item))
            .toList();
    if (items.stream().anyMatch(t -> !t.state().finished())) {
      return false;
    }
    Instant now = clock.instant();
    var failed = items.stream().filter(t -> t.state() != TaskState.SUCCEEDED).toList();
    if (failed.isEmpty()) {
      var outputs = new ArrayList<Object>(items.size());
      items.forEach(t -> outputs.add(t.output()));
      return settle(
          parent,
          parent.finished(TaskState.SUCCEEDED, now, outputs, null, items.get(0).model(), null),
          "task.succeeded");
    }
    TaskRecord first = failed.get(0);
    String why =
        first.error() == null
            ? first.state().name().toLowerCase(java.util.Locale.ROOT)
            : first.error().code() + ": " + first.error().message();
    return settle(
        parent,
        parent.finished(
            TaskState.FAILED,
            now,
            null,
            new TaskError(
                "for_each.items_failed",
                failed.size()
                    + " of "
                    + items.size()
                    + " items did not succeed; first, item "
                    + first.item()
                    + ": "
                    + why),
            null,
            null),
        "task.failed");
  }

  private boolean cancelRemaining(List<TaskRecord> tasks) {
    boolean changed = false;
    Instant now = clock.instant();
    for (TaskRecord t : tasks) {
      switch (t.state()) {
        case WAITING, READY, AWAITING_APPROVAL, FANNED_OUT ->
            changed |=
                settle(
                    t,
                    t.finished(
                        TaskState.CANCELLED,
                        now,
                        null,
                        new TaskError("run.cancelled", "the run was cancelled"),
                        null,
                        null),
                    "task.cancelled");
        default -> {}
      }
    }
    return changed;
  }

  private boolean settle(TaskRecord expected, TaskRecord next, String event) {
    if (!store.updateTask(expected, next)) {
      return false;
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("state", next.state().name().toLowerCase(java.util.Locale.ROOT));
    if (next.error() != null) {
      data.put("error", next.error().code());
      data.put("message", next.error().message());
    }
    publish(event, expected.runId(), expected.key(), data);
    return true;
  }

  private void finish(RunRecord run, List<TaskRecord> tasks) {
    Instant now = clock.instant();
    RunResult result = ResultBuilder.build(run, tasks, now);
    // The result is stored before the run is marked finished, so a finished run always has one.
    store.saveResult(result);
    if (store.updateRun(run, run.finished(RunState.valueOf(result.status().name()), now))) {
      publish(
          "run.finished",
          run.runId(),
          null,
          Map.of(
              "status",
              result.status().name().toLowerCase(java.util.Locale.ROOT),
              "success_rate",
              result.successRate()));
    }
    // Waiters get the result; nothing is kept for runs nobody waits for (await reads the store).
    CompletableFuture<RunResult> waiting = results.remove(run.runId());
    if (waiting != null) {
      waiting.complete(result);
    }
    limits.forgetRun(run.runId());
    runLocks.remove(run.runId());
  }

  // ---- running one attempt ----------------------------------------------------------------

  /** Hands a ready task to the work queue, once per process until it has been worked on. */
  private void dispatch(TaskRecord t) {
    if (dispatched.add(key(t))) {
      queue.offer(new ReadyTask(t.runId(), t.key(), t.notBefore()));
    }
  }

  private void work(String runId, String taskKey) {
    String k = runId + "/" + taskKey;
    try {
      RunRecord run = store.findRun(runId).orElseThrow();
      TaskRecord ready = store.task(runId, taskKey).orElseThrow();
      if (ready.state() != TaskState.READY || run.cancelRequested()) {
        return;
      }
      PlanTask pt = run.plan().task(ready.taskId()).orElseThrow();
      int fanOutLimit =
          pt.maxParallel() == null ? settings.defaultForEachParallel() : pt.maxParallel();
      var held =
          limits.acquire(runId, pt.type(), ready.item() == null ? null : pt.id(), fanOutLimit);
      try {
        attempt(run, pt, k);
      } finally {
        Limits.release(held);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      dispatched.remove(k);
      if (!Thread.currentThread().isInterrupted()) {
        advance(runId);
      }
    }
  }

  private void attempt(RunRecord run, PlanTask pt, String k) {
    String taskKey = k.substring(run.runId().length() + 1);
    TaskRecord ready = store.task(run.runId(), taskKey).orElseThrow();
    if (ready.state() != TaskState.READY) {
      return;
    }
    Instant now = clock.instant();
    TaskRecord claimed = ready.claimed(settings.workerId(), now, now.plus(settings.lease()));
    if (!store.updateTask(ready, claimed)) {
      return;
    }
    var lease = new AtomicReference<>(claimed.nextVersion());
    leases.put(k, lease);
    publish("task.started", run.runId(), taskKey, Map.of("attempt", claimed.attempts()));
    AttemptContext[] context = new AttemptContext[1];
    Outcome outcome;
    try {
      Map<String, TaskRecord> byKey = new HashMap<>();
      store.tasks(run.runId()).forEach(t -> byKey.put(t.key(), t));
      ReferenceResolver resolver = resolver(run, byKey);
      if (claimed.item() != null) {
        List<?> items = (List<?>) resolver.resolve(pt.forEach());
        resolver = resolver.withItem(items.get(claimed.item()));
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> params = (Map<String, Object>) resolver.resolve(pt.params());
      outcome =
          attempts.run(
              pt,
              params,
              timeoutOf(run.plan(), pt),
              p ->
                  context[0] =
                      new AttemptContext(
                          store, run.runId(), pt.id(), taskKey, claimed.attempts(), p, artifacts),
              f -> running.put(k, f));
    } catch (ReferenceResolver.UnresolvedReference e) {
      outcome = new Outcome.Failed(new TaskError("task.bad_reference", e.getMessage()), false);
    } finally {
      running.remove(k);
    }
    complete(run, pt, lease, outcome, context[0]);
    leases.remove(k);
  }

  private void complete(
      RunRecord run,
      PlanTask pt,
      AtomicReference<TaskRecord> lease,
      Outcome outcome,
      AttemptContext context) {
    Instant now = clock.instant();
    String model = context == null ? null : context.model();
    var usage = context == null ? null : context.usage();
    synchronized (lease) {
      TaskRecord current = lease.get();
      RetryPolicy retry = retryOf(run.plan(), pt);
      TaskRecord next;
      String event;
      switch (outcome) {
        case Outcome.Succeeded s -> {
          next = current.finished(TaskState.SUCCEEDED, now, s.output(), null, model, usage);
          event = "task.succeeded";
        }
        case Outcome.AwaitingApproval a -> {
          next = current.awaitingApproval();
          event = "task.awaiting_approval";
        }
        case Outcome.Cancelled c -> {
          next =
              current.finished(
                  TaskState.CANCELLED,
                  now,
                  null,
                  new TaskError("run.cancelled", "the run was cancelled"),
                  model,
                  usage);
          event = "task.cancelled";
        }
        case Outcome.Failed f when f.retryable() && mayRetry(current, retry) -> {
          next = current.retryAt(now.plus(delay(retry, current.attempts())), f.error());
          event = "task.retrying";
        }
        case Outcome.TimedOut t when mayRetry(current, retry) -> {
          next = current.retryAt(now.plus(delay(retry, current.attempts())), t.error());
          event = "task.retrying";
        }
        case Outcome.Failed f -> {
          next = current.finished(TaskState.FAILED, now, null, f.error(), model, usage);
          event = "task.failed";
        }
        case Outcome.TimedOut t -> {
          next = current.finished(TaskState.TIMED_OUT, now, null, t.error(), model, usage);
          event = "task.timed_out";
        }
      }
      if (!settle(current, next, event)) {
        // The lease was lost (another worker took the task over): this attempt's result is dropped.
        publish(
            "task.lease_lost", run.runId(), current.key(), Map.of("attempt", current.attempts()));
        return;
      }
      lease.set(next.nextVersion());
    }
  }

  /** Attempts are left and the run is not being cancelled (read only when it matters). */
  private boolean mayRetry(TaskRecord current, RetryPolicy retry) {
    return current.attempts() < retry.maxAttempts()
        && !store.findRun(current.runId()).map(RunRecord::cancelRequested).orElse(false);
  }

  private Duration delay(RetryPolicy retry, int failedAttempt) {
    synchronized (jitter) {
      return RetryDelays.after(retry, failedAttempt, jitter);
    }
  }

  private static RetryPolicy retryOf(Plan plan, PlanTask pt) {
    if (pt.retry() != null) {
      return pt.retry();
    }
    TaskDefaults d = plan.defaults() == null ? FALLBACK : plan.defaults();
    return d.retry() == null ? FALLBACK.retry() : d.retry();
  }

  private static Duration timeoutOf(Plan plan, PlanTask pt) {
    if (pt.timeout() != null) {
      return pt.timeout();
    }
    TaskDefaults d = plan.defaults() == null ? FALLBACK : plan.defaults();
    return d.timeout() == null ? FALLBACK.timeout() : d.timeout();
  }

  private static ReferenceResolver resolver(RunRecord run, Map<String, TaskRecord> byKey) {
    var inputs = new LinkedHashMap<String, Object>();
    run.plan().inputs().forEach((name, in) -> inputs.put(name, in.defaultValue()));
    return new ReferenceResolver(
        id -> {
          TaskRecord t = byKey.get(id);
          if (t == null || t.state() != TaskState.SUCCEEDED) {
            throw new ReferenceResolver.UnresolvedReference("task '" + id + "' has no output");
          }
          return t.output();
        },
        inputs);
  }

  // ---- leases -----------------------------------------------------------------------------

  private void renewLeases() {
    Instant until = clock.instant().plus(settings.lease());
    leases
        .values()
        .forEach(
            lease -> {
              synchronized (lease) {
                TaskRecord current = lease.get();
                if (current.state() == TaskState.RUNNING) {
                  TaskRecord renewed = current.renewed(until);
                  if (store.updateTask(current, renewed)) {
                    lease.set(renewed.nextVersion());
                  }
                }
              }
            });
  }

  /**
   * Every third of a lease: takes back tasks whose lease ran out while no worker here holds them,
   * and moves every unfinished run on, so that a cancel or a decision recorded by another process
   * (see {@link RunControl}) takes effect here.
   */
  private void sweep() {
    Instant now = clock.instant();
    for (String runId : store.unfinishedRuns()) {
      for (TaskRecord t : store.tasks(runId)) {
        if (t.state() == TaskState.RUNNING
            && !leases.containsKey(key(t))
            && t.leaseUntil() != null
            && t.leaseUntil().isBefore(now)) {
          reclaim(t);
        }
      }
      if (store.findRun(runId).map(RunRecord::cancelRequested).orElse(false)) {
        interruptAttempts(runId);
      }
      threads.submit(() -> advance(runId));
    }
  }

  private boolean reclaim(TaskRecord t) {
    return settle(
        t,
        t.reclaimed(
            new TaskError(
                "worker.lost",
                "worker " + t.leaseOwner() + " stopped during attempt " + t.attempts())),
        "task.reclaimed");
  }

  private static String key(TaskRecord t) {
    return t.runId() + "/" + t.key();
  }

  private void publish(String type, String runId, String taskKey, Map<String, Object> data) {
    bus.publish(
        new RunEvent(UUID.randomUUID().toString(), type, runId, taskKey, clock.instant(), data));
  }

  @Override
  public void close() {
    try {
      consumer.close();
    } catch (Exception e) {
      // Stopping deliveries is best effort; the store keeps every ready task.
    }
    timer.shutdownNow();
    threads.shutdownNow();
    try {
      threads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
