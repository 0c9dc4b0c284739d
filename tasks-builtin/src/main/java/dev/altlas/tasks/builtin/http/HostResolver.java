package dev.altlas.tasks.builtin.http;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Turns a host name into addresses; the system's resolver, or another in tests. */
@FunctionalInterface
public interface HostResolver {
  HostResolver SYSTEM = InetAddress::getAllByName;

  InetAddress[] resolve(String host) throws UnknownHostException;
}
