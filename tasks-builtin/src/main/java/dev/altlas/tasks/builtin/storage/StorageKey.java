package dev.altlas.tasks.builtin.storage;

import dev.altlas.task.TaskFailure;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The limits of a storage key, checked before any storage is touched, so that a key no store can
 * hold fails at once, for good, with the reason (not as a transient storage error that is retried).
 * The limits are those of the stores: S3 keys have at most 1,024 bytes, and most file systems allow
 * 255 bytes in one name.
 */
public final class StorageKey {
  public static final int MAX_CHARACTERS = 1_024;
  public static final int MAX_PART_BYTES = 255;

  private StorageKey() {}

  /**
   * @param param the parameter the key came from, named in the failure
   */
  public static void check(String param, String key) throws TaskFailure {
    if (key.length() > MAX_CHARACTERS) {
      throw TaskFailure.badParam(
          param,
          "is a storage key of "
              + count(key.length())
              + " characters; a storage key has at most "
              + count(MAX_CHARACTERS));
    }
    if (key.getBytes(StandardCharsets.UTF_8).length > MAX_CHARACTERS) {
      throw TaskFailure.badParam(
          param,
          "is a storage key of "
              + count(key.getBytes(StandardCharsets.UTF_8).length)
              + " bytes in UTF-8; a storage key has at most "
              + count(MAX_CHARACTERS));
    }
    for (String part : key.split("/", -1)) {
      int bytes = part.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > MAX_PART_BYTES) {
        throw TaskFailure.badParam(
            param,
            "has a part of "
                + count(bytes)
                + " bytes ('"
                + part.substring(0, part.offsetByCodePoints(0, 20))
                + "…'); each part of a storage key between slashes has at most "
                + MAX_PART_BYTES);
      }
    }
  }

  private static String count(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
