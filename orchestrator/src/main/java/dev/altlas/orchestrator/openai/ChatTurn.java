package dev.altlas.orchestrator.openai;

import dev.altlas.model.TokenUsage;
import java.util.List;

/**
 * What the model answered in one chat completion.
 *
 * @param content the text; null when the model only called tools
 * @param toolCalls functions the model asks to call, in order
 * @param finishReason {@code stop}, {@code length}, {@code tool_calls}, … as the endpoint said
 * @param model the model that answered, as the endpoint named it
 */
public record ChatTurn(
    String content, List<ToolCall> toolCalls, String finishReason, String model, TokenUsage usage) {

  public ChatTurn {
    toolCalls = List.copyOf(toolCalls);
  }
}
