package dev.altlas.ai;

import java.util.Map;

/**
 * A request for generated text.
 *
 * @param system instructions that shape the answer (persona); may be null
 * @param schema a JSON Schema the answer must satisfy (structured output); null for free text
 * @param maxTokens upper bound on the answer; null for the provider default
 * @param temperature null for the provider default
 */
public record GenerateRequest(
    String prompt,
    String system,
    Map<String, Object> schema,
    Integer maxTokens,
    Double temperature) {

  public static GenerateRequest of(String prompt) {
    return new GenerateRequest(prompt, null, null, null, null);
  }
}
