package dev.altlas.segmentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.altlas.format.DocumentWriter;
import dev.altlas.format.Syntax;
import dev.altlas.model.Mode;
import dev.altlas.model.Persona;
import dev.altlas.model.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Whole plans written down once and compared byte for byte: the same request gives the same plan in
 * another process too, which a test inside one process cannot show on its own.
 */
class GoldenPlansTest {

  @TestFactory
  Stream<DynamicTest> plansAreTheSameInEveryRun() {
    var tests = new ArrayList<DynamicTest>();
    for (JsonNode request : read("requests.yaml")) {
      String file = request.required("file").asString();
      tests.add(
          dynamicTest(
              file,
              () -> {
                Plan plan =
                    Plans.plan(
                        request.required("command").asString(),
                        Mode.valueOf(upper(request.required("mode").asString())),
                        Persona.valueOf(upper(request.required("persona").asString())),
                        request.has("chaos_level") ? request.get("chaos_level").asInt() : null,
                        request.required("seed").asLong());
                Plans.assertValid(plan);
                assertThat(new DocumentWriter().write(plan, Syntax.YAML)).isEqualTo(text(file));
              }));
    }
    return tests.stream();
  }

  private static String upper(String name) {
    return name.toUpperCase(Locale.ROOT);
  }

  private static List<JsonNode> read(String resource) {
    var entries = new ArrayList<JsonNode>();
    YAMLMapper.builder().build().readTree(text(resource)).forEach(entries::add);
    return entries;
  }

  private static String text(String resource) {
    try (InputStream in = GoldenPlansTest.class.getResourceAsStream("/golden/" + resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
