package dev.altlas.orchestrator.openai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class StrictModeTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void aClosedFullyRequiredSchemaFits() {
    assertThat(
            StrictMode.fits(
                JSON.readTree(
                    """
        {"type": "object", "additionalProperties": false, "required": ["summary", "tags"],
         "properties": {"summary": {"type": "string"},
                        "tags": {"type": "array", "items": {"type": "string"}}}}
        """)))
        .isTrue();
  }

  @Test
  void freeMapsOptionalFieldsAndOtherKeywordsDoNot() {
    assertThat(
            StrictMode.fits(
                JSON.readTree(
                    """
        {"type": "object", "properties": {"params": {"type": "object"}}, "required": ["params"],
         "additionalProperties": false}
        """)))
        .isFalse();
    assertThat(
            StrictMode.fits(
                JSON.readTree(
                    """
        {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}},
         "required": ["a"], "additionalProperties": false}
        """)))
        .isFalse();
    assertThat(
            StrictMode.fits(
                JSON.readTree(
                    """
        {"type": "object", "properties": {"id": {"type": "string", "minLength": 1}},
         "required": ["id"], "additionalProperties": false}
        """)))
        .isFalse();
  }
}
