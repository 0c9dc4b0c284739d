package dev.altlas.tasks.builtin.http;

import dev.altlas.task.TaskFailure;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides, before any connection is opened, whether a URL may be called: http or https, a host on
 * the allow-list, and (unless private targets are allowed) only public addresses after DNS
 * resolution.
 */
public final class TargetGuard {
  private final HostAllowList allowList;
  private final boolean allowPrivate;

  public TargetGuard(HostAllowList allowList, boolean allowPrivate) {
    this.allowList = allowList;
    this.allowPrivate = allowPrivate;
  }

  public void check(URI uri) throws TaskFailure {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw forbidden(uri, "only http and https URLs may be called");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw forbidden(uri, "the URL names no host");
    }
    String host = HostAllowList.normalise(uri.getHost());
    if (!allowList.allows(host)) {
      throw forbidden(
          uri, "host " + host + " is not on the allow-list (" + HttpSettings.ALLOW + ")");
    }
    if (allowPrivate) {
      return;
    }
    for (InetAddress address : resolve(host)) {
      Optional<String> kind = PrivateAddresses.kind(address);
      if (kind.isPresent()) {
        throw forbidden(
            uri,
            host
                + " is "
                + address.getHostAddress()
                + ", a "
                + kind.get()
                + " address; set "
                + HttpSettings.ALLOW_PRIVATE
                + "=true to allow such targets");
      }
    }
  }

  private static InetAddress[] resolve(String host) throws TaskFailure {
    try {
      return InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new TaskFailure("http.unavailable", "cannot resolve host " + host, true, e);
    }
  }

  private static TaskFailure forbidden(URI uri, String why) {
    return new TaskFailure("http.forbidden_target", "refused to call " + uri + ": " + why, false);
  }
}
