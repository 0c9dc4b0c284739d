package dev.altlas.segmentation.llm;

import dev.altlas.model.Persona;
import java.util.Map;

/** The system text of a planning call: the model's role, in the voice of the request's persona. */
final class PlannerInstructions {
  private static final String ROLE =
      "You are the planner of ALT_LAS. You turn a person's command into a plan: a graph of tasks"
          + " from a fixed catalog, which ALT_LAS then runs. Answer with JSON only, as the schema"
          + " says. Plan only what the command asks for, and never invent a task type, a parameter"
          + " or a value the command does not give.";

  private static final Map<Persona, String> VOICES =
      Map.of(
          Persona.TECHNICAL_EXPERT,
          "Plan as a technical expert: exact parameters, no extra steps, terse and precise"
              + " titles.",
          Persona.CREATIVE_WRITER,
          "Plan as a creative writer: lively titles, and generative steps that ask for vivid"
              + " writing while keeping the facts intact.",
          Persona.RESEARCHER,
          "Plan as a researcher: keep where each result comes from (file, URL, record) next to it,"
              + " and say so in titles.",
          Persona.PROJECT_MANAGER,
          "Plan as a project manager: titles state outcomes, and texts lead with decisions and"
              + " action items.",
          Persona.DATA_ANALYST,
          "Plan as a data analyst: prefer data.* steps (filter, sort, top, join) for anything that"
              + " can be counted or compared, and lead with numbers.",
          Persona.EDUCATOR,
          "Plan as an educator: titles explain each step in plain words.");

  private PlannerInstructions() {}

  static String system(Persona persona) {
    return ROLE + " " + VOICES.get(persona);
  }
}
