package dev.altlas.ai;

/**
 * A model call that failed.
 *
 * @see #code()
 */
public class ModelException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final boolean retryable;

  /**
   * @param code stable, e.g. {@code ai.unsupported}, {@code ai.rate_limited}, {@code ai.timeout},
   *     {@code ai.unavailable}, {@code ai.bad_response}
   */
  public ModelException(String code, String message, boolean retryable) {
    super(message);
    this.code = code;
    this.retryable = retryable;
  }

  public ModelException(String code, String message, boolean retryable, Throwable cause) {
    super(message, cause);
    this.code = code;
    this.retryable = retryable;
  }

  /** No configured provider has this capability: a clear refusal, never an invented answer. */
  public static ModelException unsupported(Capability capability, String providers) {
    return new ModelException(
        "ai.unsupported",
        "no configured model provider can "
            + capability.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
            + " (configured: "
            + providers
            + "); configure an OpenAI-compatible provider to enable it",
        false);
  }

  public String code() {
    return code;
  }

  public boolean retryable() {
    return retryable;
  }
}
