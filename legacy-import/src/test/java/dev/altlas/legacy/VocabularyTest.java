package dev.altlas.legacy;

import static dev.altlas.legacy.Imports.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.catalog.ParamSpec;
import dev.altlas.catalog.TaskType;
import dev.altlas.model.Mode;
import dev.altlas.model.Persona;
import dev.altlas.model.Priority;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The vocabulary file may only name what the catalog and the model define. */
class VocabularyTest {
  private final Vocabulary vocabulary = Vocabulary.builtin();

  private static TaskType type(String name) {
    return CATALOG
        .find(name)
        .orElseThrow(() -> new AssertionError(name + " is not in the catalog"));
  }

  @Test
  void everyTypeNamedIsInTheCatalog() {
    var named = new ArrayList<String>();
    vocabulary.taskTypes().values().forEach(named::addAll);
    named.addAll(vocabulary.operations().values());
    named.addAll(vocabulary.keywords().keySet());
    named.addAll(vocabulary.aliases().keySet());
    named.addAll(vocabulary.triggers().keySet());
    named.addAll(vocabulary.textOutputs().keySet());
    named.addAll(vocabulary.upstreamInputs().keySet());
    named.addAll(vocabulary.ownTextInputs().keySet());
    assertThat(named).allSatisfy(VocabularyTest::type);
  }

  @Test
  void aliasesAndFilledParametersAreCatalogParameters() {
    vocabulary
        .aliases()
        .forEach(
            (type, params) ->
                assertThat(type(type).paramsByName())
                    .containsKeys(params.keySet().toArray(String[]::new)));
    vocabulary
        .upstreamInputs()
        .forEach(
            (type, param) ->
                assertThat(type(type).param(param)).get().matches(ParamSpec::required));
    vocabulary
        .ownTextInputs()
        .forEach(
            (type, param) ->
                assertThat(type(type).param(param)).get().matches(ParamSpec::required));
    vocabulary
        .textOutputs()
        .forEach((type, field) -> assertThat(type(type).output()).contains(field));
  }

  @Test
  void headerValuesAreModelValues() {
    assertThat(vocabulary.modes().values()).allSatisfy(m -> Mode.valueOf(upper(m)));
    assertThat(vocabulary.personas().values()).allSatisfy(p -> Persona.valueOf(upper(p)));
    assertThat(vocabulary.priorities().values()).allSatisfy(p -> Priority.valueOf(upper(p)));
    assertThat(vocabulary.languages().values()).allMatch(l -> l.matches("[a-z]{2,3}"));
  }

  @Test
  void keysAreFoldedSoTurkishSpellingsMatch() {
    assertThat(vocabulary.personas().get(Folding.key("Yaratıcı Yazar")))
        .isEqualTo("creative_writer");
    assertThat(vocabulary.personas().get(Folding.key("YARATICI-YAZAR")))
        .isEqualTo("creative_writer");
    assertThat(vocabulary.typesOfTaskType("Dosya İşlemi"))
        .containsExactly("fs.list", "fs.read", "fs.write");
    assertThat(vocabulary.typesSuggestedBy("Raporu özetleyip e-posta ile gönder"))
        .containsExactly("ai.summarize", "notify.email");
    assertThat(vocabulary.typesSuggestedBy("Raporu ozetle")).containsExactly("ai.summarize");
    // A noun is not a verb: "the summary" names no summarising step.
    assertThat(vocabulary.typesSuggestedBy("Send the summary")).isEmpty();
  }

  private static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  @Test
  void foldingKeepsWordsApart() {
    assertThat(Folding.words("e-posta'yı İSTANBUL'a gönder, ŞİMDİ!"))
        .isEqualTo(Arrays.asList("e-posta", "yi", "istanbul", "a", "gonder", "simdi"));
    assertThat(List.of(Folding.key("  Adım #2 "), Folding.key("ÇĞIİÖŞÜ")))
        .containsExactly("adim_2", "cgiiosu");
  }
}
