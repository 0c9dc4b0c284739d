package dev.altlas.search.opensearch;

/** OpenSearch could not be reached or answered with a server failure; the message names the URL. */
public class OpenSearchUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OpenSearchUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
