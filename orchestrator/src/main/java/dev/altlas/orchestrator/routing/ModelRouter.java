package dev.altlas.orchestrator.routing;

import dev.altlas.ai.Capability;
import dev.altlas.ai.GenerateRequest;
import dev.altlas.ai.ModelException;
import dev.altlas.ai.ModelReply;
import dev.altlas.ai.Scored;
import dev.altlas.orchestrator.provider.Preloading;
import dev.altlas.orchestrator.provider.StreamingGenerator;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The model port the rest of the system uses. Each call goes to a provider that has the capability,
 * the cheapest first (configured cost rank), healthy ones before those whose circuit breaker is
 * open or half-open, and in configured order among equals. A failing provider is retried while its
 * failures are retryable, then the next capable provider is tried. A capability no provider has is
 * {@code ai.unsupported}, naming the configured providers.
 *
 * <p>Token usage of every answer goes into the {@link UsageLedger}, attributed to the run and user
 * of the view {@link #forCaller} returned.
 */
public final class ModelRouter implements StreamingGenerator, Closeable {
  public static final String NAME = "router";

  private final List<ProviderGuard> guards;
  private final UsageLedger ledger;
  private final Caller caller;
  private final Set<Capability> capabilities;

  /**
   * @param routes in order of preference
   */
  public ModelRouter(List<ProviderRoute> routes, Resilience resilience, UsageLedger ledger) {
    this(guards(routes, resilience), ledger, Caller.UNKNOWN);
  }

  private ModelRouter(List<ProviderGuard> guards, UsageLedger ledger, Caller caller) {
    this.guards = guards;
    this.ledger = ledger;
    this.caller = caller;
    var caps = EnumSet.noneOf(Capability.class);
    guards.forEach(g -> caps.addAll(g.provider().capabilities()));
    this.capabilities = Collections.unmodifiableSet(caps);
  }

  private static List<ProviderGuard> guards(List<ProviderRoute> routes, Resilience resilience) {
    var guards = new ArrayList<ProviderGuard>(routes.size());
    for (ProviderRoute route : routes) {
      guards.add(new ProviderGuard(route, guards.size(), resilience));
    }
    return List.copyOf(guards);
  }

  /** The same router, recording usage for this run and user. */
  public StreamingGenerator forCaller(Caller caller) {
    return new ModelRouter(guards, ledger, caller);
  }

  public UsageLedger ledger() {
    return ledger;
  }

  /** Each provider's circuit breaker state: {@code closed}, {@code open} or {@code half_open}. */
  public Map<String, String> health() {
    var health = new LinkedHashMap<String, String>();
    guards.forEach(g -> health.put(g.name(), g.state().name().toLowerCase(Locale.ROOT)));
    return health;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Capability> capabilities() {
    return capabilities;
  }

  @Override
  public ModelReply<Object> generate(GenerateRequest request)
      throws ModelException, InterruptedException {
    Capability capability =
        request.schema() == null ? Capability.GENERATE : Capability.STRUCTURED_OUTPUT;
    return route(capability, p -> p.generate(request));
  }

  @Override
  public ModelReply<String> summarize(String text, int maxSentences, String language)
      throws ModelException, InterruptedException {
    return route(Capability.SUMMARIZE, p -> p.summarize(text, maxSentences, language));
  }

  @Override
  public ModelReply<List<Scored>> classify(String text, List<String> labels)
      throws ModelException, InterruptedException {
    return route(Capability.CLASSIFY, p -> p.classify(text, labels));
  }

  @Override
  public ModelReply<List<Scored>> rank(List<String> texts, String query)
      throws ModelException, InterruptedException {
    return route(Capability.RANK, p -> p.rank(texts, query));
  }

  @Override
  public ModelReply<Map<String, List<String>>> extract(String text, List<String> fields)
      throws ModelException, InterruptedException {
    return route(Capability.EXTRACT, p -> p.extract(text, fields));
  }

  @Override
  public ModelReply<String> translate(String text, String sourceLanguage, String targetLanguage)
      throws ModelException, InterruptedException {
    return route(Capability.TRANSLATE, p -> p.translate(text, sourceLanguage, targetLanguage));
  }

  @Override
  public ModelReply<List<float[]>> embed(List<String> texts)
      throws ModelException, InterruptedException {
    return route(Capability.EMBED, p -> p.embed(texts));
  }

  /**
   * Streams from the first capable provider that streams (others answer in one piece). Once text
   * has been passed on, a failure is not retried or handed to another provider, which would repeat
   * it; before that, the next provider is tried. {@code tokens} is called from another thread, one
   * piece at a time. The provider's timeout bounds the whole stream.
   */
  @Override
  public ModelReply<String> generateStreaming(GenerateRequest request, Consumer<String> tokens)
      throws ModelException, InterruptedException {
    var sent = new AtomicBoolean();
    Consumer<String> forward =
        piece -> {
          sent.set(true);
          tokens.accept(piece);
        };
    var failures = new LinkedHashMap<String, ModelException>();
    for (ProviderGuard guard : candidates(Capability.GENERATE)) {
      try {
        ModelReply<String> reply =
            guard.callOnce(
                p -> {
                  if (p instanceof StreamingGenerator streaming) {
                    return streaming.generateStreaming(request, forward);
                  }
                  ModelReply<Object> whole = p.generate(request);
                  forward.accept(String.valueOf(whole.value()));
                  return new ModelReply<>(
                      String.valueOf(whole.value()), whole.model(), whole.usage());
                });
        record(guard, reply);
        return reply;
      } catch (ModelException e) {
        if (sent.get()) {
          throw e;
        }
        failures.put(guard.name(), e);
      }
    }
    throw failed(Capability.GENERATE, failures);
  }

  /**
   * Has the providers that load a model at their first call load it now, e.g. on another thread
   * while the caller prepares the calls; a model that cannot load fails its first call as before.
   */
  public void preload() {
    for (ProviderGuard guard : guards) {
      if (guard.provider() instanceof Preloading preloading) {
        preloading.preload();
      }
    }
  }

  /** Closes the providers that hold resources (HTTP clients). Views share them with this router. */
  @Override
  public void close() {
    for (ProviderGuard guard : guards) {
      if (guard.provider() instanceof Closeable closeable) {
        try {
          closeable.close();
        } catch (IOException e) {
          throw new UncheckedIOException("could not close " + guard.name(), e);
        }
      }
    }
  }

  private <T> ModelReply<T> route(Capability capability, ModelCall<T> call)
      throws ModelException, InterruptedException {
    var failures = new LinkedHashMap<String, ModelException>();
    for (ProviderGuard guard : candidates(capability)) {
      try {
        ModelReply<T> reply = guard.call(call);
        record(guard, reply);
        return reply;
      } catch (ModelException e) {
        failures.put(guard.name(), e);
      }
    }
    throw failed(capability, failures);
  }

  private List<ProviderGuard> candidates(Capability capability) throws ModelException {
    List<ProviderGuard> capable =
        guards.stream()
            .filter(g -> g.provider().capabilities().contains(capability))
            .sorted(
                Comparator.comparingInt(ProviderGuard::costRank)
                    .thenComparingInt(g -> healthRank(g.state()))
                    .thenComparingInt(ProviderGuard::order))
            .toList();
    if (capable.isEmpty()) {
      throw ModelException.unsupported(
          capability, guards.stream().map(ProviderGuard::name).collect(Collectors.joining(", ")));
    }
    return capable;
  }

  private static int healthRank(CircuitBreaker.State state) {
    return switch (state) {
      case CLOSED, DISABLED, METRICS_ONLY -> 0;
      case HALF_OPEN -> 1;
      case OPEN, FORCED_OPEN -> 2;
    };
  }

  private void record(ProviderGuard guard, ModelReply<?> reply) {
    ledger.record(caller, guard.name() + "/" + reply.model(), reply.usage());
  }

  /**
   * One provider's failure as it was; several combined, retryable when any was (another try may
   * find that provider back), with each provider's reason in the message.
   */
  private static ModelException failed(
      Capability capability, Map<String, ModelException> failures) {
    if (failures.size() == 1) {
      return failures.values().iterator().next();
    }
    ModelException lead =
        failures.values().stream()
            .filter(ModelException::retryable)
            .findFirst()
            .orElse(failures.values().iterator().next());
    String reasons =
        failures.entrySet().stream()
            .map(e -> e.getKey() + ": " + e.getValue().getMessage())
            .collect(Collectors.joining("; "));
    var combined =
        new ModelException(
            lead.code(),
            "every provider that can "
                + capability.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " failed ("
                + reasons
                + ")",
            lead.retryable());
    failures.values().forEach(combined::addSuppressed);
    return combined;
  }
}
