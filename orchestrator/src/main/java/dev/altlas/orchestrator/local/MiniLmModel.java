package dev.altlas.orchestrator.local;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;

/**
 * all-MiniLM-L6-v2, quantized, loaded as langchain4j's {@code AllMiniLmL6V2QuantizedEmbeddingModel}
 * loads it (the same model, tokenizer and pooling, so the same vectors; one session per process,
 * made when the class is first used), but on an ONNX Runtime session whose threads sleep between
 * operations instead of spinning: with two cores, the spinning took CPU from the rest of a run.
 */
final class MiniLmModel extends AbstractInProcessEmbeddingModel {
  private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
  private static final OnnxBertBiEncoder ENCODER = load();

  MiniLmModel(Executor executor) {
    super(executor);
  }

  @Override
  protected OnnxBertBiEncoder model() {
    return ENCODER;
  }

  @Override
  protected Integer knownDimension() {
    return MiniLmEmbeddings.DIMENSIONS;
  }

  private static OnnxBertBiEncoder load() {
    OrtEnvironment environment = OrtEnvironment.getEnvironment();
    try (InputStream model = resource(MiniLmEmbeddings.RESOURCE);
        InputStream tokenizer = resource(TOKENIZER);
        var options = new OrtSession.SessionOptions()) {
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      OrtSession session = environment.createSession(model.readAllBytes(), options);
      return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
    } catch (OrtException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = MiniLmModel.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name.substring(1) + " is not on the classpath");
    }
    return in;
  }
}
