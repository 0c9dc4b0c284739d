package dev.altlas.orchestrator.openai;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to reach an OpenAI-compatible endpoint.
 *
 * @param name the provider's name in configuration and errors, e.g. {@code openai} or {@code
 *     ollama}
 * @param baseUrl up to and including the version, e.g. {@code https://api.openai.com/v1} or {@code
 *     http://localhost:11434/v1}; paths such as {@code /chat/completions} are appended
 * @param apiKey sent as a bearer token; null for endpoints without authentication (Ollama)
 * @param model the chat model, e.g. {@code gpt-4o-mini} or {@code llama3.1}
 * @param embeddingModel null when the endpoint is not used for embeddings
 * @param timeout the longest one HTTP request may take
 */
public record OpenAiEndpoint(
    String name,
    URI baseUrl,
    String apiKey,
    String model,
    String embeddingModel,
    Duration timeout) {

  public OpenAiEndpoint {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(timeout, "timeout");
    String base = baseUrl.toString();
    if (base.endsWith("/")) {
      baseUrl = URI.create(base.substring(0, base.length() - 1));
    }
  }

  URI resolve(String path) {
    return URI.create(baseUrl + path);
  }

  boolean hasApiKey() {
    return apiKey != null && !apiKey.isBlank();
  }

  /** The key stays out of logs and exception messages that print the endpoint. */
  @Override
  public String toString() {
    return "OpenAiEndpoint[name="
        + name
        + ", baseUrl="
        + baseUrl
        + ", apiKey="
        + (hasApiKey() ? "***" : "none")
        + ", model="
        + model
        + ", embeddingModel="
        + embeddingModel
        + ", timeout="
        + timeout
        + "]";
  }
}
