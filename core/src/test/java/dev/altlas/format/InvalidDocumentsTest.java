package dev.altlas.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.altlas.catalog.TaskCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each file in {@code src/test/resources/invalid} states, in {@code # expect:} lines (or a sidecar
 * {@code .expect} file for JSON), the problems a person must be shown for it.
 */
class InvalidDocumentsTest {
  private static final Path DIR = Path.of("src/test/resources/invalid");
  private final DocumentReader reader = new DocumentReader(TaskCatalog.builtin());

  @TestFactory
  Stream<DynamicTest> everyInvalidFileGivesExactlyTheExpectedProblems() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(f -> !f.toString().endsWith(".expect")).sorted().toList().stream()
          .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }
  }

  private void check(Path file) throws IOException {
    String text = Files.readString(file);
    List<String> expected = expectations(file, text);
    DocumentKind kind = DocumentKind.fromFileName(file.getFileName().toString()).orElseThrow();

    var error = catchThrowableOfType(InvalidDocumentException.class, () -> reader.read(text, kind));

    assertThat(error).as("%s should be rejected", file).isNotNull();
    assertThat(error.problems().stream().map(Problem::toString))
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  private static List<String> expectations(Path file, String text) throws IOException {
    Path sidecar = Path.of(file + ".expect");
    if (Files.exists(sidecar)) {
      return Files.readAllLines(sidecar).stream().filter(l -> !l.isBlank()).toList();
    }
    return text.lines()
        .filter(l -> l.startsWith("# expect: "))
        .map(l -> l.substring("# expect: ".length()))
        .toList();
  }
}
