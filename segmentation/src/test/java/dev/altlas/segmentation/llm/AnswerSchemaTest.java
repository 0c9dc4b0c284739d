package dev.altlas.segmentation.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.altlas.catalog.TaskCatalog;
import dev.altlas.catalog.TaskType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AnswerSchemaTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<String, Object> SCHEMA = AnswerSchema.of(TaskCatalog.builtin());

  @Test
  void itIsTheBodyOfThePublishedPlanSchema() {
    JsonNode schema = JSON.valueToTree(SCHEMA);

    assertThat(schema.get("properties").propertyNames()).containsExactly("tasks", "inputs");
    assertThat(schema.get("$defs").propertyNames())
        .containsExactlyInAnyOrder(
            "task", "task_id", "task_type", "retry", "task_metadata", "duration", "input");
    assertThat(schema.at("/$defs/task/properties").propertyNames())
        .contains("id", "type", "title", "params", "depends_on", "for_each", "metadata")
        .doesNotContain("chaos");
    assertThat(schema.at("/$defs/task/additionalProperties").asBoolean()).isFalse();
  }

  @Test
  void itsTaskTypesAreTheCatalogs() {
    JsonNode types = JSON.valueToTree(SCHEMA).at("/$defs/task_type/enum");

    assertThat(types.valueStream().map(JsonNode::asString))
        .containsExactlyElementsOf(
            TaskCatalog.builtin().types().stream().map(TaskType::type).toList());
  }

  @Test
  void theShippedExamplesSatisfyIt() {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(JSON.valueToTree(SCHEMA));

    for (PlanExample example : PlanExample.shipped()) {
      assertThat(schema.validate(JSON.readTree(example.answer()))).as(example.command()).isEmpty();
    }
  }
}
