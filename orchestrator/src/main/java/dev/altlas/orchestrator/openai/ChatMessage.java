package dev.altlas.orchestrator.openai;

import java.util.List;

/**
 * One message of a chat.
 *
 * @param role {@code system}, {@code user}, {@code assistant} or {@code tool}
 * @param content null for an assistant message that only calls tools
 * @param toolCalls the calls an assistant message made; empty otherwise
 * @param toolCallId for a {@code tool} message, the call it answers
 */
public record ChatMessage(
    String role, String content, List<ToolCall> toolCalls, String toolCallId) {

  public ChatMessage {
    toolCalls = List.copyOf(toolCalls);
  }

  public static ChatMessage system(String content) {
    return new ChatMessage("system", content, List.of(), null);
  }

  public static ChatMessage user(String content) {
    return new ChatMessage("user", content, List.of(), null);
  }

  /** The model's turn, to send back with the results of its tool calls. */
  public static ChatMessage assistant(ChatTurn turn) {
    return new ChatMessage("assistant", turn.content(), turn.toolCalls(), null);
  }

  public static ChatMessage toolResult(String toolCallId, String content) {
    return new ChatMessage("tool", content, List.of(), toolCallId);
  }
}
