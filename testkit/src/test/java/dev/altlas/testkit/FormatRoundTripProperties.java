package dev.altlas.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.catalog.TaskCatalog;
import dev.altlas.format.DocumentReader;
import dev.altlas.format.DocumentWriter;
import dev.altlas.format.PlanValidator;
import dev.altlas.format.Syntax;
import dev.altlas.model.Plan;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FormatRoundTripProperties {
  private final DocumentWriter writer = new DocumentWriter();
  private final DocumentReader reader = new DocumentReader(TaskCatalog.builtin());

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plans();
  }

  @Property(tries = 300)
  void generatedPlansAreValid(@ForAll("plans") Plan plan) {
    assertThat(new PlanValidator(TaskCatalog.builtin()).validate(plan)).isEmpty();
  }

  @Property(tries = 300)
  void yamlWriteThenReadGivesTheSamePlan(@ForAll("plans") Plan plan) {
    assertThat(reader.readPlan(writer.write(plan, Syntax.YAML))).isEqualTo(plan);
  }

  @Property(tries = 300)
  void jsonWriteThenReadGivesTheSamePlan(@ForAll("plans") Plan plan) {
    assertThat(reader.readPlan(writer.write(plan, Syntax.JSON))).isEqualTo(plan);
  }

  @Property(tries = 100)
  void writingIsStable(@ForAll("plans") Plan plan) {
    String yaml = writer.write(plan, Syntax.YAML);
    assertThat(writer.write(reader.readPlan(yaml), Syntax.YAML)).isEqualTo(yaml);
  }
}
