package dev.altlas.segmentation.llm;

import dev.altlas.ai.ModelReply;
import dev.altlas.model.TokenUsage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What planning asked of the model, for the plan's {@code planner.details}.
 *
 * @param model the model that answered last; null before any answer
 * @param calls calls made, answered or not
 */
record ModelUse(String provider, String model, int calls, TokenUsage usage) {

  static ModelUse none(String provider) {
    return new ModelUse(provider, null, 0, TokenUsage.ZERO);
  }

  ModelUse called() {
    return new ModelUse(provider, model, calls + 1, usage);
  }

  ModelUse answered(ModelReply<?> reply) {
    TokenUsage used = reply.usage() == null ? TokenUsage.ZERO : reply.usage();
    return new ModelUse(provider, reply.model(), calls, usage.plus(used));
  }

  Map<String, Object> details() {
    var details = new LinkedHashMap<String, Object>();
    details.put("provider", provider);
    if (model != null) {
      details.put("model", model);
    }
    details.put("model_calls", calls);
    // Ordered maps throughout: the details are written into the plan, which must be repeatable.
    var tokens = new LinkedHashMap<String, Object>();
    tokens.put("input_tokens", usage.inputTokens());
    tokens.put("output_tokens", usage.outputTokens());
    details.put("token_usage", tokens);
    return details;
  }
}
