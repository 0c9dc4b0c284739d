package dev.altlas.tasks.builtin.content;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** JSON and YAML for task values (maps, lists, strings, numbers, booleans). */
public final class Json {
  private static final ObjectMapper COMPACT = JsonMapper.builder().build();
  private static final ObjectMapper PRETTY =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final ObjectMapper YAML =
      YAMLMapper.builder()
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
          .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
          .disable(YAMLWriteFeature.SPLIT_LINES)
          .build();

  private Json() {}

  public static String compact(Object value) {
    return COMPACT.writeValueAsString(value);
  }

  public static String pretty(Object value) {
    return PRETTY.writeValueAsString(value);
  }

  public static String yaml(Object value) {
    return YAML.writeValueAsString(value);
  }

  /** The value the JSON text holds, or empty when it is not JSON. */
  public static Optional<Object> parse(String text) {
    try {
      return Optional.ofNullable(COMPACT.readValue(text, Object.class));
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }
}
