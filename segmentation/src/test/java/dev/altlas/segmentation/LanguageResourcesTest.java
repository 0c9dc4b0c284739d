package dev.altlas.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.catalog.TaskType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The lexicons and phrase files agree with the catalog and with each other. */
class LanguageResourcesTest {

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyTaskTypeAPersonCanAskForHasWords(Language language) {
    Set<String> named = new TreeSet<>();
    Lexicon.of(language).intents.forEach(e -> named.add(e.type()));
    Set<String> askable = new TreeSet<>();
    TaskCatalog.builtin().types().stream()
        .map(TaskType::type)
        .filter(t -> !t.equals(TaskCatalog.UNSUPPORTED))
        .forEach(askable::add);
    assertThat(named).containsAll(askable);
    named.removeAll(askable);
    assertThat(named).containsOnly(IntentEntry.PRESENT);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyTaskTypeHasATitle(Language language) {
    Phrases phrases = Phrases.of(language);
    for (TaskType type : TaskCatalog.builtin().types()) {
      assertThat(phrases.text("titles", type.type(), "plain")).as(type.type()).isPresent();
      assertThat(phrases.text("titles", type.type(), "purpose")).as(type.type()).isPresent();
    }
  }

  @Test
  void bothLanguagesHaveTheSamePhrases() {
    assertThat(keys(load("phrases-tr.yaml"), "")).isEqualTo(keys(load("phrases-en.yaml"), ""));
  }

  @Test
  void bothLexiconsHaveTheSameSections() {
    assertThat(keys(load("lexicon-tr.yaml"), "").stream().filter(k -> !k.contains(".")))
        .containsExactlyInAnyOrderElementsOf(
            keys(load("lexicon-en.yaml"), "").stream().filter(k -> !k.contains(".")).toList());
  }

  private static Set<String> keys(JsonNode node, String prefix) {
    var keys = new TreeSet<String>();
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
        keys.add(key);
        keys.addAll(keys(e.getValue(), key));
      }
    }
    return keys;
  }

  private static JsonNode load(String resource) {
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      return YAMLMapper.builder().build().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
