package dev.altlas.orchestrator.testing;

import dev.altlas.ai.Capability;
import dev.altlas.ai.ModelException;
import dev.altlas.ai.ModelPort;
import dev.altlas.ai.ModelReply;
import dev.altlas.model.TokenUsage;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** A provider that summarises by answering its own name, or fails as told, and counts its calls. */
public final class ScriptedProvider implements ModelPort {
  private final String name;
  private final Set<Capability> capabilities;
  private final AtomicInteger calls = new AtomicInteger();
  private volatile ModelException failure;
  private volatile long delayMillis;

  public ScriptedProvider(String name, Capability... capabilities) {
    this.name = name;
    this.capabilities = capabilities.length == 0 ? Set.of() : EnumSet.copyOf(List.of(capabilities));
  }

  /** Every call fails with this until told otherwise (null). */
  public ScriptedProvider failingWith(ModelException failure) {
    this.failure = failure;
    return this;
  }

  public ScriptedProvider slowBy(long millis) {
    this.delayMillis = millis;
    return this;
  }

  public int calls() {
    return calls.get();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<Capability> capabilities() {
    return capabilities;
  }

  @Override
  public ModelReply<String> summarize(String text, int maxSentences, String language)
      throws ModelException, InterruptedException {
    calls.incrementAndGet();
    if (delayMillis > 0) {
      Thread.sleep(delayMillis);
    }
    ModelException f = failure;
    if (f != null) {
      throw f;
    }
    return new ModelReply<>("summary by " + name, name + "-model", new TokenUsage(10, 2));
  }
}
