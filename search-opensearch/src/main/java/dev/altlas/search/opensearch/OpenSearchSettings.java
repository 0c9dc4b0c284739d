package dev.altlas.search.opensearch;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where the archive's OpenSearch index lives and how it is laid out.
 *
 * @param url the cluster, e.g. {@code http://localhost:9200}
 * @param username basic-auth user, or null for none
 * @param password basic-auth password, or null
 * @param indexPrefix names everything this index owns: the concrete indexes {@code PREFIX-000001},
 *     …, the aliases {@code PREFIX-read} and {@code PREFIX-write}, the template {@code
 *     PREFIX-template} and the lifecycle policy {@code PREFIX-retired}
 * @param shards primary shards of a new concrete index
 * @param replicas replicas of a new concrete index (0 on a single node)
 */
public record OpenSearchSettings(
    String url, String username, String password, String indexPrefix, int shards, int replicas) {

  public static final String DEFAULT_PREFIX = "altlas-archive";

  private static final Pattern PREFIX = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,200}");

  public OpenSearchSettings {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("the OpenSearch index needs the cluster's URL");
    }
    url = url.strip().replaceAll("/+$", "");
    URI uri = URI.create(url);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "the OpenSearch URL must be http:// or https:// with a host, was " + url);
    }
    if (indexPrefix == null || !PREFIX.matcher(indexPrefix).matches()) {
      throw new IllegalArgumentException(
          "the index prefix must be lower case letters, digits, '-', '_' or '.', was "
              + indexPrefix);
    }
    if (shards < 1) {
      throw new IllegalArgumentException("shards must be at least 1, was " + shards);
    }
    if (replicas < 0) {
      throw new IllegalArgumentException("replicas cannot be negative, was " + replicas);
    }
    if (username != null && username.isBlank()) {
      username = null;
    }
  }

  /** One shard, no replicas, the default prefix: a single-node cluster. */
  public static OpenSearchSettings singleNode(String url) {
    return new OpenSearchSettings(url, null, null, DEFAULT_PREFIX, 1, 0);
  }

  public String readAlias() {
    return indexPrefix + "-read";
  }

  public String writeAlias() {
    return indexPrefix + "-write";
  }

  public String templateName() {
    return indexPrefix + "-template";
  }

  /** The lifecycle policy of concrete indexes that a reindex has replaced. */
  public String retiredPolicyName() {
    return indexPrefix + "-retired";
  }

  /** The concrete indexes' names, matched by the template: {@code PREFIX-000001}, … */
  public String concreteIndex(int generation) {
    return String.format(Locale.ROOT, "%s-%06d", indexPrefix, generation);
  }

  /** Matches the concrete indexes and nothing else this prefix names. */
  public String indexPattern() {
    return indexPrefix + "-0*";
  }

  /** The generation of a concrete index of this prefix, or -1 for any other name. */
  public int generationOf(String index) {
    String head = indexPrefix + "-";
    if (!index.startsWith(head) || index.length() != head.length() + 6) {
      return -1;
    }
    String digits = index.substring(head.length());
    return digits.chars().allMatch(Character::isDigit) ? Integer.parseInt(digits) : -1;
  }

  @Override
  public String toString() {
    return "OpenSearchSettings[url="
        + url
        + ", username="
        + username
        + ", password="
        + (password == null ? "null" : "***")
        + ", indexPrefix="
        + indexPrefix
        + ", shards="
        + shards
        + ", replicas="
        + replicas
        + "]";
  }
}
