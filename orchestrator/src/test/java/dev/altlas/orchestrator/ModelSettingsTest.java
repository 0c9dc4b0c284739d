package dev.altlas.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.altlas.ai.Capability;
import dev.altlas.orchestrator.routing.ModelRouter;
import dev.altlas.orchestrator.routing.Resilience;
import dev.altlas.task.TaskSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelSettingsTest {

  @Test
  void withoutSettingsOnlyTheLocalProviderIsUsed() {
    ModelSettings settings = ModelSettings.from(new TaskSettings(Map.of()));

    assertThat(settings.providers())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.name()).isEqualTo("local");
              assertThat(p.isLocal()).isTrue();
              assertThat(p.timeout()).isEqualTo(Duration.ofMinutes(2));
            });
    assertThat(settings.resilience()).isEqualTo(Resilience.DEFAULTS);
  }

  @Test
  void readsOpenAiCompatibleProvidersInPreferenceOrder() {
    ModelSettings settings =
        ModelSettings.from(
            new TaskSettings(
                Map.of(
                    "altlas.ai.providers", " OpenAI, ollama ,local",
                    "altlas.ai.openai.base_url", "https://api.openai.com/v1/",
                    "altlas.ai.openai.api_key", "sk-live-123",
                    "altlas.ai.openai.model", "gpt-4o-mini",
                    "altlas.ai.openai.embedding_model", "text-embedding-3-small",
                    "altlas.ai.openai.timeout", "20s",
                    "altlas.ai.ollama.base_url", "http://localhost:11434/v1",
                    "altlas.ai.ollama.model", "llama3.1",
                    "altlas.ai.local.cost_rank", "0",
                    "altlas.ai.retry.max_attempts", "5")));

    assertThat(settings.providers())
        .extracting(ProviderSettings::name)
        .containsExactly("openai", "ollama", "local");
    ProviderSettings openai = settings.providers().getFirst();
    assertThat(openai.costRank()).isZero();
    assertThat(openai.timeout()).isEqualTo(Duration.ofSeconds(20));
    assertThat(openai.endpoint().baseUrl()).isEqualTo(URI.create("https://api.openai.com/v1"));
    assertThat(openai.endpoint().embeddingModel()).isEqualTo("text-embedding-3-small");
    assertThat(openai.endpoint().toString()).doesNotContain("sk-live-123");
    ProviderSettings ollama = settings.providers().get(1);
    assertThat(ollama.costRank()).isEqualTo(1);
    assertThat(ollama.endpoint().apiKey()).isNull();
    assertThat(ollama.timeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(settings.providers().get(2).costRank()).isZero();
    assertThat(settings.resilience().maxAttempts()).isEqualTo(5);
  }

  @Test
  void listsEveryProblemOfABadConfiguration() {
    assertThatThrownBy(
            () ->
                ModelSettings.from(
                    new TaskSettings(
                        Map.of(
                            "altlas.ai.providers", "openai,local,local,Bad Name",
                            "altlas.ai.local.timeout", "soon",
                            "altlas.ai.breaker.failure_rate", "150"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("altlas.ai.openai.base_url is not set")
        .hasMessageContaining("altlas.ai.openai.model is not set")
        .hasMessageContaining("'local' is listed twice")
        .hasMessageContaining("'Bad Name' is not a usable provider name")
        .hasMessageContaining("altlas.ai.local.timeout: 'soon' is not a duration")
        .hasMessageContaining("failure_rate must be a percentage");
  }

  @Test
  void refusesUrlsItCannotUseAndOpenAiWithoutAKey() {
    assertThatThrownBy(
            () ->
                ModelSettings.from(
                    new TaskSettings(
                        Map.of(
                            "altlas.ai.providers", "openai,vllm",
                            "altlas.ai.openai.base_url", "https://api.openai.com/v1",
                            "altlas.ai.openai.model", "gpt-4o-mini",
                            "altlas.ai.vllm.base_url", "ftp://gpu-box/v1",
                            "altlas.ai.vllm.model", "qwen"))))
        .hasMessageContaining("altlas.ai.openai.api_key is not set; api.openai.com requires one")
        .hasMessageContaining("altlas.ai.vllm.base_url: 'ftp://gpu-box/v1' is not an http");
  }

  @Test
  void theFactoryBuildsARouterWithTheProvidersCapabilities() throws Exception {
    try (ModelRouter router =
        ModelRouterFactory.build(
            new TaskSettings(
                Map.of(
                    "altlas.ai.providers", "ollama,local",
                    "altlas.ai.ollama.base_url", "http://127.0.0.1:9/v1",
                    "altlas.ai.ollama.model", "llama3.1")))) {
      assertThat(router.capabilities()).containsAll(java.util.EnumSet.allOf(Capability.class));
      assertThat(router.health()).containsOnlyKeys("ollama", "local");
    }
  }
}
