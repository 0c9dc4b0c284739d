package dev.altlas.segmentation.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A command with a valid answer to it, shown to the model so that it sees the answer's shape and
 * the reference syntax at work.
 *
 * @param answer the answer as compact JSON
 */
record PlanExample(String command, String language, String answer) {
  private static final String RESOURCE = "examples.json";

  /** The examples shipped beside this class. */
  static List<PlanExample> shipped() {
    JsonMapper json = JsonMapper.builder().build();
    try (InputStream in = PlanExample.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the planning examples " + RESOURCE + " are missing");
      }
      var examples = new ArrayList<PlanExample>();
      for (JsonNode e : json.readTree(in)) {
        examples.add(
            new PlanExample(
                e.get("command").asString(),
                e.get("language").asString(),
                json.writeValueAsString(e.get("answer"))));
      }
      return List.copyOf(examples);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
