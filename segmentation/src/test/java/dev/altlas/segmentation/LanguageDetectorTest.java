package dev.altlas.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {
  private final LanguageDetector detector = new LanguageDetector();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "İSTANBUL'DAKİ DOSYALARI LİSTELE",
        "Dosyaları sırala ve en büyük 10 tanesini göster",
        "dosyalari sirala ve en buyuk 10 tanesini goster",
        "listele",
        "özetle",
        "PDF'leri oku",
        "./docs klasöründeki raporları özetleyip bana gönder",
        "https://example.com adresini indir",
        "ACİL: LOGLARI GÖNDER"
      })
  void turkish(String command) {
    assertThat(detector.detect(command)).isEqualTo(Language.TURKISH);
    assertThat(detector.detectCode(command)).isEqualTo("tr");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "LIST THE FILES IN ./DOCS",
        "Summarize the text files in ./docs",
        "list files",
        "sort them",
        "Download https://example.com/ödeme.html and summarize it",
        "Email the report to müşteri@example.com",
        "it's urgent: read ./notes.txt",
        "I need the five largest PDFs"
      })
  void english(String command) {
    assertThat(detector.detect(command)).isEqualTo(Language.ENGLISH);
    assertThat(detector.detectCode(command)).isEqualTo("en");
  }

  @Test
  void turkishLowercasingKeepsDottedAndDotlessI() {
    assertThat(Language.TURKISH.lowercase("İSTANBUL'DAKİ DOSYALARI LİSTELE"))
        .isEqualTo("istanbul'daki dosyaları listele");
    assertThat(Language.TURKISH.lowercase("IŞIK")).isEqualTo("ışık");
  }

  @Test
  void englishLowercasingTurnsCapitalIIntoI() {
    assertThat(Language.ENGLISH.lowercase("LIST FILES IN ./DOCS, I SAID"))
        .isEqualTo("list files in ./docs, i said");
  }

  @Test
  void matchingIgnoresCaseAndTurkishLetters() {
    assertThat(Folding.fold("İSTANBUL"))
        .isEqualTo(Folding.fold("istanbul"))
        .isEqualTo(Folding.fold("ıstanbul"))
        .isEqualTo("istanbul");
    assertThat(Folding.fold("ÇĞÖŞÜ çğöşü")).isEqualTo("cgosu cgosu");
    assertThat(Folding.fold("İSTANBUL'DAKİ")).hasSize("İSTANBUL'DAKİ".length());
  }

  @Test
  void plansAreWrittenInTheCommandsLanguage() {
    assertThat(Plans.plan("İSTANBUL'DAKİ DOSYALARI LİSTELE").language()).isEqualTo("tr");
    // Paths keep their case: ./DOCS is not ./docs.
    assertThat(Plans.plan("LIST THE FILES IN ./DOCS").tasks().get(0).title())
        .startsWith("List files in ./DOCS");
    assertThat(Plans.plan("./docs klasöründeki dosyaları listele").tasks().get(0).title())
        .contains("listele");
  }
}
