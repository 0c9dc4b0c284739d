package dev.altlas.tasks.builtin.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The HTTP client's only resolver during one exchange: it answers a host with exactly the addresses
 * the {@link TargetGuard} checked for it, and knows no other host. So the connection goes to an
 * address that was checked, and a DNS answer that changes between the check and the connection (DNS
 * rebinding) is never asked for. The host name itself stays in the request, for the Host header,
 * TLS server name indication and certificate checks.
 */
final class PinnedAddresses implements DnsResolver {
  private final Map<String, List<InetAddress>> pinned = new ConcurrentHashMap<>();

  /** Pins a host to the addresses checked for it, replacing an earlier pin. */
  void pin(String host, List<InetAddress> checked) {
    pinned.put(key(host), List.copyOf(checked));
  }

  @Override
  public InetAddress[] resolve(String host) throws UnknownHostException {
    List<InetAddress> addresses = pinned.get(key(host));
    if (addresses == null || addresses.isEmpty()) {
      // Only a host the guard has not checked gets here, and it must not be connected to.
      throw new UnknownHostException(host + " was not checked before connecting");
    }
    return addresses.toArray(InetAddress[]::new);
  }

  @Override
  public String resolveCanonicalHostname(String host) {
    return host;
  }

  private static String key(String host) {
    return HostAllowList.normalise(host);
  }
}
