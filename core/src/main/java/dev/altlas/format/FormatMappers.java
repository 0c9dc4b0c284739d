package dev.altlas.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.altlas.model.PlanInput;
import java.time.Duration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** The one Jackson configuration that maps the model records to their wire form. */
final class FormatMappers {
  static final ObjectMapper JSON = configure(JsonMapper.builder()).build();
  static final ObjectMapper YAML =
      configure(
              YAMLMapper.builder(
                  YAMLFactory.builder().stringQuotingChecker(new NumberLikeQuoting()).build()))
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
          .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
          .disable(YAMLWriteFeature.SPLIT_LINES)
          .build();

  private FormatMappers() {}

  static ObjectMapper forSyntax(Syntax syntax) {
    return syntax == Syntax.JSON ? JSON : YAML;
  }

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
    return builder
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .changeDefaultPropertyInclusion(
            v ->
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS))
        .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .addMixIn(PlanInput.class, PlanInputWire.class)
        .addModule(
            new SimpleModule("altlas-durations")
                .addSerializer(Duration.class, new DurationSerializer())
                .addDeserializer(Duration.class, new DurationDeserializer()));
  }

  /** {@code default} is a Java keyword, so the component has another name. */
  abstract static class PlanInputWire {
    @JsonProperty("default")
    abstract Object defaultValue();
  }

  static final class DurationSerializer extends ValueSerializer<Duration> {
    @Override
    public void serialize(Duration value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(DurationText.format(value));
    }
  }

  static final class DurationDeserializer extends ValueDeserializer<Duration> {
    @Override
    public Duration deserialize(JsonParser p, DeserializationContext ctxt) {
      try {
        return DurationText.parse(p.getValueAsString());
      } catch (IllegalArgumentException e) {
        return (Duration)
            ctxt.handleWeirdStringValue(Duration.class, p.getValueAsString(), e.getMessage());
      }
    }
  }
}
