package dev.altlas.segmentation.llm;

import dev.altlas.ai.Capability;
import dev.altlas.ai.GenerateRequest;
import dev.altlas.ai.ModelException;
import dev.altlas.ai.ModelPort;
import dev.altlas.ai.ModelReply;
import dev.altlas.model.TokenUsage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A model that gives canned answers in order and keeps every request it was sent. An answer that is
 * a {@link ModelException} is thrown instead.
 */
final class ScriptedModel implements ModelPort {
  static final String MODEL = "scripted-model-1";
  static final TokenUsage USAGE_PER_CALL = new TokenUsage(1000, 200);

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Deque<Object> answers = new ArrayDeque<>();
  private final List<GenerateRequest> requests = new ArrayList<>();

  ScriptedModel(Object... answers) {
    this.answers.addAll(List.of(answers));
  }

  /** JSON text parsed the way a provider parses a structured answer: into maps and lists. */
  static Map<String, Object> parsed(String json) {
    return JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
  }

  List<GenerateRequest> requests() {
    return List.copyOf(requests);
  }

  @Override
  public String name() {
    return "scripted";
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.GENERATE, Capability.STRUCTURED_OUTPUT);
  }

  @Override
  public ModelReply<Object> generate(GenerateRequest request) throws ModelException {
    requests.add(request);
    Object answer = answers.poll();
    if (answer == null) {
      throw new AssertionError("the planner asked more often than the script answers");
    }
    if (answer instanceof ModelException e) {
      throw e;
    }
    return new ModelReply<>(answer, MODEL, USAGE_PER_CALL);
  }
}
