package dev.altlas.tasks.builtin.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/**
 * Addresses that are not on the public internet: calling them from a task could reach the machine
 * itself, the local network or a cloud metadata service (server-side request forgery). IPv6 forms
 * that embed an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by that address.
 */
final class PrivateAddresses {
  private PrivateAddresses() {}

  /** What kind of non-public address this is, or empty when it is public. */
  static Optional<String> kind(InetAddress address) {
    byte[] b = address.getAddress();
    return switch (address) {
      case Inet4Address v4 -> ipv4(b);
      case Inet6Address v6 -> ipv6(b);
      default -> Optional.of("unknown");
    };
  }

  private static Optional<String> ipv4(byte[] b) {
    int a0 = b[0] & 0xff;
    int a1 = b[1] & 0xff;
    if (a0 == 0) {
      return Optional.of("unspecified");
    }
    if (a0 == 127) {
      return Optional.of("loopback");
    }
    if (a0 == 10 || (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168)) {
      return Optional.of("private");
    }
    if (a0 == 169 && a1 == 254) {
      return Optional.of("link-local");
    }
    if (a0 == 100 && a1 >= 64 && a1 <= 127) {
      return Optional.of("shared (carrier-grade NAT)");
    }
    if ((a0 == 192 && a1 == 0 && (b[2] & 0xff) == 0) || (a0 == 198 && (a1 == 18 || a1 == 19))) {
      return Optional.of("reserved");
    }
    if (a0 >= 224 && a0 <= 239) {
      return Optional.of("multicast");
    }
    if (a0 >= 240) {
      return Optional.of("reserved");
    }
    return Optional.empty();
  }

  private static Optional<String> ipv6(byte[] b) {
    int b0 = b[0] & 0xff;
    int b1 = b[1] & 0xff;
    if (allZero(b, 0, 15)) {
      int last = b[15] & 0xff;
      return Optional.of(last == 0 ? "unspecified" : last == 1 ? "loopback" : "reserved");
    }
    if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
      return ipv4(Arrays.copyOfRange(b, 12, 16));
    }
    if (allZero(b, 0, 12)) {
      return ipv4(Arrays.copyOfRange(b, 12, 16));
    }
    if (b0 == 0x00 && b1 == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
      return ipv4(Arrays.copyOfRange(b, 12, 16));
    }
    if (b0 == 0x20 && b1 == 0x02) {
      return ipv4(Arrays.copyOfRange(b, 2, 6));
    }
    if ((b0 & 0xfe) == 0xfc) {
      return Optional.of("unique local");
    }
    if (b0 == 0xfe && (b1 & 0xc0) == 0x80) {
      return Optional.of("link-local");
    }
    if (b0 == 0xfe && (b1 & 0xc0) == 0xc0) {
      return Optional.of("site-local");
    }
    if (b0 == 0xff) {
      return Optional.of("multicast");
    }
    return Optional.empty();
  }

  private static boolean allZero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
