package dev.altlas.orchestrator.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldExtractorTest {
  private static final String TEXT =
      """
      Merhaba, raporu 15.03.2024 tarihinde ali.veli@örnek.com.tr adresine gönderdim \
      (bkz. https://example.com/a_(b)). Toplantı 3 Ocak 2025 Cuma, 2025-01-03T09:30:00+03:00. \
      The launch is on March 5, 2024; the review in Sept 2024 or 1st of May 2025. \
      Ara: +90 (532) 123 45 67, 0212 555 12 34 veya 202-555-0143. \
      Bütçe 1.250.000,50 TL, büyüme %12, 42 kişi; see www.altlas.dev.""";

  private final FieldExtractor extractor = new FieldExtractor(TEXT, Language.TURKISH);

  @Test
  void findsEmailsAndUrlsWithoutTrailingPunctuation() {
    assertThat(extractor.find(ExtractableField.EMAILS)).containsExactly("ali.veli@örnek.com.tr");
    assertThat(extractor.find(ExtractableField.URLS))
        .containsExactly("https://example.com/a_(b)", "www.altlas.dev");
  }

  @Test
  void findsIsoTurkishAndEnglishDates() {
    assertThat(extractor.find(ExtractableField.DATES))
        .containsExactly(
            "15.03.2024",
            "3 Ocak 2025",
            "2025-01-03T09:30:00+03:00",
            "March 5, 2024",
            "Sept 2024",
            "1st of May 2025");
  }

  @Test
  void findsPhoneNumbersAndLeavesTheirDigitsOutOfNumbers() {
    assertThat(extractor.find(ExtractableField.PHONES))
        .containsExactly("+90 (532) 123 45 67", "0212 555 12 34", "202-555-0143");
    assertThat(extractor.find(ExtractableField.NUMBERS))
        .containsExactly("1.250.000,50", "12", "42");
  }

  @Test
  void keywordsLeaveOutFunctionWordsAndWhatOtherFieldsClaimed() {
    var keywords =
        new FieldExtractor(
                "Solar panels are cheap. Solar panels are efficient. Contact me@example.com.",
                Language.ENGLISH)
            .find(ExtractableField.KEYWORDS);

    assertThat(keywords.getFirst()).isEqualTo("solar panels");
    assertThat(keywords).doesNotContain("are", "me", "example").hasSizeLessThanOrEqualTo(10);
  }

  @Test
  void fieldNamesAreMatchedLoosely() {
    assertThat(ExtractableField.named("E-Mails")).contains(ExtractableField.EMAILS);
    assertThat(ExtractableField.named("telefon_numaraları")).contains(ExtractableField.PHONES);
    assertThat(ExtractableField.named("Anahtar Kelimeler")).contains(ExtractableField.KEYWORDS);
    assertThat(ExtractableField.named("names")).isEmpty();
  }
}
