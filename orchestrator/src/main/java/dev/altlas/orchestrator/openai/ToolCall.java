package dev.altlas.orchestrator.openai;

import java.util.Map;

/**
 * A model's request to call a function.
 *
 * @param id echoed back in the {@code tool} message that carries the result
 * @param arguments the parsed JSON arguments
 */
public record ToolCall(String id, String name, Map<String, Object> arguments) {}
