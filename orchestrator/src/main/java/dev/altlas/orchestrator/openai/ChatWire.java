package dev.altlas.orchestrator.openai;

import dev.altlas.ai.ModelException;
import dev.altlas.model.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON of the chat-completions and embeddings protocol, both ways. */
final class ChatWire {
  static final JsonMapper JSON = JsonMapper.builder().build();

  private ChatWire() {}

  /**
   * @param schema structured output against this JSON Schema; null for free text
   * @param tools may be empty
   */
  static ObjectNode chatRequest(
      String model,
      List<ChatMessage> messages,
      Map<String, Object> schema,
      Integer maxTokens,
      Double temperature,
      List<ToolSpec> tools,
      boolean stream) {
    ObjectNode body = JSON.createObjectNode();
    body.put("model", model);
    ArrayNode wire = body.putArray("messages");
    for (ChatMessage message : messages) {
      ObjectNode m = wire.addObject();
      m.put("role", message.role());
      if (message.content() == null) {
        m.putNull("content");
      } else {
        m.put("content", message.content());
      }
      if (!message.toolCalls().isEmpty()) {
        ArrayNode calls = m.putArray("tool_calls");
        for (ToolCall call : message.toolCalls()) {
          ObjectNode c = calls.addObject();
          c.put("id", call.id());
          c.put("type", "function");
          ObjectNode function = c.putObject("function");
          function.put("name", call.name());
          function.put("arguments", JSON.writeValueAsString(call.arguments()));
        }
      }
      if (message.toolCallId() != null) {
        m.put("tool_call_id", message.toolCallId());
      }
    }
    if (maxTokens != null) {
      body.put("max_tokens", maxTokens);
    }
    if (temperature != null) {
      body.put("temperature", temperature);
    }
    if (schema != null) {
      ObjectNode format = body.putObject("response_format");
      format.put("type", "json_schema");
      ObjectNode jsonSchema = format.putObject("json_schema");
      jsonSchema.put("name", schemaName(schema));
      JsonNode wireSchema = JSON.valueToTree(schema);
      jsonSchema.set("schema", wireSchema);
      if (StrictMode.fits(wireSchema)) {
        jsonSchema.put("strict", true);
      }
    }
    if (!tools.isEmpty()) {
      ArrayNode wireTools = body.putArray("tools");
      for (ToolSpec tool : tools) {
        ObjectNode t = wireTools.addObject();
        t.put("type", "function");
        ObjectNode function = t.putObject("function");
        function.put("name", tool.name());
        if (tool.description() != null) {
          function.put("description", tool.description());
        }
        function.set("parameters", JSON.valueToTree(tool.parameters()));
      }
    }
    if (stream) {
      body.put("stream", true);
      // Without it the stream carries no usage block and tokens would only be estimated.
      body.putObject("stream_options").put("include_usage", true);
    }
    return body;
  }

  static ObjectNode embeddingsRequest(String model, List<String> texts) {
    ObjectNode body = JSON.createObjectNode();
    body.put("model", model);
    ArrayNode input = body.putArray("input");
    texts.forEach(input::add);
    return body;
  }

  /** The wire wants a name of letters, digits, _ and -: the schema's title, or {@code answer}. */
  static String schemaName(Map<String, Object> schema) {
    Object title = schema.get("title");
    String name = title instanceof String s ? s.replaceAll("[^A-Za-z0-9_-]+", "_") : "answer";
    if (name.isEmpty() || name.length() > 64) {
      return "answer";
    }
    return name;
  }

  static JsonNode parse(String body, String provider) throws ModelException {
    try {
      return JSON.readTree(body);
    } catch (JacksonException e) {
      throw badResponse(
          provider, "answered with something that is not JSON: " + e.getOriginalMessage());
    }
  }

  static ChatTurn chatTurn(JsonNode root, String provider, String configuredModel)
      throws ModelException {
    JsonNode choice = root.path("choices").path(0);
    if (!choice.isObject()) {
      throw badResponse(provider, "answered without choices");
    }
    JsonNode message = choice.path("message");
    String refusal = text(message.path("refusal"));
    if (refusal != null) {
      throw badResponse(provider, "refused to answer: " + refusal);
    }
    var calls = new ArrayList<ToolCall>();
    for (JsonNode call : message.path("tool_calls")) {
      calls.add(toolCall(call, provider));
    }
    return new ChatTurn(
        text(message.path("content")),
        calls,
        text(choice.path("finish_reason")),
        modelOf(root, configuredModel),
        usage(root.path("usage")));
  }

  static String modelOf(JsonNode root, String configuredModel) {
    String model = text(root.path("model"));
    return model == null || model.isBlank() ? configuredModel : model;
  }

  /** Null when the endpoint sent no usage block. */
  static TokenUsage usage(JsonNode usage) {
    if (!usage.isObject()) {
      return null;
    }
    return new TokenUsage(
        usage.path("prompt_tokens").asLong(0), usage.path("completion_tokens").asLong(0));
  }

  static String text(JsonNode node) {
    return node.isString() ? node.asString() : null;
  }

  static ModelException badResponse(String provider, String what) {
    return new ModelException("ai.bad_response", provider + " " + what, false);
  }

  @SuppressWarnings("unchecked")
  private static ToolCall toolCall(JsonNode call, String provider) throws ModelException {
    JsonNode function = call.path("function");
    String name = text(function.path("name"));
    if (name == null) {
      throw badResponse(provider, "asked for a tool call without a function name");
    }
    String arguments = text(function.path("arguments"));
    Map<String, Object> parsed = Map.of();
    if (arguments != null && !arguments.isBlank()) {
      JsonNode args = parse(arguments, provider);
      if (!args.isObject()) {
        throw badResponse(provider, "sent tool arguments that are not a JSON object: " + arguments);
      }
      parsed = JSON.treeToValue(args, Map.class);
    } else if (function.path("arguments").isObject()) {
      // Some servers (Ollama) send the arguments as an object rather than a JSON string.
      parsed = JSON.treeToValue(function.path("arguments"), Map.class);
    }
    return new ToolCall(text(call.path("id")), name, parsed);
  }
}
