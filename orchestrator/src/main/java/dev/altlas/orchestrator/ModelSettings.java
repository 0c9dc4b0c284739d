package dev.altlas.orchestrator;

import dev.altlas.format.DurationText;
import dev.altlas.orchestrator.local.LocalModels;
import dev.altlas.orchestrator.openai.OpenAiEndpoint;
import dev.altlas.orchestrator.routing.Resilience;
import dev.altlas.task.TaskSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which model providers to use and how, from {@code altlas.ai.*} settings:
 *
 * <pre>
 * altlas.ai.providers              = openai,local   (preference order; default: local)
 * altlas.ai.NAME.base_url          = https://api.openai.com/v1   (any name but local is an
 *                                    OpenAI-compatible endpoint: openai, ollama, vllm, …)
 * altlas.ai.NAME.api_key           = …               (optional: Ollama needs none)
 * altlas.ai.NAME.model             = gpt-4o-mini
 * altlas.ai.NAME.embedding_model   = text-embedding-3-small   (optional; enables embeddings)
 * altlas.ai.NAME.timeout           = 60s             (local: 2m)
 * altlas.ai.NAME.cost_rank         = 0               (lower first; default: position in the list)
 * altlas.ai.retry.max_attempts     = 3
 * altlas.ai.retry.initial_backoff  = 500ms
 * altlas.ai.retry.max_backoff      = 30s
 * altlas.ai.breaker.window         = 10
 * altlas.ai.breaker.minimum_calls  = 5
 * altlas.ai.breaker.failure_rate   = 50
 * altlas.ai.breaker.open_for       = 30s
 * </pre>
 *
 * @param providers in preference order
 */
public record ModelSettings(List<ProviderSettings> providers, Resilience resilience) {
  static final String PREFIX = "altlas.ai.";
  private static final Duration REMOTE_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration LOCAL_TIMEOUT = Duration.ofMinutes(2);
  private static final Pattern COMMA = Pattern.compile(",");
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,31}");
  private static final Set<String> RESERVED = Set.of("providers", "retry", "breaker", "router");

  public ModelSettings {
    providers = List.copyOf(providers);
  }

  /**
   * Reads and checks the settings.
   *
   * @throws IllegalArgumentException naming every setting that is missing or wrong
   */
  public static ModelSettings from(TaskSettings settings) {
    var reader = new Reader(settings);
    var providers = new ArrayList<ProviderSettings>();
    List<String> names = reader.providerNames();
    for (int i = 0; i < names.size(); i++) {
      reader.provider(names.get(i), i).ifPresent(providers::add);
    }
    Resilience resilience = reader.resilience();
    reader.throwIfWrong();
    return new ModelSettings(providers, resilience);
  }

  /** Collects every problem so that one start-up error lists them all. */
  private static final class Reader {
    private final TaskSettings settings;
    private final List<String> problems = new ArrayList<>();

    Reader(TaskSettings settings) {
      this.settings = settings;
    }

    List<String> providerNames() {
      String key = PREFIX + "providers";
      var names = new LinkedHashSet<String>();
      for (String raw : COMMA.splitAsStream(settings.get(key, LocalModels.NAME)).toList()) {
        String name = raw.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
          continue;
        }
        if (!NAME.matcher(name).matches() || RESERVED.contains(name)) {
          problems.add(
              key
                  + ": '"
                  + raw.strip()
                  + "' is not a usable provider name (lower-case letters, digits, _ and -; not "
                  + String.join(", ", RESERVED)
                  + ")");
        } else if (!names.add(name)) {
          problems.add(key + ": '" + name + "' is listed twice");
        }
      }
      if (names.isEmpty() && problems.isEmpty()) {
        problems.add(key + " is empty; list at least one provider, e.g. local");
      }
      return List.copyOf(names);
    }

    Optional<ProviderSettings> provider(String name, int position) {
      String prefix = PREFIX + name + ".";
      int costRank = integer(prefix + "cost_rank", position, 0);
      if (name.equals(LocalModels.NAME)) {
        return Optional.of(
            new ProviderSettings(
                name, costRank, duration(prefix + "timeout", LOCAL_TIMEOUT), null));
      }
      Duration timeout = duration(prefix + "timeout", REMOTE_TIMEOUT);
      URI baseUrl = baseUrl(prefix + "base_url");
      Optional<String> model = settings.get(prefix + "model");
      if (model.isEmpty()) {
        problems.add(
            prefix
                + "model is not set; name the chat model, e.g. gpt-4o-mini (OpenAI) or llama3.1"
                + " (Ollama)");
      }
      String apiKey = settings.get(prefix + "api_key").map(String::strip).orElse(null);
      if (apiKey == null && baseUrl != null && "api.openai.com".equals(baseUrl.getHost())) {
        problems.add(prefix + "api_key is not set; api.openai.com requires one");
      }
      if (baseUrl == null || model.isEmpty()) {
        return Optional.empty();
      }
      var endpoint =
          new OpenAiEndpoint(
              name,
              baseUrl,
              apiKey,
              model.get().strip(),
              settings.get(prefix + "embedding_model").map(String::strip).orElse(null),
              timeout);
      return Optional.of(new ProviderSettings(name, costRank, timeout, endpoint));
    }

    Resilience resilience() {
      Resilience d = Resilience.DEFAULTS;
      String retry = PREFIX + "retry.";
      String breaker = PREFIX + "breaker.";
      int maxAttempts = integer(retry + "max_attempts", d.maxAttempts(), 1);
      Duration initial = duration(retry + "initial_backoff", d.initialBackoff());
      Duration max = duration(retry + "max_backoff", d.maxBackoff());
      int window = integer(breaker + "window", d.breakerWindow(), 1);
      int minimumCalls = integer(breaker + "minimum_calls", d.breakerMinimumCalls(), 1);
      int failureRate = integer(breaker + "failure_rate", (int) d.breakerFailureRate(), 1);
      if (failureRate > 100) {
        problems.add(
            breaker + "failure_rate must be a percentage from 1 to 100, not " + failureRate);
        failureRate = 100;
      }
      Duration openFor = duration(breaker + "open_for", d.breakerOpenFor());
      if (max.compareTo(initial) < 0) {
        problems.add(
            retry
                + "max_backoff ("
                + DurationText.format(max)
                + ") is shorter than initial_backoff");
        max = initial;
      }
      if (openFor.isZero()) {
        problems.add(breaker + "open_for must be longer than 0");
        openFor = d.breakerOpenFor();
      }
      return new Resilience(maxAttempts, initial, max, window, minimumCalls, failureRate, openFor);
    }

    void throwIfWrong() {
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(
            "AI provider settings are wrong:\n  - " + String.join("\n  - ", problems));
      }
    }

    private URI baseUrl(String key) {
      Optional<String> value = settings.get(key);
      if (value.isEmpty()) {
        problems.add(
            key
                + " is not set; give the endpoint, e.g. https://api.openai.com/v1 or"
                + " http://localhost:11434/v1 for Ollama");
        return null;
      }
      try {
        URI uri = new URI(value.get().strip());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if ((!scheme.equals("http") && !scheme.equals("https")) || uri.getHost() == null) {
          problems.add(key + ": '" + value.get() + "' is not an http or https URL");
          return null;
        }
        if (uri.getUserInfo() != null) {
          problems.add(key + " must not contain credentials; put the key in api_key");
          return null;
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
          problems.add(key + ": '" + value.get() + "' must not have a query or fragment");
          return null;
        }
        return uri;
      } catch (URISyntaxException e) {
        problems.add(key + ": '" + value.get() + "' is not a URL (" + e.getReason() + ")");
        return null;
      }
    }

    private Duration duration(String key, Duration fallback) {
      Optional<String> value = settings.get(key);
      if (value.isEmpty()) {
        return fallback;
      }
      try {
        return DurationText.parse(value.get());
      } catch (IllegalArgumentException e) {
        problems.add(key + ": " + e.getMessage());
        return fallback;
      }
    }

    private int integer(String key, int fallback, int min) {
      Optional<String> value = settings.get(key);
      if (value.isEmpty()) {
        return fallback;
      }
      try {
        int n = Integer.parseInt(value.get().strip());
        if (n < min) {
          problems.add(key + " must be at least " + min + ", not " + n);
          return fallback;
        }
        return n;
      } catch (NumberFormatException e) {
        problems.add(key + ": '" + value.get() + "' is not a whole number");
        return fallback;
      }
    }
  }
}
