package dev.altlas.model;

/** The voice a plan is written in; shapes titles, prompts and defaults. */
public enum Persona {
  TECHNICAL_EXPERT,
  CREATIVE_WRITER,
  RESEARCHER,
  PROJECT_MANAGER,
  DATA_ANALYST,
  EDUCATOR
}
