package dev.altlas.tasks.builtin.http;

import java.util.List;
import java.util.Locale;

/**
 * The hosts HTTP tasks may call ({@code altlas.http.allow}): exact names such as {@code
 * example.com} and wildcards such as {@code *.example.org} (any subdomain, not the domain itself).
 * An empty list allows every host; the address rules still apply.
 */
public record HostAllowList(List<String> patterns) {

  public HostAllowList {
    patterns = patterns.stream().map(HostAllowList::normalise).toList();
  }

  public boolean allows(String host) {
    if (patterns.isEmpty()) {
      return true;
    }
    String name = normalise(host);
    return patterns.stream()
        .anyMatch(p -> p.startsWith("*.") ? name.endsWith(p.substring(1)) : name.equals(p));
  }

  /** Lower case, without IPv6 brackets or the trailing dot of a fully qualified name. */
  static String normalise(String host) {
    String h = host.trim().toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
  }
}
