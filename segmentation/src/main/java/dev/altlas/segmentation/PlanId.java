package dev.altlas.segmentation;

import dev.altlas.plan.PlanRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A plan's id, the same for the same request: "plan-" and 12 hex digits of a SHA-256. */
final class PlanId {
  private static final int HEX_DIGITS = 12;

  private PlanId() {}

  static String of(PlanRequest request) {
    String identity =
        String.join(
            "\n",
            request.command(),
            request.mode().name(),
            request.persona().name(),
            String.valueOf(request.chaosLevel()),
            String.valueOf(request.seed()));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
      return "plan-" + HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
