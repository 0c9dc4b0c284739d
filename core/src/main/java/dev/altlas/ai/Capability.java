package dev.altlas.ai;

/** What a model provider can do; routing picks a provider that has the capability asked for. */
public enum Capability {
  GENERATE,
  STRUCTURED_OUTPUT,
  SUMMARIZE,
  CLASSIFY,
  RANK,
  EXTRACT,
  TRANSLATE,
  EMBED
}
