package dev.altlas.ai;

import dev.altlas.model.TokenUsage;

/**
 * What a model answered.
 *
 * @param value text, or for structured output the parsed JSON-like value
 * @param model the model that answered, e.g. {@code local-extractive} or {@code gpt-4o-mini}
 */
public record ModelReply<T>(T value, String model, TokenUsage usage) {}
