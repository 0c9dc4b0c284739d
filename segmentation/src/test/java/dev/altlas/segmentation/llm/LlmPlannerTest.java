package dev.altlas.segmentation.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.altlas.ai.Capability;
import dev.altlas.ai.GenerateRequest;
import dev.altlas.ai.ModelException;
import dev.altlas.catalog.TaskCatalog;
import dev.altlas.catalog.TaskType;
import dev.altlas.format.DocumentReader;
import dev.altlas.format.DocumentWriter;
import dev.altlas.format.PlanValidator;
import dev.altlas.format.Syntax;
import dev.altlas.model.Mode;
import dev.altlas.model.Persona;
import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import dev.altlas.plan.PlanRequest;
import dev.altlas.plan.PlanningException;
import dev.altlas.segmentation.RuleBasedPlanner;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LlmPlannerTest {
  private static final Instant NOW = Instant.parse("2026-03-14T09:30:00Z");
  private static final TaskCatalog CATALOG = TaskCatalog.builtin();
  private static final RuleBasedPlanner RULES = new RuleBasedPlanner();
  private static final String COMMAND = "Summarize the text files in ./docs";

  private static final String VALID =
      """
      {"tasks": [
        {"id": "list", "type": "fs.list", "title": "List the text files in ./docs",
         "params": {"path": "./docs", "glob": "*.txt"},
         "metadata": {"confidence": 0.9, "rationale": "a folder to list", "source_text": "./docs"}},
        {"id": "read", "type": "fs.read", "title": "Read each file",
         "params": {"path": "${item.path}"}, "depends_on": ["list"],
         "for_each": "${tasks.list.output.files}"},
        {"id": "summarize", "type": "ai.summarize", "title": "Summarize each text",
         "params": {"text": "${item.content}", "max_sentences": 3}, "depends_on": ["read"],
         "for_each": "${tasks.read.output}"}
      ]}
      """;

  private static final String CYCLE =
      """
      {"tasks": [
        {"id": "list", "type": "fs.list", "params": {"path": "./docs"}, "depends_on": ["summarize"]},
        {"id": "summarize", "type": "ai.summarize", "params": {"text": "${tasks.list.output}"},
         "depends_on": ["list"]}
      ]}
      """;

  private static final String UNKNOWN_TYPE =
      """
      {"tasks": [{"id": "list", "type": "fs.scan", "params": {"path": "./docs"}}]}
      """;

  @Test
  void aValidAnswerBecomesThePlansTasks() {
    var model = new ScriptedModel(ScriptedModel.parsed(VALID));

    Plan plan = planner(model).plan(request(COMMAND));

    assertValid(plan);
    assertThat(plan.tasks().stream().map(PlanTask::id))
        .containsExactly("list", "read", "summarize");
    assertThat(plan.task("read").orElseThrow().forEach()).isEqualTo("${tasks.list.output.files}");
    assertThat(plan.planner().name()).isEqualTo("llm");
    assertThat(plan.planner().warnings()).isEmpty();
    assertThat(plan.planner().details())
        .containsEntry("provider", "scripted")
        .containsEntry("model", ScriptedModel.MODEL)
        .containsEntry("model_calls", 1)
        .containsEntry("token_usage", Map.of("input_tokens", 1000L, "output_tokens", 200L))
        .doesNotContainKey("fallback");
    assertThat(model.requests()).hasSize(1);
  }

  @Test
  void theHeaderIsWrittenByOurCodeAsTheRulesWriteIt() {
    PlanRequest request =
        new PlanRequest(COMMAND + ", urgent", null, Mode.NORMAL, Persona.RESEARCHER, null, 9, NOW);

    Plan plan = planner(new ScriptedModel(ScriptedModel.parsed(VALID))).plan(request);
    Plan rules = RULES.plan(request);

    assertThat(plan.id()).isEqualTo(rules.id());
    assertThat(plan.createdAt()).isEqualTo(NOW);
    assertThat(plan.language()).isEqualTo("en");
    assertThat(plan.priority()).isEqualTo(rules.priority());
    assertThat(plan.seed()).isEqualTo(9L);
    assertThat(plan.persona()).isEqualTo(Persona.RESEARCHER);
    assertThat(plan.defaults()).isEqualTo(rules.defaults());
    assertThat(plan.tags()).containsExactly("ai", "fs");
  }

  @Test
  void aCyclicAnswerIsSentBackOnceWithItsProblems() {
    var model = new ScriptedModel(ScriptedModel.parsed(CYCLE), ScriptedModel.parsed(VALID));

    Plan plan = planner(model).plan(request(COMMAND));

    assertValid(plan);
    assertThat(plan.tasks()).hasSize(3);
    assertThat(model.requests()).hasSize(2);
    String second = model.requests().get(1).prompt();
    assertThat(second)
        .contains("It was refused for these problems:")
        .contains("dependency cycle: list -> summarize -> list")
        .contains("\"depends_on\":[\"summarize\"]");
    assertThat(plan.planner().details())
        .containsEntry("model_calls", 2)
        .containsEntry("token_usage", Map.of("input_tokens", 2000L, "output_tokens", 400L))
        .containsKey("corrected_problems");
  }

  @Test
  void anUnknownTaskTypeIsSentBackWithTheNearestKnownOne() {
    var model = new ScriptedModel(ScriptedModel.parsed(UNKNOWN_TYPE), ScriptedModel.parsed(VALID));

    Plan plan = planner(model).plan(request(COMMAND));

    assertThat(plan.planner().details()).doesNotContainKey("fallback");
    assertThat(model.requests().get(1).prompt())
        .contains("tasks[0].type: unknown task type 'fs.scan'");
  }

  @Test
  void twoInvalidAnswersFallBackToTheRules() {
    var model = new ScriptedModel(ScriptedModel.parsed(CYCLE), ScriptedModel.parsed(UNKNOWN_TYPE));

    Plan plan = planner(model).plan(request(COMMAND));
    Plan rules = RULES.plan(request(COMMAND));

    assertValid(plan);
    assertThat(model.requests()).hasSize(2);
    assertThat(plan.tasks()).isEqualTo(rules.tasks());
    assertThat(plan.id()).isEqualTo(rules.id());
    assertThat(plan.planner().name()).isEqualTo("llm");
    assertThat(plan.planner().warnings().get(0))
        .contains("not a valid plan")
        .contains("unknown task type 'fs.scan'")
        .contains("the rules planner wrote this one");
    assertThat(plan.planner().details())
        .containsEntry("fallback", "rules")
        .containsEntry("model_calls", 2)
        .containsEntry("fallback_details", rules.planner().details());
    assertThat((String) plan.planner().details().get("reason")).contains("fs.scan");
  }

  @Test
  void aModelThatCannotGiveStructuredOutputFallsBackToTheRules() {
    var model =
        new ScriptedModel(ModelException.unsupported(Capability.STRUCTURED_OUTPUT, "local"));

    Plan plan = planner(model).plan(request(COMMAND));

    assertValid(plan);
    assertThat(model.requests()).hasSize(1);
    assertThat(plan.tasks()).isEqualTo(RULES.plan(request(COMMAND)).tasks());
    assertThat(plan.planner().details())
        .containsEntry("fallback", "rules")
        .containsEntry("model_calls", 1)
        .doesNotContainKey("model");
    assertThat((String) plan.planner().details().get("reason")).startsWith("ai.unsupported: ");
    assertThat(plan.planner().warnings().get(0)).contains("ai.unsupported");
  }

  @Test
  void whenTheRulesCannotPlanEitherBothReasonsAreGiven() {
    var model = new ScriptedModel(ModelException.unsupported(Capability.GENERATE, "local"));
    var request = new PlanRequest("Fasse die Dateien zusammen", "de", null, null, null, 1, NOW);

    assertThatThrownBy(() -> planner(model).plan(request))
        .isInstanceOf(PlanningException.class)
        .hasMessageContaining("ai.unsupported")
        .hasMessageContaining("not 'de'");
  }

  @Test
  void anAnswerTheProviderFoundOffSchemaIsCorrectedOnce() {
    var model =
        new ScriptedModel(
            new ModelException(
                "ai.bad_response", "openai gave an answer that does not satisfy the schema", false),
            ScriptedModel.parsed(VALID));

    Plan plan = planner(model).plan(request(COMMAND));

    assertThat(plan.planner().details()).doesNotContainKey("fallback");
    assertThat(model.requests().get(1).prompt())
        .contains("- openai gave an answer that does not satisfy the schema")
        .doesNotContain("Your previous answer");
  }

  @Test
  void theRequestCarriesTheAnswerSchemaAndTheCatalog() {
    var model = new ScriptedModel(ScriptedModel.parsed(VALID));
    PlanRequest request =
        new PlanRequest(COMMAND, null, Mode.EXPLORE, Persona.DATA_ANALYST, null, 1, NOW);

    planner(model).plan(request);

    GenerateRequest sent = model.requests().get(0);
    assertThat(sent.schema()).isEqualTo(AnswerSchema.of(CATALOG));
    assertThat(sent.schema()).containsEntry("required", List.of("tasks"));
    assertThat(sent.temperature()).isZero();
    assertThat(sent.system()).contains("data analyst");
    assertThat(sent.prompt())
        .contains("Command: " + COMMAND)
        .contains("Language: en")
        .contains("Mode: explore")
        .contains("Persona: data_analyst")
        .contains("${tasks.ID.output.path}", "${item.field}", "${inputs.NAME}")
        .contains("fs.list — List files under a directory")
        .contains("  path (string, required): Directory to list")
        .contains("  order (string, one of asc|desc, default asc)")
        .contains("notify.email [side effect]")
        .contains("Command (tr): ");
    for (TaskType type : CATALOG.types()) {
      assertThat(sent.prompt()).contains("\n" + type.type() + " ");
    }
  }

  @Test
  void theModelMayNotWriteTheHeaderOrChaosFaults() {
    String withHeader = VALID.replaceFirst("\\{", "{\"id\": \"mine\", ");
    String withChaos =
        VALID.replace("\"title\": \"Read each file\",", "\"chaos\": {\"fail_attempts\": 1},");
    var model =
        new ScriptedModel(ScriptedModel.parsed(withHeader), ScriptedModel.parsed(withChaos));

    Plan plan = planner(model).plan(chaos(5));

    assertThat(plan.planner().details()).containsEntry("fallback", "rules");
    assertThat(model.requests().get(1).prompt()).contains("- id: unknown field");
    assertThat((String) plan.planner().details().get("reason"))
        .contains("tasks[1].chaos: chaos faults are added by ALT_LAS");
  }

  @Test
  void chaosModeAddsTheSeededFaultsOfTheRules() {
    Plan plan = planner(new ScriptedModel(ScriptedModel.parsed(VALID))).plan(chaos(7));
    Plan again = planner(new ScriptedModel(ScriptedModel.parsed(VALID))).plan(chaos(7));

    assertValid(plan);
    assertThat(plan.tasks()).anySatisfy(t -> assertThat(t.chaos()).isNotNull());
    assertThat(plan.planner().warnings()).isEmpty();
    assertThat(again).isEqualTo(plan);
  }

  @Test
  void aStepTheModelCouldNotMapIsWarnedAbout() {
    String answer =
        """
        {"tasks": [{"id": "print", "type": "unsupported",
          "params": {"text": "print it on paper", "reason": "no task type prints"}}]}
        """;

    Plan plan = planner(new ScriptedModel(answer)).plan(request("Print it on paper"));

    assertValid(plan);
    assertThat(plan.planner().warnings())
        .containsExactly("Not mapped to any task type: 'print it on paper' (no task type prints)");
  }

  @Test
  void anAnswerThatIsNoJsonIsRefused() {
    var model = new ScriptedModel("{\"tasks\": [", "here is your plan");

    Plan plan = planner(model).plan(request(COMMAND));

    assertThat(plan.planner().details()).containsEntry("fallback", "rules");
    assertThat(model.requests().get(1).prompt()).contains("(answer): not valid JSON");
  }

  @Test
  void theShippedExamplesAreAcceptedAsTheyStand() {
    for (PlanExample example : PlanExample.shipped()) {
      var request =
          new PlanRequest(example.command(), example.language(), null, null, null, 1, NOW);

      Plan plan = planner(new ScriptedModel(example.answer())).plan(request);

      assertThat(plan.planner().details()).as(example.command()).doesNotContainKey("fallback");
      assertValid(plan);
    }
  }

  private static LlmPlanner planner(ScriptedModel model) {
    return new LlmPlanner(model, CATALOG, RULES);
  }

  private static PlanRequest request(String command) {
    return PlanRequest.of(command, 1, NOW);
  }

  private static PlanRequest chaos(int level) {
    return new PlanRequest(COMMAND, null, Mode.CHAOS, null, level, 42, NOW);
  }

  /** Valid by the validator, and the same after writing and reading it back. */
  private static void assertValid(Plan plan) {
    assertThat(new PlanValidator(CATALOG).validate(plan)).isEmpty();
    var writer = new DocumentWriter();
    String written = writer.write(plan, Syntax.YAML);
    assertThat(writer.write(new DocumentReader(CATALOG).readPlan(written), Syntax.YAML))
        .isEqualTo(written);
  }
}
