package dev.altlas.legacy;

import static dev.altlas.legacy.Imports.importValid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.altlas.model.Plan;
import dev.altlas.model.PlanTask;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The mapping rules, one runner task at a time. */
class TaskMappingTest {

  /** A runner plan with one task, or two when {@code upstream} is set: a file read first. */
  private static PlanTask importOne(String description, String parametersJson, boolean upstream) {
    String first =
        upstream
            ? "{\"id\": \"read\", \"description\": \"Read it\", \"parameters\": {\"path\":"
                + " \"in.txt\"}},"
            : "";
    String text =
        "{\"id\": \"p\", \"title\": \"t\", \"tasks\": ["
            + first
            + "{\"id\": \"step\", \"description\": \""
            + description
            + "\", \"parameters\": "
            + parametersJson
            + (upstream ? ", \"dependencies\": [\"read\"]" : "")
            + "}]}";
    Plan plan = importValid(text);
    return plan.task("step").orElseThrow();
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of("Call it", "{\"url\": \"https://x.example/a\"}", "http.request"),
        Arguments.of(
            "Call it", "{\"endpoint\": \"http://x.example\", \"verb\": \"post\"}", "http.request"),
        Arguments.of("Call it", "{\"url\": \"ftp://x.example/a\"}", "unsupported"),
        Arguments.of("Store it", "{\"path\": \"out.txt\", \"content\": \"hi\"}", "fs.write"),
        Arguments.of("Handle it", "{\"path\": \"notes.txt\"}", "fs.read"),
        Arguments.of("Handle it", "{\"path\": \"notes/\"}", "fs.list"),
        Arguments.of("Handle it", "{\"folder\": \"notes\"}", "fs.list"),
        Arguments.of("Handle it", "{\"path\": \"notes\"}", "unsupported"),
        Arguments.of("List the notes", "{\"path\": \"notes\"}", "fs.list"),
        Arguments.of("Dosyayı oku", "{\"path\": \"notes\"}", "fs.read"),
        Arguments.of(
            "Handle it",
            "{\"path\": \"a.txt\", \"operation\": \"write\", \"text\": \"x\"}",
            "fs.write"),
        Arguments.of(
            "Handle it", "{\"path\": \"a.txt\", \"operation\": \"delete\"}", "unsupported"),
        Arguments.of("Handle it", "{\"path\": \"a.txt\", \"action\": \"zip\"}", "unsupported"),
        Arguments.of(
            "Tell them",
            "{\"to\": \"a@example.com\", \"subject\": \"Hi\", \"body\": \"x\"}",
            "notify.email"),
        Arguments.of(
            "Tell them", "{\"to\": \"a@example.com\", \"subject\": \"Hi\"}", "unsupported"),
        Arguments.of(
            "Tell them",
            "{\"to\": \"nobody\", \"subject\": \"Hi\", \"body\": \"x\"}",
            "unsupported"),
        Arguments.of(
            "Tell them",
            "{\"webhook_url\": \"https://hooks.example/x\", \"payload\": {\"a\": 1}}",
            "notify.webhook"),
        Arguments.of("Do it", "{\"command\": \"ls\"}", "shell.exec"),
        Arguments.of("Do it", "{\"command\": \"ls | wc -l\"}", "unsupported"),
        Arguments.of("Do it", "{\"foo\": 1}", "unsupported"),
        Arguments.of("Summarize the text", "{}", "unsupported"),
        Arguments.of("Generate a haiku about autumn", "{}", "ai.generate"),
        Arguments.of("Do it", "{}", "unsupported"),
        Arguments.of(
            "Send", "{\"url\": \"https://x.example\", \"to\": \"a@example.com\"}", "unsupported"),
        Arguments.of(
            "Call it", "{\"url\": \"https://x.example\", \"method\": \"FETCH\"}", "unsupported"),
        Arguments.of(
            "Download the page",
            "{\"url\": \"https://x.example\", \"path\": \"p.html\"}",
            "unsupported"),
        Arguments.of(
            "Metni İngilizceye çevir",
            "{\"text\": \"Merhaba dünya\", \"target_language\": \"en\"}",
            "ai.translate"),
        Arguments.of(
            "Call it", "{\"url\": \"https://x.example/${tasks.a.output}\"}", "unsupported"),
        Arguments.of(
            "Call it",
            "{\"url\": \"https://x.example\", \"headers\": \"Accept: json\"}",
            "unsupported"));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource("rules")
  void parametersAndWordsChooseTheType(String description, String params, String type) {
    assertThat(importOne(description, params, false).type()).isEqualTo(type);
  }

  static Stream<Arguments> upstreamRules() {
    return Stream.of(
        Arguments.of("Summarize it", "{}", "ai.summarize", "text"),
        Arguments.of("Özetle", "{}", "ai.summarize", "text"),
        Arguments.of("Save it", "{\"path\": \"out.txt\"}", "fs.write", "content"),
        Arguments.of(
            "Tell them",
            "{\"to\": \"a@example.com\", \"subject\": \"Hi\"}",
            "notify.email",
            "body"),
        Arguments.of(
            "Ping", "{\"webhook_url\": \"https://hooks.example/x\"}", "notify.webhook", "payload"),
        Arguments.of("Translate it", "{\"to\": \"tr\"}", "ai.translate", "text"));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource("upstreamRules")
  void aStepTakesTheTextOfTheStepItDependsOn(
      String description, String params, String type, String param) {
    PlanTask task = importOne(description, params, true);
    assertThat(task.type()).isEqualTo(type);
    assertThat(task.params()).containsEntry(param, "${tasks.read.output.content}");
  }

  @Test
  void aPathWithAPatternIsADirectoryAndAGlob() {
    assertThat(importOne("Handle it", "{\"path\": \"docs/**/*.md\"}", false).params())
        .isEqualTo(Map.of("path", "docs", "glob", "**/*.md", "recursive", true));
    assertThat(importOne("Handle it", "{\"path\": \"*.txt\"}", false).params())
        .isEqualTo(Map.of("path", ".", "glob", "*.txt"));
  }

  @Test
  void valuesAreConvertedOnlyWhereTheMeaningStays() {
    assertThat(
            importOne(
                    "Tell them",
                    "{\"recipients\": [\"a@example.com\", \"b@example.com\"], \"subject\": 42,"
                        + " \"message\": \"x\", \"cc\": \"c@example.com, d@example.com\"}",
                    false)
                .params())
        .isEqualTo(
            Map.of(
                "to",
                List.of("a@example.com", "b@example.com"),
                "subject",
                "42",
                "body",
                "x",
                "cc",
                List.of("c@example.com", "d@example.com")));
    // A file given to an e-mail is an attachment, not a file step.
    assertThat(
            importOne(
                    "Mail the report",
                    "{\"email\": \"a@example.com\", \"subject\": \"R\", \"body\": \"x\","
                        + " \"file\": \"reports/r.pdf\"}",
                    false)
                .params())
        .containsEntry("attachments", List.of("reports/r.pdf"));
    assertThat(importOne("Run it", "{\"command\": \"  \"}", false).type())
        .as("a blank command names no program")
        .isEqualTo("unsupported");
    assertThat(
            importOne("Summarize", "{\"text\": \"long\", \"max_sentences\": \"0\"}", false).type())
        .as("max_sentences below its minimum is not forced")
        .isEqualTo("unsupported");
  }

  @Test
  void reasonsSayWhatDidNotFit() {
    assertThat(
            importOne("Call it", "{\"url\": \"https://x.example\", \"method\": \"FETCH\"}", false)
                .params()
                .get("reason"))
        .isEqualTo(
            "legacy task 'step' would be http.request, but 'method' must be one of GET, POST, PUT,"
                + " PATCH, DELETE, HEAD, not 'FETCH'");
    assertThat(
            importOne(
                    "Download the page",
                    "{\"url\": \"https://x.example\", \"path\": \"p.html\"}",
                    false)
                .params()
                .get("reason"))
        .isEqualTo(
            "legacy task 'step' would be http.request, but its parameters {path} point to"
                + " something http.request does not do");
    assertThat(
            importOne("Tell them", "{\"to\": \"a@example.com\", \"subject\": \"Hi\"}", false)
                .params()
                .get("reason"))
        .isEqualTo(
            "legacy task 'step' would be notify.email, but it gives no body (its parameters are"
                + " {to, subject})");
    assertThat(
            importOne("Call it", "{\"url\": \"https://x.example/${tasks.a.output}\"}", false)
                .params())
        .containsEntry("text", "Call it")
        .extractingByKey("reason")
        .asString()
        .contains("which is neither an environment placeholder nor a plan reference")
        .doesNotContain("${");
  }

  @Test
  void wordsThatDisagreeWithTheParametersAreNoted() {
    Plan plan =
        importValid(
            "{\"title\": \"t\", \"tasks\": [{\"id\": \"s\", \"description\": \"Summarise the site\","
                + " \"parameters\":"
                + " {\"url\": \"https://x.example\"}}]}");
    assertThat(plan.tasks().get(0).type()).isEqualTo("http.request");
    assertThat(plan.planner().warnings())
        .containsExactly(
            "legacy task 's' became http.request, though its text suggests ai.summarize");
  }
}
