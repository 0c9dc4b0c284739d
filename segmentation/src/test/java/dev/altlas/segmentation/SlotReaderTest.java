package dev.altlas.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The values each extractor reads out of a clause. */
class SlotReaderTest {

  @Test
  void paths() {
    assertThat(paths(Language.ENGLISH, "list ./docs and /tmp/x"))
        .containsExactly("./docs", "/tmp/x");
    assertThat(paths(Language.ENGLISH, "read ~/notes/today.md."))
        .containsExactly("~/notes/today.md");
    assertThat(paths(Language.TURKISH, "docs klasöründeki dosyalar")).containsExactly("docs");
    assertThat(paths(Language.ENGLISH, "the reports folder")).containsExactly("reports");
    assertThat(paths(Language.TURKISH, "rapor.txt'yi oku")).containsExactly("rapor.txt");
    assertThat(paths(Language.ENGLISH, "summarize ./docs/*.txt")).containsExactly("./docs");
    assertThat(paths(Language.TURKISH, "masaüstündeki resimler")).containsExactly("~/Desktop");
    assertThat(paths(Language.ENGLISH, "bug/feature and and/or")).isEmpty();
    assertThat(read(Language.ENGLISH, "read ./notes.txt").sources().paths().get(0).file()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | summarize the text files | *.txt",
        "en | list the PDFs in ./docs | *.pdf",
        "en | find markdown notes | *.md",
        "en | show the images | *.{png,jpg,jpeg,gif,webp}",
        "en | list ./logs/**/*.log | **/*.log",
        "en | list the PDFs and CSVs | *.{pdf,csv}",
        "tr | PDF'leri listele | *.pdf",
        "tr | CSV dosyalarını oku | *.csv",
        "tr | metin dosyalarını özetle | *.txt",
        "tr | ekran görüntülerini sırala | *.{png,jpg,jpeg,gif,webp}"
      })
  void fileKindsBecomeGlobs(String language, String text, String glob) {
    assertThat(read(language(language), text).sources().glob()).isEqualTo(glob);
  }

  @Test
  void aFormatIsNotAKindOfFile() {
    Slots asCsv = read(Language.ENGLISH, "save them as CSV");
    assertThat(asCsv.sources().glob()).isNull();
    assertThat(asCsv.format()).isEqualTo("csv");
    assertThat(read(Language.TURKISH, "JSON olarak kaydet").format()).isEqualTo("json");
    assertThat(read(Language.ENGLISH, "export to markdown").format()).isEqualTo("markdown");
    assertThat(read(Language.ENGLISH, "save it in yaml format").format()).isEqualTo("yaml");
  }

  @Test
  void urlsAndEmailAddresses() {
    Slots en = read(Language.ENGLISH, "fetch https://example.com/a?b=1, then mail me@example.com.");
    assertThat(en.sources().urls()).containsExactly("https://example.com/a?b=1");
    assertThat(en.emails()).containsExactly("me@example.com");
    Slots tr =
        read(Language.TURKISH, "https://example.com/rapor'dan al ve ali@example.com'a gönder");
    assertThat(tr.sources().urls()).containsExactly("https://example.com/rapor");
    assertThat(tr.emails()).containsExactly("ali@example.com");
    assertThat(read(Language.ENGLISH, "open www.example.com").sources().urls())
        .containsExactly("https://www.example.com");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | show the top 3 | 3",
        "en | email the three most important | 3",
        "en | keep the first five | 5",
        "en | the 10 largest files | 10",
        "en | the largest 10 | 10",
        "en | twenty five results | 25",
        "tr | en büyük 10 tanesini göster | 10",
        "tr | ilk üç dosyayı al | 3",
        "tr | beş tane seç | 5",
        "tr | ilk 5'ini göster | 5",
        "tr | en önemli üçünü gönder | 3"
      })
  void counts(String language, String text, int count) {
    assertThat(read(language(language), text).shaping().count()).isEqualTo(count);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | summarize it in 3 sentences",
        "en | runs from the last 7 days",
        "en | larger than 1 MB",
        "en | since 2026-03-14",
        "tr | son 7 günde",
        "tr | onu özetle",
        "tr | 3 cümlede özetle"
      })
  void numbersThatAreNotCounts(String language, String text) {
    assertThat(read(language(language), text).shaping().count()).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | the largest files | size | desc",
        "en | the biggest ones | size | desc",
        "en | the smallest images | size | asc",
        "en | the newest notes | modified | desc",
        "en | the latest reports | modified | desc",
        "en | the oldest logs | modified | asc",
        "en | sort them alphabetically | name | asc",
        "en | sort by name | name | asc",
        "en | sort by price, descending | price | desc",
        "en | order by date, newest first | modified | desc",
        "tr | en büyük 10 | size | desc",
        "tr | en küçük dosyalar | size | asc",
        "tr | en yeni notlar | modified | desc",
        "tr | en son raporlar | modified | desc",
        "tr | en eski kayıtlar | modified | asc",
        "tr | alfabetik sırala | name | asc",
        "tr | ada göre sırala | name | asc",
        "tr | fiyatına göre azalan sırala | fiyat | desc"
      })
  void sortKeys(String language, String text, String by, String order) {
    assertThat(read(language(language), text).shaping().sort()).isEqualTo(new SortKey(by, order));
  }

  @Test
  void byAloneIsASortKeyOnlyBesideASortVerb() {
    assertThat(read(Language.ENGLISH, "send it by email").shaping().sort()).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | translate it into Turkish | tr",
        "en | summarize it in English | en",
        "en | translate the German letter to French | fr",
        "tr | İngilizceye çevir | en",
        "tr | Almanca'ya çevir | de",
        "tr | Türkçe özetle | tr",
        "tr | fransızca diline çevir | fr"
      })
  void targetLanguages(String language, String text, String code) {
    assertThat(read(language(language), text).language()).isEqualTo(code);
  }

  @Test
  void aLanguageWithoutAMarkIsNoTarget() {
    assertThat(read(Language.ENGLISH, "summarize the German text").language()).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | files larger than 1 MB | size | gt | 1048576",
        "en | files smaller than 500 KB | size | lt | 512000",
        "en | at least 2 GB | size | gte | 2147483648",
        "tr | 1 MB'den büyük dosyalar | size | gt | 1048576",
        "tr | 1,5 MB'tan küçük dosyalar | size | lt | 1572864",
        "en | keep rows where price > 100 | price | gt | 100",
        "en | orders where amount is over 50 | amount | gt | 50"
      })
  void comparisons(String language, String text, String field, String op, long value) {
    FilterCondition filter = read(language(language), text).shaping().filter();
    assertThat(filter).isEqualTo(new FilterCondition(field, op, value));
  }

  @Test
  void textConditions() {
    assertThat(read(Language.ENGLISH, "files containing invoice").shaping().filter())
        .isEqualTo(new FilterCondition(null, "contains", "invoice"));
    assertThat(read(Language.TURKISH, "'TODO' içeren dosyalar").shaping().filter())
        .isEqualTo(new FilterCondition(null, "contains", "TODO"));
    assertThat(read(Language.TURKISH, "TODO'yu içeren dosyalar").shaping().filter())
        .isEqualTo(new FilterCondition(null, "contains", "TODO"));
    assertThat(read(Language.ENGLISH, "files whose name starts with 2024").shaping().filter())
        .isEqualTo(new FilterCondition("name", "starts_with", "2024"));
    assertThat(read(Language.TURKISH, "geçen hafta çalışanlar").shaping().filter()).isNull();
  }

  @Test
  void labels() {
    assertThat(read(Language.ENGLISH, "classify them as bug, feature or question").labels())
        .isEqualTo(new Labels(List.of("bug", "feature", "question"), false));
    assertThat(read(Language.ENGLISH, "classify as spam or not spam").labels().values())
        .containsExactly("spam", "not_spam");
    assertThat(
            read(Language.TURKISH, "e-postaları spam, reklam veya kişisel olarak sınıflandır")
                .labels())
        .isEqualTo(new Labels(List.of("spam", "reklam", "kişisel"), false));
    assertThat(read(Language.ENGLISH, "classify the reviews by sentiment").labels())
        .isEqualTo(new Labels(List.of("positive", "negative", "neutral"), true));
  }

  @Test
  void otherValues() {
    assertThat(read(Language.ENGLISH, "extract the email addresses and dates").extractFields())
        .containsExactly("emails", "dates");
    assertThat(read(Language.TURKISH, "tutarları ve tarihleri çıkar").extractFields())
        .containsExactly("amounts", "dates");
    assertThat(read(Language.ENGLISH, "summarize it in 2 sentences").sentences()).isEqualTo(2);
    assertThat(read(Language.TURKISH, "3 cümlede özetle").sentences()).isEqualTo(3);
    assertThat(read(Language.ENGLISH, "failed runs in the last 7 days").since()).isEqualTo("7d");
    assertThat(read(Language.TURKISH, "son 24 saatte").since()).isEqualTo("24h");
    assertThat(read(Language.ENGLISH, "failed runs of the past week").runStatus())
        .isEqualTo("failed");
    assertThat(read(Language.ENGLISH, "run `npm test`").program()).isEqualTo("npm test");
    assertThat(read(Language.ENGLISH, "store it as weekly-report").key())
        .isEqualTo("weekly-report");
    assertThat(read(Language.ENGLISH, "join them on customer_id").joinKey())
        .isEqualTo("customer_id");
    assertThat(read(Language.ENGLISH, "email it with subject \"Q3\"").subject()).isEqualTo("Q3");
    assertThat(read(Language.ENGLISH, "the three most important").shaping().rankCriterion())
        .isEqualTo("importance");
    assertThat(read(Language.ENGLISH, "rank them by relevance to climate change").rankQuery())
        .isEqualTo("climate change");
  }

  @Test
  void wordsThatPointBackAtEarlierData() {
    assertThat(read(Language.ENGLISH, "sort them").refersBack()).isTrue();
    assertThat(read(Language.ENGLISH, "email the results").refersBack()).isTrue();
    assertThat(read(Language.TURKISH, "sonuçları gönder").refersBack()).isTrue();
    assertThat(read(Language.TURKISH, "bunları özetle").refersBack()).isTrue();
    assertThat(read(Language.ENGLISH, "list ./docs").refersBack()).isFalse();
  }

  private static List<String> paths(Language language, String text) {
    return read(language, text).sources().paths().stream().map(PathMention::path).toList();
  }

  private static Slots read(Language language, String text) {
    return new SlotReader(Lexicon.of(language)).read(Clause.of(text, false));
  }

  private static Language language(String code) {
    return Language.fromCode(code).orElseThrow();
  }
}
