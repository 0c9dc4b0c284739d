package dev.altlas.tasks.builtin.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Address literals only: {@link InetAddress#getByName} does no DNS lookup for them. */
class PrivateAddressesTest {

  @ParameterizedTest
  @CsvSource({
    "127.0.0.1, loopback",
    "127.8.9.10, loopback",
    "10.1.2.3, private",
    "172.16.0.1, private",
    "172.31.255.255, private",
    "192.168.0.10, private",
    "169.254.169.254, link-local",
    "100.64.0.1, shared (carrier-grade NAT)",
    "0.0.0.0, unspecified",
    "224.0.0.1, multicast",
    "255.255.255.255, reserved",
    "::1, loopback",
    "::, unspecified",
    "fe80::1, link-local",
    "fec0::1, site-local",
    "fd12:3456::1, unique local",
    "ff02::1, multicast",
    "::ffff:10.0.0.1, private",
    "::127.0.0.1, loopback",
    "64:ff9b::a9fe:a9fe, link-local",
    "2002:7f00:1::, loopback"
  })
  void namesWhatKindOfPrivateAddressItIs(String address, String kind) throws Exception {
    assertThat(PrivateAddresses.kind(InetAddress.getByName(address))).contains(kind);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "93.184.216.34",
        "8.8.8.8",
        "172.32.0.1",
        "100.128.0.1",
        "2606:4700::1111",
        "2002:5db8:d822::"
      })
  void publicAddressesPass(String address) throws Exception {
    assertThat(PrivateAddresses.kind(InetAddress.getByName(address))).isEmpty();
  }
}
