package dev.altlas.cli;

import dev.altlas.task.TaskSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The {@code altlas.*} settings of this process, from (later wins): built-in defaults, {@code
 * $ALTLAS_HOME/altlas.properties}, and {@code -Daltlas.…} system properties (for example through
 * {@code ALTLAS_JAVA_OPTS}). One property per concern chooses a backend, e.g. {@code
 * altlas.store.url} or {@code altlas.ai.providers}.
 */
final class AltlasSettings {
  static final String FILE = "altlas.properties";

  private AltlasSettings() {}

  static TaskSettings load(AltlasHome home, Properties system, Path workingDirectory)
      throws CliFailure {
    var values = new HashMap<String, String>();
    values.put("altlas.fs.roots", workingDirectory.toAbsolutePath().normalize().toString());
    values.put("altlas.ai.providers", "local");
    Path file = home.path().resolve(FILE);
    if (Files.exists(file)) {
      var fromFile = new Properties();
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        fromFile.load(r);
      } catch (IOException | IllegalArgumentException e) {
        throw CliFailure.failed("cannot read the settings file " + file + ": " + e.getMessage());
      }
      copy(fromFile, values);
    }
    copy(system, values);
    return new TaskSettings(Map.copyOf(values));
  }

  private static void copy(Properties from, Map<String, String> to) {
    for (String key : from.stringPropertyNames()) {
      if (key.startsWith("altlas.")) {
        to.put(key, from.getProperty(key));
      }
    }
  }
}
