package dev.altlas.orchestrator.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Function words of Turkish and English, from the lists shipped beside this class. */
final class StopWords {
  static final Set<String> TURKISH = load("stopwords-tr.txt");
  static final Set<String> ENGLISH = load("stopwords-en.txt");

  private StopWords() {}

  /** Either language's, since commands and documents mix them. */
  static boolean contains(String lowerCaseWord) {
    return TURKISH.contains(lowerCaseWord) || ENGLISH.contains(lowerCaseWord);
  }

  private static Set<String> load(String resource) {
    try (InputStream in = StopWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("stop word list " + resource + " is missing");
      }
      var words = new HashSet<String>();
      try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        reader
            .lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .forEach(words::add);
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
