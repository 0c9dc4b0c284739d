package dev.altlas.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceTest {

  @Test
  void findsEveryReferenceInAText() {
    List<Reference> refs =
        Reference.findAll(
            "${item.name} is ${tasks.stat.output.files.0.size} bytes (${inputs.unit})");

    assertThat(refs)
        .extracting(Reference::root, Reference::name, Reference::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Reference.Root.ITEM, "", List.of("name")),
            org.assertj.core.groups.Tuple.tuple(
                Reference.Root.TASKS, "stat", List.of("files", "0", "size")),
            org.assertj.core.groups.Tuple.tuple(Reference.Root.INPUTS, "unit", List.of()));
  }

  @Test
  void aWholeReferenceKeepsItsType() {
    assertThat(Reference.isWhole("${tasks.list.output.files}")).isTrue();
    assertThat(Reference.isWhole("files: ${tasks.list.output.files}")).isFalse();
  }

  @Test
  void malformedReferencesSayWhatIsExpected() {
    assertThatThrownBy(() -> Reference.findAll("${tasks.list}"))
        .hasMessageContaining("expected ${tasks.ID.output[.field…]}");
    assertThatThrownBy(() -> Reference.findAll("${env.HOME}"))
        .hasMessageContaining("must start with tasks., item or inputs.");
    assertThatThrownBy(() -> Reference.findAll("${tasks.a b.output}"))
        .hasMessageContaining("'a b' is not a name or an index");
    assertThatThrownBy(() -> Reference.findAll("open ${tasks.a.output"))
        .hasMessageContaining("unclosed reference");
  }

  @Test
  void conditionsAreOneOperandOrAComparison() {
    assertThat(Condition.parse("${tasks.list.output.count} >= 3"))
        .isEqualTo(new Condition("${tasks.list.output.count}", ">=", "3"));
    assertThat(Condition.parse("${inputs.enabled}").operator()).isNull();
    assertThat(Condition.parse("${inputs.kind} == 'pdf'").references())
        .extracting(Reference::name)
        .containsExactly("kind");
    assertThatThrownBy(() -> Condition.parse("count > 3"))
        .hasMessageContaining("OPERAND OP OPERAND");
  }
}
