package dev.altlas.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.altlas.archive.ArchivedRun;
import dev.altlas.archive.InvalidQueryException;
import dev.altlas.archive.SearchHit;
import dev.altlas.archive.SearchQuery;
import dev.altlas.archive.Synonyms;
import dev.altlas.testkit.ArchiveFixtures;
import dev.altlas.testkit.OpenSearchTestNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the OpenSearch adapter does beyond the contract: layout, lifecycle, failures. */
class OpenSearchIndexTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void openCreatesTheTemplateAFirstIndexAndBothAliases() {
    OpenSearchSettings settings = TestIndexes.settings();
    try (OpenSearchIndex index = OpenSearchIndex.open(settings, Synonyms.builtin())) {
      String first = settings.indexPrefix() + "-000001";
      assertThat(index.liveIndex()).isEqualTo(first);

      JsonNode template =
          get("/_index_template/" + settings.templateName())
              .path("index_templates")
              .get(0)
              .path("index_template");
      assertThat(template.path("index_patterns").get(0).asString())
          .isEqualTo(settings.indexPrefix() + "-0*");
      assertThat(template.at("/template/mappings/dynamic").asString()).isEqualTo("strict");
      assertThat(template.at("/template/settings/index/analysis/filter/altlas_synonyms/synonyms"))
          .hasSize(Synonyms.builtin().rules().size());

      JsonNode mapping = get("/" + first + "/_mapping").path(first).path("mappings");
      assertThat(mapping.path("dynamic").asString()).isEqualTo("strict");
      assertThat(mapping.at("/properties/command/analyzer").asString()).isEqualTo("altlas_tr");
      assertThat(mapping.at("/properties/command/search_analyzer").asString())
          .isEqualTo("altlas_tr_search");
      assertThat(mapping.at("/properties/command/fields/en/analyzer").asString())
          .isEqualTo("altlas_en");
      assertThat(mapping.at("/properties/status/type").asString()).isEqualTo("keyword");
      assertThat(mapping.at("/properties/finishedAt/type").asString()).isEqualTo("date_nanos");
      assertThat(mapping.at("/properties/embedding/type").asString()).isEqualTo("binary");

      JsonNode aliases = get("/" + first + "/_alias").path(first).path("aliases");
      assertThat(aliases.has(settings.readAlias())).isTrue();
      assertThat(aliases.path(settings.writeAlias()).path("is_write_index").asBoolean()).isTrue();
    }
  }

  @Test
  void theMappingIsStrict() {
    OpenSearchSettings settings = TestIndexes.settings();
    try (OpenSearchIndex index = OpenSearchIndex.open(settings, Synonyms.builtin())) {
      OpenSearchTestNode.Answer answer =
          OpenSearchTestNode.request(
              "PUT", "/" + settings.writeAlias() + "/_doc/x", "{\"runId\":\"x\",\"surprise\":1}");
      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.body()).contains("strict_dynamic_mapping_exception");
      assertThat(index.count()).isZero();
    }
  }

  @Test
  void openingAgainChangesNothingAndKeepsTheRuns() {
    OpenSearchSettings settings = TestIndexes.settings();
    try (OpenSearchIndex index = OpenSearchIndex.open(settings, Synonyms.builtin())) {
      index.index(ArchiveFixtures.archive());
      index.refresh();
    }
    try (OpenSearchIndex again = OpenSearchIndex.open(settings, Synonyms.builtin());
        OpenSearchIndex andAgain = OpenSearchIndex.open(settings, Synonyms.builtin())) {
      assertThat(again.liveIndex()).isEqualTo(andAgain.liveIndex()).endsWith("-000001");
      assertThat(again.count()).isEqualTo(ArchiveFixtures.archive().size());
      assertThat(get("/_cat/indices/" + settings.indexPrefix() + "-*?format=json")).hasSize(1);
    }
  }

  @Test
  void newSynonymsApplyToTheLiveIndexWhenOpened() {
    OpenSearchSettings settings = TestIndexes.settings();
    try (OpenSearchIndex index = OpenSearchIndex.open(settings, Synonyms.builtin())) {
      index.index(ArchiveFixtures.archive());
      index.refresh();
      assertThat(ids(index, "ledger")).isEmpty();
      assertThat(ids(index, "book")).containsExactly("tr-books");
    }
    Synonyms more = Synonyms.parse("ledger, budget");
    try (OpenSearchIndex index = OpenSearchIndex.open(settings, more)) {
      assertThat(ids(index, "ledger")).containsExactly("en-budget");
      assertThat(ids(index, "book")).as("the built-in rules are gone").isEmpty();
    }
  }

  @Test
  void retentionDeletesTheRunsThatFinishedBeforeTheCutoff() {
    OpenSearchSettings settings = TestIndexes.settings();
    try (OpenSearchIndex index = OpenSearchIndex.open(settings, Synonyms.builtin())) {
      List<ArchivedRun> runs = ArchiveFixtures.archive();
      index.index(runs);
      index.refresh();
      Instant cutoff = Instant.parse("2026-03-02T10:00:00Z");
      long older = runs.stream().filter(r -> r.finishedAt().isBefore(cutoff)).count();

      assertThat(index.deleteFinishedBefore(cutoff)).isEqualTo(older);

      assertThat(index.count()).isEqualTo(runs.size() - older);
      List<String> left =
          index.search(SearchQuery.text("").size(100).build()).hits().stream()
              .map(SearchHit::runId)
              .toList();
      assertThat(left).contains("en-files", "tr-files").doesNotContain("tr-books", "en-budget");
      assertThat(index.deleteFinishedBefore(cutoff)).isZero();
    }
  }

  @Test
  void withoutTheIsmPluginThereIsNoLifecyclePolicy() {
    try (OpenSearchIndex index = OpenSearchIndex.open(TestIndexes.settings(), Synonyms.builtin())) {
      boolean ism =
          OpenSearchTestNode.request("GET", "/_plugins/_ism/policies", null).status() == 200;
      assertThat(index.lifecyclePolicy().isPresent()).isEqualTo(ism);
    }
  }

  @Test
  void anUnreachableClusterIsNamedInTheError() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port;
    assertThatThrownBy(
            () -> OpenSearchIndex.open(OpenSearchSettings.singleNode(url), Synonyms.builtin()))
        .isInstanceOf(OpenSearchUnavailableException.class)
        .hasMessageContaining("cannot reach OpenSearch at " + url);
  }

  @Test
  void aCursorOfAnotherIndexOrderOrForgedIsRefused() {
    try (OpenSearchIndex index = OpenSearchIndex.open(TestIndexes.settings(), Synonyms.builtin())) {
      index.index(ArchiveFixtures.archive());
      index.refresh();
      String next = index.search(SearchQuery.text("").size(2).build()).next();
      String forged =
          Base64.getUrlEncoder()
              .encodeToString("[\"NEWEST\",\"soon\",\"x\"]".getBytes(StandardCharsets.UTF_8));

      assertThat(index.search(SearchQuery.text("").size(2).after(next).build()).hits()).hasSize(2);
      assertThatThrownBy(() -> index.search(SearchQuery.text("").size(2).after(forged).build()))
          .isInstanceOf(InvalidQueryException.class)
          .hasMessageContaining("cursor");
    }
  }

  @Test
  void settingsRefuseWhatOpenSearchWouldNot() {
    assertThatThrownBy(() -> new OpenSearchSettings("localhost:9200", null, null, "a", 1, 0))
        .hasMessageContaining("http://");
    assertThatThrownBy(
            () -> new OpenSearchSettings("http://localhost:9200", null, null, "Archive", 1, 0))
        .hasMessageContaining("lower case");
    assertThatThrownBy(() -> new OpenSearchSettings("http://localhost:9200", null, null, "a", 0, 0))
        .hasMessageContaining("shards");
    assertThat(new OpenSearchSettings("http://h:9200/", "u", "secret", "a", 1, 0).toString())
        .doesNotContain("secret")
        .contains("url=http://h:9200,");
  }

  private static List<String> ids(OpenSearchIndex index, String text) {
    return index.search(SearchQuery.text(text).size(100).build()).hits().stream()
        .map(SearchHit::runId)
        .toList();
  }

  private static JsonNode get(String path) {
    OpenSearchTestNode.Answer answer = OpenSearchTestNode.request("GET", path, null);
    assertThat(answer.status()).as(path).isEqualTo(200);
    return JSON.readTree(answer.body());
  }
}
