package dev.altlas.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Words that mean the same to a search, as rules in the Solr synonyms format ({@code a, b, c} or
 * {@code a => b}), applied when a query is analysed. The built-in file covers common words of
 * commands in Turkish and English; an installation adds its own with {@code
 * altlas.search.synonyms}.
 */
public record Synonyms(List<String> rules) {
  private static final String BUILTIN = "/dev/altlas/archive/synonyms.txt";

  public Synonyms {
    rules = List.copyOf(rules);
  }

  public static Synonyms builtin() {
    try (InputStream in = Synonyms.class.getResourceAsStream(BUILTIN)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BUILTIN);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The built-in rules followed by those in {@code file}. */
  public static Synonyms builtinAnd(Path file) {
    try {
      List<String> all = new ArrayList<>(builtin().rules);
      all.addAll(parse(Files.readString(file)).rules);
      return new Synonyms(all);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the synonyms file " + file, e);
    }
  }

  /** Rules, one per line; blank lines and lines starting with {@code #} are ignored. */
  public static Synonyms parse(String text) {
    return new Synonyms(
        text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
  }

  /** The rules as one text in the Solr format, for analyzers that read a file. */
  public String asText() {
    return String.join("\n", rules) + "\n";
  }
}
