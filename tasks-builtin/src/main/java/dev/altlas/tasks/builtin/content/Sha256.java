package dev.altlas.tasks.builtin.content;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 checksums as lower-case hex, the form artifacts and written files report. */
public final class Sha256 {
  private Sha256() {}

  /** A fresh digest, for content that is streamed rather than held in memory. */
  public static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform is required to provide SHA-256.
      throw new IllegalStateException(e);
    }
  }

  public static String of(byte[] content) {
    return HexFormat.of().formatHex(digest().digest(content));
  }

  /** The hex of a digest that has seen all the content. */
  public static String of(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }
}
