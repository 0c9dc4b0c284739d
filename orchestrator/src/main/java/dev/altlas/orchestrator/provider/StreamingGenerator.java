package dev.altlas.orchestrator.provider;

import dev.altlas.ai.GenerateRequest;
import dev.altlas.ai.ModelException;
import dev.altlas.ai.ModelPort;
import dev.altlas.ai.ModelReply;
import java.util.function.Consumer;

/** A model port that can hand out generated text while it is being written. */
public interface StreamingGenerator extends ModelPort {

  /**
   * Generates free text, passing each piece to {@code tokens} as it arrives.
   *
   * @return the whole text, with the model and token usage
   */
  ModelReply<String> generateStreaming(GenerateRequest request, Consumer<String> tokens)
      throws ModelException, InterruptedException;
}
