package dev.altlas.segmentation.llm;

import dev.altlas.model.Plan;
import java.util.List;

/** What became of one answer of the model. */
sealed interface AnswerVerdict {

  /** The answer completes the header to a valid plan. */
  record Accepted(Plan plan) implements AnswerVerdict {}

  /**
   * @param answer the answer as text, to show the model with the problems
   */
  record Rejected(String answer, List<String> problems) implements AnswerVerdict {
    public Rejected {
      problems = List.copyOf(problems);
    }

    public Correction correction() {
      return new Correction(answer, problems);
    }
  }
}
