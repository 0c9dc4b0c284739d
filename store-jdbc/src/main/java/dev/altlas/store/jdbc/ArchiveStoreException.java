package dev.altlas.store.jdbc;

/**
 * The database behind the archive failed or could not be reached. The message names the database by
 * its URL (never the password); the cause is the driver's exception.
 */
public final class ArchiveStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ArchiveStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
