package dev.altlas.model;

/** Tokens a model consumed for one task or one run. */
public record TokenUsage(long inputTokens, long outputTokens) {

  public static final TokenUsage ZERO = new TokenUsage(0, 0);

  public TokenUsage plus(TokenUsage other) {
    return new TokenUsage(inputTokens + other.inputTokens, outputTokens + other.outputTokens);
  }
}
