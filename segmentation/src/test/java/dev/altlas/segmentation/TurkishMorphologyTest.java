package dev.altlas.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TurkishMorphologyTest {
  private final Morphology turkish = Morphology.of(Language.TURKISH);

  @ParameterizedTest
  @CsvSource({
    "sırala, sırala",
    "sırala, sıralayıp",
    "sırala, sıralayın",
    "sırala, sıralamak",
    "oku, okuyup",
    "özetle, özetleyip",
    "kaydet, kaydedip",
    "kaydet, kaydedin",
    "indir, indirdikten",
    "gönder, gönderir",
    "çalıştır, çalıştırabilir",
    "listele, listelesin"
  })
  void verbForms(String stem, String word) {
    assertThat(turkish.isVerbForm(Folding.fold(word), Folding.fold(stem))).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "ara, araba",
    "ara, arasında",
    "oku, okul",
    "al, alfabetik",
    "ver, veri",
    "bul, bulut",
    "aç, acil",
    "listele, listelenen"
  })
  void wordsThatOnlyLookLikeVerbForms(String stem, String word) {
    assertThat(turkish.isVerbForm(Folding.fold(word), Folding.fold(stem))).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "dosya, dosyaları",
    "dosya, dosyalarını",
    "dosya, dosyalarınızdaki",
    "klasör, klasöründeki",
    "sonuç, sonuçları",
    "özet, özetini",
    "tane, tanesini",
    "üç, üçünü",
    "ingilizce, ingilizceye"
  })
  void nounForms(String lexeme, String word) {
    assertThat(turkish.isNounForm(Folding.fold(word), Folding.fold(lexeme))).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "sırala, sıralayıp, true",
    "oku, okuyup, true",
    "sırala, sırala, false",
    "oku, okul, false"
  })
  void converbs(String stem, String word, boolean converb) {
    assertThat(turkish.isConverb(Folding.fold(word), Folding.fold(stem))).isEqualTo(converb);
  }
}
