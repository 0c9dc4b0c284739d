package dev.altlas.search.opensearch;

/** OpenSearch refused an administrative request (not a search); the message says what and why. */
public class OpenSearchRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  public OpenSearchRequestException(String message, int status, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** The HTTP status OpenSearch answered with. */
  public int status() {
    return status;
  }
}
