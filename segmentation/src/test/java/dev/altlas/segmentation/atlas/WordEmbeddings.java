package dev.altlas.segmentation.atlas;

import dev.altlas.ai.Capability;
import dev.altlas.ai.ModelException;
import dev.altlas.ai.ModelPort;
import dev.altlas.ai.ModelReply;
import dev.altlas.model.TokenUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A model whose embedding of a text says which of a few marker words it contains: one dimension per
 * word, 1 when present. Texts that share their marker words are identical in meaning to it. Counts
 * its calls, and fails every call when told to.
 */
final class WordEmbeddings implements ModelPort {
  private final List<String> words;
  private final boolean failing;
  private int calls;

  WordEmbeddings(boolean failing, String... words) {
    this.words = List.of(words);
    this.failing = failing;
  }

  static WordEmbeddings of(String... words) {
    return new WordEmbeddings(false, words);
  }

  float[] vector(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    var v = new float[words.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = lower.contains(words.get(i)) ? 1 : 0;
    }
    return v;
  }

  int calls() {
    return calls;
  }

  @Override
  public String name() {
    return "word-embeddings";
  }

  @Override
  public Set<Capability> capabilities() {
    return Set.of(Capability.EMBED);
  }

  @Override
  public ModelReply<List<float[]>> embed(List<String> texts) throws ModelException {
    calls++;
    if (failing) {
      throw new ModelException("ai.unavailable", "the embedding model is down", true);
    }
    var vectors = new ArrayList<float[]>();
    texts.forEach(t -> vectors.add(vector(t)));
    return new ModelReply<>(vectors, name(), TokenUsage.ZERO);
  }
}
