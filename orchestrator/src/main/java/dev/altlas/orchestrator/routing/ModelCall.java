package dev.altlas.orchestrator.routing;

import dev.altlas.ai.ModelException;
import dev.altlas.ai.ModelPort;
import dev.altlas.ai.ModelReply;

/** One call to make on whichever provider the router picks. */
@FunctionalInterface
interface ModelCall<T> {
  ModelReply<T> apply(ModelPort provider) throws ModelException, InterruptedException;
}
