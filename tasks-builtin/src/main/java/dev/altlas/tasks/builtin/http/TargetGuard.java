package dev.altlas.tasks.builtin.http;

import dev.altlas.task.TaskFailure;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides, before any connection is opened, whether a URL may be called: http or https, a host on
 * the allow-list, and (unless private targets are allowed) only public addresses after DNS
 * resolution. It resolves the host once and returns the addresses it checked: the connection must
 * go to one of those (see {@link PinnedAddresses}), never to what a second resolution answers.
 */
public final class TargetGuard {
  private final HostAllowList allowList;
  private final boolean allowPrivate;
  private final HostResolver resolver;

  public TargetGuard(HostAllowList allowList, boolean allowPrivate) {
    this(allowList, allowPrivate, HostResolver.SYSTEM);
  }

  TargetGuard(HostAllowList allowList, boolean allowPrivate, HostResolver resolver) {
    this.allowList = allowList;
    this.allowPrivate = allowPrivate;
    this.resolver = resolver;
  }

  /**
   * @return the addresses of the URL's host, every one of them allowed
   */
  public List<InetAddress> check(URI uri) throws TaskFailure {
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
    List<InetAddress> addresses = resolve(host);
    if (allowPrivate) {
      return addresses;
    }
    for (InetAddress address : addresses) {
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
    return addresses;
  }

  private List<InetAddress> resolve(String host) throws TaskFailure {
    try {
      List<InetAddress> addresses = List.of(resolver.resolve(host));
      if (addresses.isEmpty()) {
        throw new UnknownHostException(host);
      }
      return addresses;
    } catch (UnknownHostException e) {
      throw new TaskFailure("http.unavailable", "cannot resolve host " + host, true, e);
    }
  }

  private static TaskFailure forbidden(URI uri, String why) {
    return new TaskFailure("http.forbidden_target", "refused to call " + uri + ": " + why, false);
  }
}
