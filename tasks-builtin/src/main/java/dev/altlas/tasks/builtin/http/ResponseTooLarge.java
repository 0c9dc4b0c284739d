package dev.altlas.tasks.builtin.http;

import java.io.IOException;

/** A response body passed the byte limit; reading stopped there. */
final class ResponseTooLarge extends IOException {
  private static final long serialVersionUID = 1L;

  ResponseTooLarge(long limit) {
    super("the response is larger than " + limit + " bytes");
  }
}
