package dev.altlas.model;

/** What a statistic is grouped by. */
public enum StatDimension {
  TASK_TYPE,
  MODE,
  PERSONA,
  MODEL
}
