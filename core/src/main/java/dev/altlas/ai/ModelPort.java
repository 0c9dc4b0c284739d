package dev.altlas.ai;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One interface for AI models. Providers implement the capabilities they have; the router
 * implements all of them by choosing a provider by capability, cost and health, and reports a
 * capability no provider has as {@code ai.unsupported}.
 *
 * <p>Every method is a blocking call that the caller runs on a virtual thread; it reacts to
 * interruption.
 */
public interface ModelPort {

  /** The provider's name, e.g. {@code local} or {@code openai}. */
  String name();

  Set<Capability> capabilities();

  /** Free text, or with {@code request.schema()} a JSON value that satisfies it. */
  default ModelReply<Object> generate(GenerateRequest request)
      throws ModelException, InterruptedException {
    throw ModelException.unsupported(
        request.schema() == null ? Capability.GENERATE : Capability.STRUCTURED_OUTPUT, name());
  }

  default ModelReply<String> summarize(String text, int maxSentences, String language)
      throws ModelException, InterruptedException {
    throw ModelException.unsupported(Capability.SUMMARIZE, name());
  }

  /** Every label with its score, best first. */
  default ModelReply<List<Scored>> classify(String text, List<String> labels)
      throws ModelException, InterruptedException {
    throw ModelException.unsupported(Capability.CLASSIFY, name());
  }

  /** Every text's index with its relevance to the query, best first. */
  default ModelReply<List<Scored>> rank(List<String> texts, String query)
      throws ModelException, InterruptedException {
    throw ModelException.unsupported(Capability.RANK, name());
  }

  /**
   * For each field asked (e.g. {@code emails}, {@code dates}, {@code keywords}), the values found.
   */
  default ModelReply<Map<String, List<String>>> extract(String text, List<String> fields)
      throws ModelException, InterruptedException {
    throw ModelException.unsupported(Capability.EXTRACT, name());
  }

  /**
   * @param sourceLanguage null to detect
   */
  default ModelReply<String> translate(String text, String sourceLanguage, String targetLanguage)
      throws ModelException, InterruptedException {
    throw ModelException.unsupported(Capability.TRANSLATE, name());
  }

  /** One vector per text, all of the same length. */
  default ModelReply<List<float[]>> embed(List<String> texts)
      throws ModelException, InterruptedException {
    throw ModelException.unsupported(Capability.EMBED, name());
  }
}
