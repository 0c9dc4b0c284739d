package dev.altlas.segmentation.atlas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The commands of the planner's corpus ({@code corpus.yaml}), Turkish and English. */
final class CorpusCommands {
  private static final List<String> ALL = load();

  private CorpusCommands() {}

  static List<String> all() {
    return ALL;
  }

  private static List<String> load() {
    try (InputStream in = CorpusCommands.class.getResourceAsStream("/corpus.yaml")) {
      if (in == null) {
        throw new IllegalStateException("corpus.yaml is missing from the test resources");
      }
      var commands = new ArrayList<String>();
      for (JsonNode entry : YAMLMapper.builder().build().readTree(in)) {
        commands.add(entry.required("command").asString());
      }
      return List.copyOf(commands);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
