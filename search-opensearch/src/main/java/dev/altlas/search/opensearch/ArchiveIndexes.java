package dev.altlas.search.opensearch;

import dev.altlas.archive.Synonyms;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.opensearch.client.opensearch._types.HealthStatus;
import org.opensearch.client.opensearch.indices.GetAliasResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The archive's layout on the cluster: one index template with the analyzers and strict mappings,
 * versioned concrete indexes ({@code PREFIX-000001}, …) of which one is live behind the read and
 * write aliases, and, when the cluster has the ISM plugin, the lifecycle policy of replaced ones.
 */
final class ArchiveIndexes {

  private static final String TEMPLATE = "archive-template.json";
  private static final String SYNONYMS_SETTING = "index.analysis.filter.altlas_synonyms.synonyms";

  /** How long a replaced generation stays (read-only) for a rollback, counted as ISM counts. */
  static final String RETIRED_INDEX_AGE = "30d";

  private final OpenSearchConnection connection;
  private final OpenSearchSettings settings;
  private final Synonyms synonyms;

  ArchiveIndexes(OpenSearchConnection connection, OpenSearchSettings settings, Synonyms synonyms) {
    this.connection = connection;
    this.settings = settings;
    this.synonyms = synonyms;
  }

  OpenSearchSettings settings() {
    return settings;
  }

  /**
   * Creates what is missing: the template (always rewritten, so it follows the settings), the first
   * concrete index with both aliases, the lifecycle policy. Brings the live index's synonyms up to
   * date. Safe to call again and from several processes.
   *
   * @return the concrete index behind the read alias
   */
  String open() {
    putTemplate();
    String live = aliasTarget(settings.readAlias()).orElseGet(this::createFirst);
    if (aliasTarget(settings.writeAlias()).isEmpty()) {
      connection.call(
          "add the write alias " + settings.writeAlias(),
          c ->
              c.indices()
                  .updateAliases(
                      u ->
                          u.actions(
                              a ->
                                  a.add(
                                      add ->
                                          add.index(live)
                                              .alias(settings.writeAlias())
                                              .isWriteIndex(true)))));
    }
    updateSynonyms(live);
    if (ismAvailable()) {
      putRetiredPolicy();
    }
    return live;
  }

  void putTemplate() {
    ObjectNode template = templateBody();
    connection.rawOk(
        "put the index template " + settings.templateName(),
        "PUT",
        "/_index_template/" + settings.templateName(),
        connection.json().writeValueAsString(template));
  }

  /** The template as sent: the resource with the settings' pattern, shards, replicas, synonyms. */
  private ObjectNode templateBody() {
    ObjectNode template;
    try (InputStream in = ArchiveIndexes.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + TEMPLATE);
      }
      template = (ObjectNode) connection.json().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    template.putArray("index_patterns").add(settings.indexPattern());
    ObjectNode indexSettings = (ObjectNode) template.at("/template/settings/index");
    indexSettings.put("number_of_shards", settings.shards());
    indexSettings.put("number_of_replicas", settings.replicas());
    ArrayNode rules =
        ((ObjectNode) template.at("/template/settings/analysis/filter/altlas_synonyms"))
            .putArray("synonyms");
    synonyms.rules().forEach(rules::add);
    return template;
  }

  private String createFirst() {
    String first = settings.concreteIndex(nextGeneration());
    try {
      createIndex(first, true);
      return first;
    } catch (OpenSearchRequestException e) {
      // another process opened the same prefix at the same moment
      return aliasTarget(settings.readAlias()).orElseThrow(() -> e);
    }
  }

  /** Creates a concrete index from the template, with or without the two aliases. */
  void createIndex(String index, boolean withAliases) {
    connection.call(
        "create the index " + index,
        c ->
            c.indices()
                .create(
                    r -> {
                      r.index(index).waitForActiveShards(w -> w.count(1));
                      if (withAliases) {
                        r.aliases(settings.readAlias(), a -> a)
                            .aliases(settings.writeAlias(), a -> a.isWriteIndex(true));
                      }
                      return r;
                    }));
    waitForHealth(index);
  }

  boolean exists(String index) {
    return connection.call(
        "check the index " + index, c -> c.indices().exists(e -> e.index(index)).value());
  }

  /** One more than the highest generation on the cluster. */
  int nextGeneration() {
    return concreteIndexes().stream().mapToInt(settings::generationOf).max().orElse(0) + 1;
  }

  /** This prefix's concrete indexes, oldest generation first. */
  List<String> concreteIndexes() {
    JsonNode rows =
        connection.rawOk(
            "list the indexes " + settings.indexPattern(),
            "GET",
            "/_cat/indices/" + settings.indexPattern() + "?format=json&h=index",
            null);
    TreeSet<String> names = new TreeSet<>();
    rows.forEach(row -> names.add(row.path("index").asString()));
    return new ArrayList<>(names).stream().filter(n -> settings.generationOf(n) > 0).toList();
  }

  /** The concrete index an alias points to, if the alias exists. */
  Optional<String> aliasTarget(String alias) {
    boolean exists =
        connection.call(
            "look up the alias " + alias, c -> c.indices().existsAlias(e -> e.name(alias)).value());
    if (!exists) {
      return Optional.empty();
    }
    GetAliasResponse response =
        connection.call(
            "look up the alias " + alias, c -> c.indices().getAlias(g -> g.name(alias)));
    return response.result().keySet().stream().sorted().findFirst();
  }

  /** Moves both aliases from {@code from} to {@code to} in one atomic request. */
  void switchAliases(String from, String to) {
    connection.call(
        "switch the aliases from " + from + " to " + to,
        c ->
            c.indices()
                .updateAliases(
                    u ->
                        u.actions(a -> a.remove(r -> r.index(from).alias(settings.readAlias())))
                            .actions(a -> a.remove(r -> r.index(from).alias(settings.writeAlias())))
                            .actions(a -> a.add(add -> add.index(to).alias(settings.readAlias())))
                            .actions(
                                a ->
                                    a.add(
                                        add ->
                                            add.index(to)
                                                .alias(settings.writeAlias())
                                                .isWriteIndex(true)))));
  }

  /** Whether the cluster has the Index State Management plugin. */
  boolean ismAvailable() {
    return connection.raw("GET", "/_plugins/_ism/policies", null).ok();
  }

  /** Hands a replaced generation to the lifecycle policy; false when the cluster has no ISM. */
  boolean retire(String index) {
    if (!ismAvailable()) {
      return false;
    }
    putRetiredPolicy();
    connection.rawOk(
        "attach the lifecycle policy to " + index,
        "POST",
        "/_plugins/_ism/add/" + index,
        "{\"policy_id\":\"" + settings.retiredPolicyName() + "\"}");
    return true;
  }

  private void putRetiredPolicy() {
    String path = "/_plugins/_ism/policies/" + settings.retiredPolicyName();
    if (connection.raw("GET", path, null).ok()) {
      return;
    }
    String policy =
        """
        {"policy": {
          "description": "ALT_LAS archive generations a reindex replaced: read-only, then deleted \
        once %s old",
          "default_state": "retired",
          "states": [
            {"name": "retired", "actions": [{"read_only": {}}],
             "transitions": [{"state_name": "deleted", "conditions": {"min_index_age": "%s"}}]},
            {"name": "deleted", "actions": [{"delete": {}}], "transitions": []}
          ]
        }}
        """
            .formatted(RETIRED_INDEX_AGE, RETIRED_INDEX_AGE);
    OpenSearchConnection.RawResponse response = connection.raw("PUT", path, policy);
    // 409: another process put it first
    if (response.status() != 409) {
      connection.check(response, "put the lifecycle policy " + settings.retiredPolicyName());
    }
  }

  /**
   * Synonyms apply at search time only, so new rules take effect on the live index without a
   * reindex; analysis settings change only on a closed index, so the index is closed for a moment.
   */
  private void updateSynonyms(String index) {
    JsonNode current =
        connection.rawOk(
            "read the settings of " + index,
            "GET",
            "/" + index + "/_settings/" + SYNONYMS_SETTING + "?flat_settings=true",
            null);
    List<String> stored = new ArrayList<>();
    current
        .path(index)
        .path("settings")
        .path(SYNONYMS_SETTING)
        .forEach(r -> stored.add(r.asString()));
    if (stored.equals(synonyms.rules())) {
      return;
    }
    ObjectNode update = connection.json().createObjectNode();
    ArrayNode rules = update.putArray(SYNONYMS_SETTING);
    synonyms.rules().forEach(rules::add);
    connection.rawOk("close " + index, "POST", "/" + index + "/_close", null);
    try {
      connection.rawOk(
          "update the synonyms of " + index,
          "PUT",
          "/" + index + "/_settings",
          connection.json().writeValueAsString(update));
    } finally {
      connection.rawOk("reopen " + index, "POST", "/" + index + "/_open", null);
      waitForHealth(index);
    }
  }

  private void waitForHealth(String index) {
    connection.call(
        "wait for the index " + index,
        c ->
            c.cluster()
                .health(
                    h ->
                        h.index(index)
                            .waitForStatus(
                                settings.replicas() == 0 ? HealthStatus.Green : HealthStatus.Yellow)
                            .timeout(t -> t.time("30s"))));
  }
}
