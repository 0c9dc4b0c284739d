package dev.altlas.orchestrator.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.altlas.ai.Capability;
import dev.altlas.ai.GenerateRequest;
import dev.altlas.ai.ModelException;
import dev.altlas.ai.ModelPort;
import dev.altlas.ai.ModelReply;
import dev.altlas.model.TokenUsage;
import dev.altlas.orchestrator.local.LocalModels;
import dev.altlas.orchestrator.openai.OpenAiCompatibleModels;
import dev.altlas.orchestrator.openai.OpenAiEndpoint;
import dev.altlas.orchestrator.provider.Preloading;
import dev.altlas.orchestrator.testing.FakeOpenAiServer;
import dev.altlas.orchestrator.testing.FakeOpenAiServer.Reply;
import dev.altlas.orchestrator.testing.ScriptedProvider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ModelRouterTest {
  private static final Resilience FAST =
      new Resilience(
          2, Duration.ofMillis(5), Duration.ofMillis(50), 4, 4, 50f, Duration.ofMinutes(10));
  private static final LocalModels LOCAL = new LocalModels();
  private static final String TEXT =
      "Solar panels convert sunlight into electricity. Solar power got much cheaper. "
          + "My neighbour has a red car. Many countries now build solar farms.";

  private final FakeOpenAiServer server = FakeOpenAiServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void fallsBackToLocalWhenOpenAiFails() throws Exception {
    server.then(Reply.error(503, "error-server.json")).then(Reply.error(503, "error-server.json"));
    ModelRouter router = router(route(openai()), route(LOCAL));

    ModelReply<String> reply = router.summarize(TEXT, 2, null);

    assertThat(reply.model()).isEqualTo(LocalModels.EXTRACTIVE_MODEL);
    assertThat(server.received()).hasSize(2);
  }

  @Test
  void aCapabilityOpenAiLacksGoesToLocal() throws Exception {
    var noEmbeddings =
        new OpenAiCompatibleModels(
            new OpenAiEndpoint("openai", server.baseUrl(), null, "m", null, Duration.ofSeconds(5)));
    ModelRouter router = router(route(noEmbeddings), route(LOCAL));

    ModelReply<List<float[]>> reply = router.embed(List.of("merhaba"));

    assertThat(reply.model()).isEqualTo(LocalModels.EMBEDDING_MODEL);
    assertThat(server.received()).isEmpty();
  }

  @Test
  void theBreakerOpensAfterRepeatedFailuresAndTheProviderIsNoLongerCalled() throws Exception {
    var flaky =
        new ScriptedProvider("flaky", Capability.SUMMARIZE)
            .failingWith(new ModelException("ai.unavailable", "down", true));
    var steady = new ScriptedProvider("steady", Capability.SUMMARIZE);
    ModelRouter router = router(route(flaky), route(steady));

    for (int i = 0; i < 2; i++) {
      assertThat(router.summarize("t", 1, null).value()).isEqualTo("summary by steady");
    }
    assertThat(flaky.calls()).isEqualTo(4);
    assertThat(router.health()).containsEntry("flaky", "open").containsEntry("steady", "closed");

    for (int i = 0; i < 5; i++) {
      assertThat(router.summarize("t", 1, null).value()).isEqualTo("summary by steady");
    }
    assertThat(flaky.calls()).isEqualTo(4);
    assertThat(steady.calls()).isEqualTo(7);
  }

  @Test
  void requestsAProviderCannotServeDoNotOpenItsBreakerAndAreNotRetried() throws Exception {
    var picky =
        new ScriptedProvider("picky", Capability.SUMMARIZE)
            .failingWith(new ModelException("ai.unsupported", "not in Klingon", false));
    var steady = new ScriptedProvider("steady", Capability.SUMMARIZE);
    ModelRouter router = router(route(picky), route(steady));

    for (int i = 0; i < 6; i++) {
      router.summarize("t", 1, "tlh");
    }

    assertThat(picky.calls()).isEqualTo(6);
    assertThat(router.health()).containsEntry("picky", "closed");
  }

  @Test
  void whenEveryProviderFailsTheErrorNamesEachAndIsRetryableIfAnyWas() {
    var down =
        new ScriptedProvider("down", Capability.SUMMARIZE)
            .failingWith(new ModelException("ai.unavailable", "503 from upstream", true));
    var picky =
        new ScriptedProvider("picky", Capability.SUMMARIZE)
            .failingWith(new ModelException("ai.unsupported", "not in Klingon", false));

    assertThatThrownBy(() -> router(route(down), route(picky)).summarize("t", 1, "tlh"))
        .isInstanceOfSatisfying(
            ModelException.class,
            e -> {
              assertThat(e.code()).isEqualTo("ai.unavailable");
              assertThat(e.retryable()).isTrue();
              assertThat(e.getSuppressed()).hasSize(2);
            })
        .hasMessageContaining("down: 503 from upstream")
        .hasMessageContaining("picky: not in Klingon");
  }

  @Test
  void anUnsupportedCapabilityNamesTheConfiguredProviders() {
    ModelRouter router =
        router(route(LOCAL), route(new ScriptedProvider("tiny", Capability.EMBED)));

    assertThatThrownBy(() -> router.translate("merhaba", "tr", "en"))
        .isInstanceOfSatisfying(
            ModelException.class,
            e -> {
              assertThat(e.code()).isEqualTo("ai.unsupported");
              assertThat(e.retryable()).isFalse();
            })
        .hasMessageContaining("translate")
        .hasMessageContaining("configured: local, tiny");
    assertThat(router.capabilities()).doesNotContain(Capability.TRANSLATE, Capability.GENERATE);
  }

  @Test
  void theCheapestCapableProviderIsTriedFirst() throws Exception {
    var dear = new ScriptedProvider("dear", Capability.SUMMARIZE);
    var cheap = new ScriptedProvider("cheap", Capability.SUMMARIZE);
    ModelRouter router =
        new ModelRouter(
            List.of(
                new ProviderRoute(dear, 5, Duration.ofSeconds(5)),
                new ProviderRoute(cheap, 1, Duration.ofSeconds(5))),
            FAST,
            new UsageLedger());

    assertThat(router.summarize("t", 1, null).value()).isEqualTo("summary by cheap");
    assertThat(dear.calls()).isZero();
  }

  @Test
  void aSlowProviderTimesOutAndTheNextAnswers() throws Exception {
    var slow = new ScriptedProvider("slow", Capability.SUMMARIZE).slowBy(5_000);
    var steady = new ScriptedProvider("steady", Capability.SUMMARIZE);
    ModelRouter router =
        new ModelRouter(
            List.of(
                new ProviderRoute(slow, 0, Duration.ofMillis(100)),
                new ProviderRoute(steady, 1, Duration.ofSeconds(5))),
            FAST,
            new UsageLedger());

    long started = System.nanoTime();
    assertThat(router.summarize("t", 1, null).value()).isEqualTo("summary by steady");
    assertThat((System.nanoTime() - started) / 1e9).isLessThan(2.0);
    assertThat(slow.calls()).isEqualTo(2);
  }

  @Test
  void theLedgerSumsUsagePerRunPerUserAndPerModel() throws Exception {
    var ledger = new UsageLedger();
    var provider = new ScriptedProvider("p", Capability.SUMMARIZE);
    var router =
        new ModelRouter(
            List.of(new ProviderRoute(provider, 0, Duration.ofSeconds(5))), FAST, ledger);
    ModelPort run1 = router.forCaller(new Caller("run-1", "ayse"));
    ModelPort run2 = router.forCaller(new Caller("run-2", "ayse"));
    ModelPort anonymous = router.forCaller(new Caller("run-3", null));

    ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
    var futures = new ArrayList<java.util.concurrent.Future<?>>();
    for (int i = 0; i < 20; i++) {
      ModelPort port = i % 2 == 0 ? run1 : run2;
      futures.add(pool.submit(() -> port.summarize("t", 1, null)));
    }
    for (var f : futures) {
      f.get();
    }
    pool.close();
    anonymous.summarize("t", 1, null);
    router.summarize("t", 1, null);

    assertThat(ledger.forRun("run-1")).isEqualTo(new TokenUsage(100, 20));
    assertThat(ledger.forRun("run-2")).isEqualTo(new TokenUsage(100, 20));
    assertThat(ledger.forUser("ayse")).isEqualTo(new TokenUsage(200, 40));
    assertThat(ledger.byModel()).containsEntry("p/p-model", new TokenUsage(220, 44));
    assertThat(ledger.total()).isEqualTo(new TokenUsage(220, 44));
    assertThat(ledger.closeRun("run-1")).isEqualTo(new TokenUsage(100, 20));
    assertThat(ledger.forRun("run-1")).isEqualTo(TokenUsage.ZERO);
  }

  @Test
  void preloadReachesTheProvidersThatLoadAModelAndCallsNone() throws Exception {
    var loading = new PreloadingProvider();
    var scripted = new ScriptedProvider("scripted", Capability.SUMMARIZE);
    ModelRouter router = router(route(scripted), route(loading));

    router.preload();

    assertThat(loading.preloads.get()).isOne();
    assertThat(scripted.calls()).isZero();
    assertThat(router.ledger().total()).isEqualTo(TokenUsage.ZERO);
  }

  @Test
  void streamingFallsBackOnlyBeforeTheFirstPiece() throws Exception {
    server.then(Reply.error(503, "error-server.json"));
    try (var other = FakeOpenAiServer.start()) {
      other.then(Reply.events("chat-stream.txt"));
      var second =
          new OpenAiCompatibleModels(
              new OpenAiEndpoint(
                  "ollama", other.baseUrl(), null, "llama3.1", null, Duration.ofSeconds(5)));
      ModelRouter router = router(route(openai()), route(second));
      var pieces = new ArrayList<String>();

      ModelReply<String> reply = router.generateStreaming(GenerateRequest.of("Selam"), pieces::add);

      assertThat(reply.value()).isEqualTo("Merhaba dünya");
      assertThat(pieces).containsExactly("Mer", "haba", " dünya");
      assertThat(router.ledger().total()).isEqualTo(new TokenUsage(11, 3));
    }
  }

  /** A provider with a model to load, which counts how often it was asked to. */
  private static final class PreloadingProvider implements ModelPort, Preloading {
    final AtomicInteger preloads = new AtomicInteger();

    @Override
    public String name() {
      return "preloading";
    }

    @Override
    public Set<Capability> capabilities() {
      return Set.of(Capability.EMBED);
    }

    @Override
    public void preload() {
      preloads.incrementAndGet();
    }
  }

  private OpenAiCompatibleModels openai() {
    return new OpenAiCompatibleModels(
        new OpenAiEndpoint(
            "openai", server.baseUrl(), "sk-test", "gpt-4o-mini", null, Duration.ofSeconds(5)));
  }

  private static ProviderRoute route(ModelPort provider) {
    return new ProviderRoute(provider, 0, Duration.ofSeconds(30));
  }

  private static ModelRouter router(ProviderRoute... routes) {
    return new ModelRouter(List.of(routes), FAST, new UsageLedger());
  }
}
