package dev.altlas.archiving;

import dev.altlas.ai.Capability;
import dev.altlas.ai.ModelException;
import dev.altlas.ai.ModelPort;
import dev.altlas.archive.Embedding;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Places commands in meaning space with a model, for semantic search and plan reuse. The model is
 * optional for archiving: without one, or when it fails, a record is archived without an embedding
 * (it is still found by words) and the reason is logged.
 */
final class CommandEmbedder {
  private static final System.Logger LOG = System.getLogger(CommandEmbedder.class.getName());

  private final ModelPort model;
  private final AtomicBoolean reportedMissing = new AtomicBoolean();

  /**
   * @param model null when no model is configured
   */
  CommandEmbedder(ModelPort model) {
    this.model = model;
  }

  /**
   * The command's embedding, or null when there is no command, no model that can embed, or the
   * model failed.
   *
   * @throws InterruptedException when the caller was interrupted while the model worked; nothing
   *     should be archived then, so that a retry archives the record with its embedding
   */
  Embedding embedForArchive(String command) throws InterruptedException {
    if (command == null || command.isBlank()) {
      return null;
    }
    if (model == null || !model.capabilities().contains(Capability.EMBED)) {
      // Once per process: every record would say the same.
      if (reportedMissing.compareAndSet(false, true)) {
        LOG.log(
            Level.INFO,
            "archiving without command embeddings: {0}; semantic search will not find these runs",
            model == null ? "no model is configured" : "model " + model.name() + " cannot embed");
      }
      return null;
    }
    try {
      return embed(command);
    } catch (ModelException e) {
      return without(e.code() + ": " + e.getMessage());
    } catch (RuntimeException e) {
      // A provider bug must not keep the record out of the archive.
      return without(e.toString());
    }
  }

  private Embedding without(String reason) {
    LOG.log(
        Level.WARNING,
        "archiving a run without its command embedding: model {0} failed ({1})",
        model.name(),
        reason);
    return null;
  }

  /**
   * The embedding of a search's text.
   *
   * @throws ModelException when no model can embed ({@code ai.unsupported}) or the model failed: a
   *     search by meaning cannot be answered without it
   */
  Embedding embedQuery(String text) throws ModelException, InterruptedException {
    if (model == null) {
      throw ModelException.unsupported(Capability.EMBED, "none");
    }
    return embed(text);
  }

  private Embedding embed(String text) throws ModelException, InterruptedException {
    List<float[]> vectors = model.embed(List.of(text)).value();
    if (vectors == null || vectors.size() != 1 || vectors.getFirst().length == 0) {
      throw new ModelException(
          "ai.bad_response", "model " + model.name() + " returned no vector for one text", false);
    }
    return new Embedding(vectors.getFirst());
  }
}
