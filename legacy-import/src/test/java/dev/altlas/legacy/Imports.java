package dev.altlas.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.format.DocumentReader;
import dev.altlas.format.DocumentWriter;
import dev.altlas.format.PlanValidator;
import dev.altlas.format.Syntax;
import dev.altlas.model.Plan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Shared test set-up: the fixtures, the importer and the check every imported plan must pass. */
final class Imports {
  static final TaskCatalog CATALOG = TaskCatalog.builtin();
  static final Instant NOW = Instant.parse("2026-03-14T09:30:00Z");
  static final LegacyImporter IMPORTER = new LegacyImporter(CATALOG);

  private Imports() {}

  static String fixture(String name) {
    try (InputStream in = Imports.class.getResourceAsStream("/legacy/" + name)) {
      assertThat(in).as("fixture %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Imports a text and checks the plan is valid, also after writing and reading it back. */
  static Plan importValid(String text) {
    Plan plan = IMPORTER.importPlan(text, NOW);
    assertValid(plan);
    return plan;
  }

  static void assertValid(Plan plan) {
    assertThat(new PlanValidator(CATALOG).validate(plan)).isEmpty();
    var writer = new DocumentWriter();
    for (Syntax syntax : Syntax.values()) {
      String written = writer.write(plan, syntax);
      Plan read = new DocumentReader(CATALOG).readPlan(written);
      assertThat(writer.write(read, syntax)).isEqualTo(written);
    }
  }
}
