package dev.altlas.orchestrator.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class MiniLmModelTest {

  @Test
  void givesTheVectorsOfLangchain4jsModelExactly() {
    List<TextSegment> texts =
        List.of(
            TextSegment.from("Summarize the text files in ./docs"),
            TextSegment.from("Kitaplar ve dosyalar burada."),
            TextSegment.from("The payment service was down. The certificate had expired."));
    try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Embedding> ours = new MiniLmModel(threads).embedAll(texts).content();
      List<Embedding> theirs =
          new AllMiniLmL6V2QuantizedEmbeddingModel(threads).embedAll(texts).content();

      assertThat(ours).hasSize(3);
      for (int i = 0; i < texts.size(); i++) {
        assertThat(ours.get(i).vector()).isEqualTo(theirs.get(i).vector());
      }
    }
  }
}
