package dev.altlas.tasks.builtin;

import static dev.altlas.tasks.builtin.testing.Failures.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.catalog.TaskType;
import dev.altlas.task.TaskEnvironment;
import dev.altlas.task.TaskHandler;
import dev.altlas.task.TaskPlugin;
import dev.altlas.task.TaskSettings;
import dev.altlas.tasks.builtin.testing.InMemoryTaskContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BuiltinTaskPluginTest {
  @TempDir Path artifacts;

  private static List<TaskHandler> handlers(Map<String, String> settings) {
    return new BuiltinTaskPlugin()
        .handlers(new TaskEnvironment(new TaskSettings(settings), null, Clock.systemUTC()));
  }

  @Test
  void isFoundByTheServiceLoader() {
    assertThat(ServiceLoader.load(TaskPlugin.class).stream().map(ServiceLoader.Provider::type))
        .contains(BuiltinTaskPlugin.class);
  }

  @Test
  void coversEveryCatalogTypeExceptAiAndArchiveOncePerType() {
    List<String> expected =
        TaskCatalog.builtin().types().stream()
            .map(TaskType::type)
            .filter(t -> !t.startsWith("ai.") && !t.equals("archive.search"))
            .toList();

    assertThat(handlers(Map.of()).stream().map(TaskHandler::type))
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "altlas.http.max_bytes, lots",
    "altlas.http.timeout, soon",
    "altlas.http.allow_private, yes",
    "altlas.smtp.port, twenty-five",
    "altlas.fs.max_bytes, 5 megs",
    "altlas.locale, not_a_locale!"
  })
  void aWrongSettingStopsTheStartNamingTheKey(String key, String value) {
    assertThatThrownBy(() -> handlers(Map.of(key, value)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(key);
  }

  @Test
  void unsupportedStepsFailWithThePlannersReason() {
    var context =
        InMemoryTaskContext.of(
            artifacts, Map.of("text", "dans et", "reason", "no task type can dance"));

    var failure =
        failure(() -> new UnsupportedTaskHandler().execute(context), "plan.unsupported", false);

    assertThat(failure.getMessage()).isEqualTo("no task type can dance");
  }
}
