package dev.altlas.tasks.builtin.notify;

import dev.altlas.task.TaskFailure;
import dev.altlas.tasks.builtin.content.TypedSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Properties;

/**
 * The SMTP server {@code notify.email} sends through. Read when the plugin starts, checked when a
 * task sends, so that an installation without mail still runs every other task.
 *
 * @param port empty for the default of the transport (465 with SSL, 587 with STARTTLS, else 25)
 * @param starttls upgrade the connection with STARTTLS, and refuse a server that does not offer it
 * @param ssl connect with TLS from the start (SMTPS)
 */
public record SmtpSettings(
    Optional<String> host,
    Optional<Integer> port,
    Optional<String> user,
    Optional<String> password,
    Optional<String> from,
    boolean starttls,
    boolean ssl,
    Duration timeout) {
  public static final String HOST = "altlas.smtp.host";
  public static final String PORT = "altlas.smtp.port";
  public static final String USER = "altlas.smtp.user";
  public static final String PASSWORD = "altlas.smtp.password";
  public static final String FROM = "altlas.smtp.from";
  public static final String STARTTLS = "altlas.smtp.starttls";
  public static final String SSL = "altlas.smtp.ssl";
  public static final String TIMEOUT = "altlas.smtp.timeout";

  public static SmtpSettings from(TypedSettings settings) {
    int port = settings.integer(PORT, -1);
    return new SmtpSettings(
        settings.get(HOST),
        port < 0 ? Optional.empty() : Optional.of(port),
        settings.get(USER),
        settings.settings().get(PASSWORD),
        settings.get(FROM),
        settings.bool(STARTTLS, false),
        settings.bool(SSL, false),
        settings.duration(TIMEOUT, Duration.ofSeconds(30)));
  }

  /** Fails with {@code notify.not_configured}, naming the keys that are missing. */
  void requireComplete() throws TaskFailure {
    var missing = new ArrayList<String>();
    if (host.isEmpty()) {
      missing.add(HOST);
    }
    if (from.isEmpty()) {
      missing.add(FROM);
    }
    if (user.isPresent() && password.isEmpty()) {
      missing.add(PASSWORD);
    }
    if (!missing.isEmpty()) {
      throw new TaskFailure(
          "notify.not_configured",
          "notify.email needs the setting"
              + (missing.size() > 1 ? "s " : " ")
              + String.join(", ", missing),
          false);
    }
  }

  /** Jakarta Mail session properties. */
  Properties sessionProperties() {
    var p = new Properties();
    String millis = String.valueOf(timeout.toMillis());
    p.setProperty("mail.transport.protocol", "smtp");
    p.setProperty("mail.smtp.host", host.orElseThrow());
    // Set explicitly: with ssl.enable on the smtp protocol the library would otherwise use 25.
    int defaultPort = ssl ? 465 : starttls ? 587 : 25;
    p.setProperty("mail.smtp.port", String.valueOf(port.orElse(defaultPort)));
    p.setProperty("mail.smtp.auth", String.valueOf(user.isPresent()));
    p.setProperty("mail.smtp.starttls.enable", String.valueOf(starttls));
    p.setProperty("mail.smtp.starttls.required", String.valueOf(starttls));
    p.setProperty("mail.smtp.ssl.enable", String.valueOf(ssl));
    p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
    p.setProperty("mail.smtp.connectiontimeout", millis);
    p.setProperty("mail.smtp.timeout", millis);
    p.setProperty("mail.smtp.writetimeout", millis);
    return p;
  }

  @Override
  public String toString() {
    // Never print the password.
    return "SmtpSettings[host="
        + host
        + ", port="
        + port
        + ", user="
        + user
        + ", from="
        + from
        + "]";
  }
}
