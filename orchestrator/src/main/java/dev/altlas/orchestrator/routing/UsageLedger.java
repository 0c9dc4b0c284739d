package dev.altlas.orchestrator.routing;

import dev.altlas.model.TokenUsage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens used, per run, per user and per model, and in total. Safe for concurrent use: every update
 * is one atomic merge.
 */
public final class UsageLedger {
  private final Map<String, TokenUsage> byRun = new ConcurrentHashMap<>();
  private final Map<String, TokenUsage> byUser = new ConcurrentHashMap<>();
  private final Map<String, TokenUsage> byModel = new ConcurrentHashMap<>();
  private final Map<String, TokenUsage> total = new ConcurrentHashMap<>();

  /**
   * Adds what one answer used.
   *
   * @param model the model as {@code provider/model}, e.g. {@code openai/gpt-4o-mini}
   */
  public void record(Caller caller, String model, TokenUsage usage) {
    if (usage == null) {
      return;
    }
    if (caller.runId() != null) {
      byRun.merge(caller.runId(), usage, TokenUsage::plus);
    }
    if (caller.user() != null) {
      byUser.merge(caller.user(), usage, TokenUsage::plus);
    }
    byModel.merge(model, usage, TokenUsage::plus);
    total.merge("", usage, TokenUsage::plus);
  }

  public TokenUsage forRun(String runId) {
    return byRun.getOrDefault(runId, TokenUsage.ZERO);
  }

  public TokenUsage forUser(String user) {
    return byUser.getOrDefault(user, TokenUsage.ZERO);
  }

  /** Usage by {@code provider/model}. */
  public Map<String, TokenUsage> byModel() {
    return Map.copyOf(byModel);
  }

  public TokenUsage total() {
    return total.getOrDefault("", TokenUsage.ZERO);
  }

  /**
   * Forgets a finished run, whose usage is in its {@code .last} record by then, so that the ledger
   * does not grow with every run.
   *
   * @return what the run used
   */
  public TokenUsage closeRun(String runId) {
    TokenUsage used = byRun.remove(runId);
    return used == null ? TokenUsage.ZERO : used;
  }
}
