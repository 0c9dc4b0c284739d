package dev.altlas.orchestrator.provider;

import dev.altlas.model.TokenUsage;
import java.util.Collection;

/**
 * Approximate token counts for providers that do not report them (the local provider, a stream
 * without a usage block): one token per four characters, rounded up, which is OpenAI's published
 * rule of thumb for English. Turkish, with its long agglutinated words, runs about a fifth higher
 * in real BPE tokenizers, so these counts are a lower bound there.
 */
public final class TokenEstimate {
  private static final int CHARS_PER_TOKEN = 4;

  private TokenEstimate() {}

  public static long of(String text) {
    if (text == null || text.isEmpty()) {
      return 0;
    }
    long chars = text.codePointCount(0, text.length());
    return (chars + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN;
  }

  public static long of(Collection<String> texts) {
    return texts.stream().mapToLong(TokenEstimate::of).sum();
  }

  public static TokenUsage usage(String input, String output) {
    return new TokenUsage(of(input), of(output));
  }
}
