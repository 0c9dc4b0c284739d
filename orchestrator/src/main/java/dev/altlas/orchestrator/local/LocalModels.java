package dev.altlas.orchestrator.local;

import dev.altlas.ai.Capability;
import dev.altlas.ai.GenerateRequest;
import dev.altlas.ai.ModelException;
import dev.altlas.ai.ModelPort;
import dev.altlas.ai.ModelReply;
import dev.altlas.ai.Scored;
import dev.altlas.model.TokenUsage;
import dev.altlas.orchestrator.provider.Preloading;
import dev.altlas.orchestrator.provider.TokenEstimate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in provider: works offline, invents nothing. It summarises by picking sentences,
 * classifies and ranks by embedding similarity, extracts what patterns can find, and embeds with
 * all-MiniLM-L6-v2. It cannot generate or translate; those are {@code ai.unsupported}.
 *
 * <p>Token usage: embeddings report the word pieces the model read; the other capabilities report
 * {@link TokenEstimate estimates} of the text read and the text written (scores write none).
 */
public final class LocalModels implements ModelPort, Preloading {
  public static final String NAME = "local";

  /** The model name replies carry when no embedding model was involved in the answer's form. */
  public static final String EXTRACTIVE_MODEL = "local-extractive";

  public static final String EMBEDDING_MODEL = MiniLmEmbeddings.MODEL;

  private static final Set<Capability> CAPABILITIES =
      EnumSet.of(
          Capability.SUMMARIZE,
          Capability.CLASSIFY,
          Capability.RANK,
          Capability.EXTRACT,
          Capability.EMBED);

  private final MiniLmEmbeddings embeddings = new MiniLmEmbeddings();
  private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer(embeddings);
  private final SimilarityScorer scorer = new SimilarityScorer(embeddings);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Capability> capabilities() {
    return CAPABILITIES;
  }

  /** Loads the embedding model (about a second), which summaries, scores and embeddings use. */
  @Override
  public void preload() {
    embeddings.preload();
  }

  @Override
  public ModelReply<Object> generate(GenerateRequest request) throws ModelException {
    throw ModelException.unsupported(
        request.schema() == null ? Capability.GENERATE : Capability.STRUCTURED_OUTPUT, NAME);
  }

  @Override
  public ModelReply<String> translate(String text, String sourceLanguage, String targetLanguage)
      throws ModelException {
    throw ModelException.unsupported(Capability.TRANSLATE, NAME);
  }

  @Override
  public ModelReply<String> summarize(String text, int maxSentences, String language)
      throws ModelException {
    if (maxSentences < 1) {
      throw badRequest("max_sentences must be at least 1, not " + maxSentences);
    }
    Optional<Language> detected = Language.detect(text);
    if (language != null && !language.isBlank() && detected.isPresent()) {
      Optional<Language> wanted = Language.named(language);
      if (wanted.isEmpty() || wanted.get() != detected.get()) {
        throw new ModelException(
            "ai.unsupported",
            "the local provider summarises by picking sentences from the text, so it cannot write"
                + " a summary in '"
                + language
                + "' of a text in '"
                + detected.get().code()
                + "'; configure an OpenAI-compatible provider to enable it",
            false);
      }
    }
    ExtractiveSummarizer.Summary summary =
        summarizer.summarize(text, maxSentences, detected.orElse(Language.ENGLISH));
    return new ModelReply<>(
        summary.text(), EXTRACTIVE_MODEL, TokenEstimate.usage(text, summary.text()));
  }

  @Override
  public ModelReply<List<Scored>> classify(String text, List<String> labels) throws ModelException {
    if (labels.isEmpty()) {
      throw badRequest("there are no labels to choose from");
    }
    SimilarityScorer.Scores scores = scorer.classify(text, labels, languageOf(text).locale());
    var usage = new TokenUsage(TokenEstimate.of(text) + TokenEstimate.of(labels), 0);
    return new ModelReply<>(scores.scores(), EMBEDDING_MODEL, usage);
  }

  @Override
  public ModelReply<List<Scored>> rank(List<String> texts, String query) throws ModelException {
    if (texts.isEmpty()) {
      return new ModelReply<>(List.of(), EMBEDDING_MODEL, TokenUsage.ZERO);
    }
    SimilarityScorer.Scores scores =
        scorer.rank(texts, query, languageOf(String.join(" ", texts)).locale());
    var usage = new TokenUsage(TokenEstimate.of(texts) + TokenEstimate.of(query), 0);
    return new ModelReply<>(scores.scores(), EMBEDDING_MODEL, usage);
  }

  @Override
  public ModelReply<Map<String, List<String>>> extract(String text, List<String> fields)
      throws ModelException {
    var resolved = new LinkedHashMap<String, ExtractableField>();
    var unknown = new ArrayList<String>();
    for (String field : fields) {
      ExtractableField.named(field)
          .ifPresentOrElse(f -> resolved.put(field, f), () -> unknown.add(field));
    }
    if (!unknown.isEmpty()) {
      throw new ModelException(
          "ai.unsupported",
          "the local provider cannot extract "
              + quoted(unknown)
              + " without a generative model (it extracts "
              + ExtractableField.supportedNames()
              + "); configure an OpenAI-compatible provider to extract other fields",
          false);
    }
    var extractor = new FieldExtractor(text, languageOf(text));
    var values = new LinkedHashMap<String, List<String>>();
    resolved.forEach((name, field) -> values.put(name, extractor.find(field)));
    long written = values.values().stream().mapToLong(TokenEstimate::of).sum();
    return new ModelReply<>(
        values, EXTRACTIVE_MODEL, new TokenUsage(TokenEstimate.of(text), written));
  }

  @Override
  public ModelReply<List<float[]>> embed(List<String> texts) throws ModelException {
    for (int i = 0; i < texts.size(); i++) {
      if (texts.get(i).isBlank()) {
        throw badRequest("text " + (i + 1) + " of " + texts.size() + " is empty; nothing to embed");
      }
    }
    MiniLmEmbeddings.Embedded embedded = embeddings.embed(texts);
    return new ModelReply<>(
        embedded.vectors(), EMBEDDING_MODEL, new TokenUsage(embedded.tokens(), 0));
  }

  private static Language languageOf(String text) {
    return Language.detect(text).orElse(Language.ENGLISH);
  }

  private static ModelException badRequest(String message) {
    return new ModelException("ai.bad_request", message, false);
  }

  private static String quoted(List<String> names) {
    return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
  }
}
