package dev.altlas.orchestrator.local;

import java.util.Locale;
import java.util.Optional;

/** The fields the local provider can pull out of a text without a generative model. */
enum ExtractableField {
  EMAILS,
  URLS,
  DATES,
  NUMBERS,
  PHONES,
  KEYWORDS;

  /**
   * The field a caller's name means, ignoring case, separators and Turkish letters ({@code
   * e-mails}, {@code Phone Numbers}, {@code e_posta}, {@code anahtar_kelimeler}).
   */
  static Optional<ExtractableField> named(String name) {
    return Optional.ofNullable(
        switch (fold(name)) {
          case "email", "emails", "emailaddress", "emailaddresses", "mail", "eposta", "epostalar" ->
              EMAILS;
          case "url",
              "urls",
              "link",
              "links",
              "uri",
              "uris",
              "website",
              "websites",
              "baglanti",
              "baglantilar" ->
              URLS;
          case "date", "dates", "tarih", "tarihler" -> DATES;
          case "number", "numbers", "sayi", "sayilar", "rakam", "rakamlar", "amount", "amounts" ->
              NUMBERS;
          case "phone",
              "phones",
              "phonenumber",
              "phonenumbers",
              "telephone",
              "telefon",
              "telefonlar",
              "telefonnumarasi",
              "telefonnumaralari" ->
              PHONES;
          case "keyword",
              "keywords",
              "keyphrase",
              "keyphrases",
              "topic",
              "topics",
              "anahtarkelime",
              "anahtarkelimeler" ->
              KEYWORDS;
          default -> null;
        });
  }

  static String supportedNames() {
    var names = new StringBuilder();
    for (ExtractableField field : values()) {
      if (!names.isEmpty()) {
        names.append(", ");
      }
      names.append(field.name().toLowerCase(Locale.ROOT));
    }
    return names.toString();
  }

  private static String fold(String name) {
    var folded = new StringBuilder();
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      int i = "çğıöşü".indexOf(c);
      if (i >= 0) {
        folded.append("cgiosu".charAt(i));
      } else if (Character.isLetterOrDigit(c)) {
        folded.append(c);
      }
    }
    return folded.toString();
  }
}
