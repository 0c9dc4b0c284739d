package dev.altlas.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseSplitterTest {

  @Test
  void splitsEnglishOnConnectivesAndPunctuation() {
    assertThat(texts(Language.ENGLISH, "list ./docs and then sort them by size"))
        .containsExactly("list ./docs", "sort them by size");
    assertThat(texts(Language.ENGLISH, "Download https://example.com/a. After that, summarize it"))
        .containsExactly("Download https://example.com/a", "summarize it");
    assertThat(texts(Language.ENGLISH, "list ./docs, sort by size, then show the top 5"))
        .containsExactly("list ./docs", "sort by size", "show the top 5");
  }

  @Test
  void thenMarksAClauseAsComingAfterThePreviousOne() {
    List<Clause> clauses = split(Language.ENGLISH, "read ./a.txt and then translate it");
    assertThat(clauses.get(0).sequential()).isFalse();
    assertThat(clauses.get(1).sequential()).isTrue();
    assertThat(split(Language.ENGLISH, "read ./a.txt and list ./docs").get(1).sequential())
        .isFalse();
  }

  @Test
  void splitsTurkishOnConnectivesAndConverbs() {
    assertThat(texts(Language.TURKISH, "Dosyaları sırala ve en büyük 10 tanesini göster"))
        .containsExactly("Dosyaları sırala", "en büyük 10 tanesini göster");
    assertThat(texts(Language.TURKISH, "raporu oku ardından özetle"))
        .containsExactly("raporu oku", "özetle");
    assertThat(texts(Language.TURKISH, "raporu oku, daha sonra özetle"))
        .containsExactly("raporu oku", "özetle");
    List<Clause> converbs =
        split(Language.TURKISH, "./a.txt dosyasını okuyup özetleyip bana e-posta ile gönder");
    assertThat(converbs.stream().map(Clause::text))
        .containsExactly("./a.txt dosyasını okuyup", "özetleyip", "bana e-posta ile gönder");
    assertThat(converbs.get(1).sequential()).isTrue();
    assertThat(texts(Language.TURKISH, "dosyaları sıralayıp en büyük 10 tanesini göster"))
        .containsExactly("dosyaları sıralayıp", "en büyük 10 tanesini göster");
  }

  @Test
  void joinsNounsThatAConnectiveOnlyListed() {
    assertThat(texts(Language.ENGLISH, "list the PDFs and CSVs in ./docs"))
        .containsExactly("list the PDFs and CSVs in ./docs");
    assertThat(texts(Language.ENGLISH, "classify them as bug, feature request or question"))
        .containsExactly("classify them as bug, feature request or question");
    assertThat(texts(Language.TURKISH, "PDF'leri ve CSV'leri listele"))
        .containsExactly("PDF'leri ve CSV'leri listele");
  }

  @Test
  void keepsAnUnknownLeadingVerbAsItsOwnClause() {
    assertThat(texts(Language.ENGLISH, "Zip the logs and upload them"))
        .containsExactly("Zip the logs", "upload them");
  }

  @Test
  void keepsAVerbItDoesNotKnowAsItsOwnClause() {
    assertThat(texts(Language.ENGLISH, "Read a.txt and b.txt and compare them"))
        .containsExactly("Read a.txt and b.txt", "compare them");
    assertThat(texts(Language.TURKISH, "./docs içindeki dosyaları listele ve bunları karşılaştır"))
        .containsExactly("./docs içindeki dosyaları listele", "bunları karşılaştır");
    assertThat(texts(Language.ENGLISH, "list the PDFs and the CSVs in ./docs")).hasSize(1);
  }

  @Test
  void neverSplitsInsideLiteralsOrNumbers() {
    assertThat(texts(Language.ENGLISH, "search the archive for 'deploy and rollback, then retry'"))
        .hasSize(1);
    assertThat(texts(Language.ENGLISH, "fetch https://example.com/a,b?x=1&y=2 and list ./docs"))
        .containsExactly("fetch https://example.com/a,b?x=1&y=2", "list ./docs");
    assertThat(texts(Language.TURKISH, "1,5 MB'den büyük dosyaları listele")).hasSize(1);
    assertThat(texts(Language.ENGLISH, "read ./notes.v2.txt. Then summarize it"))
        .containsExactly("read ./notes.v2.txt", "summarize it");
  }

  private static List<String> texts(Language language, String command) {
    return split(language, command).stream().map(Clause::text).toList();
  }

  private static List<Clause> split(Language language, String command) {
    Lexicon lexicon = Lexicon.of(language);
    return new ClauseSplitter(lexicon, new IntentMatcher(lexicon)).split(command);
  }
}
