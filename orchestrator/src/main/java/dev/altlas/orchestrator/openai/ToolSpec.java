package dev.altlas.orchestrator.openai;

import java.util.Map;

/**
 * A function the model may ask to call.
 *
 * @param parameters JSON Schema of the arguments
 */
public record ToolSpec(String name, String description, Map<String, Object> parameters) {}
