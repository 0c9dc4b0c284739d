package dev.altlas.segmentation.llm;

import java.util.List;

/**
 * Why the model's last answer was refused, fed back so that it can correct it.
 *
 * @param answer the refused answer as text; null when the provider did not pass it on
 * @param problems each as {@code path: message}
 */
record Correction(String answer, List<String> problems) {
  Correction {
    problems = List.copyOf(problems);
  }
}
