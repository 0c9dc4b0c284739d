package dev.altlas.tasks.builtin.notify;

import dev.altlas.task.TaskContext;
import dev.altlas.tasks.builtin.content.Sha256;
import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;

/**
 * The Message-ID of a task's e-mail, derived from what makes the task's send effect one effect (its
 * run, its task key, the effect's name), so that every attempt and every resume of that task sends
 * the same Message-ID. SMTP has no exactly-once: when the process dies after the server accepted
 * the message and before the send was recorded, the next attempt sends it again, and receivers and
 * mail servers that drop a repeated Message-ID see one message.
 */
final class MessageIds {
  /** The right-hand side when the sender's address has no domain. */
  static final String FALLBACK_DOMAIN = "altlas.local";

  private MessageIds() {}

  /**
   * @param effect the name the handler gives {@link TaskContext#once}
   * @param from the sender, whose domain the identifier carries (as RFC 5322 suggests)
   */
  static String of(TaskContext context, String effect, InternetAddress from) {
    String key = context.runId() + "/" + context.taskKey() + "/" + effect;
    String hash = Sha256.of(key.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    return "<altlas." + hash + "@" + domain(from) + ">";
  }

  private static String domain(InternetAddress from) {
    String address = from.getAddress();
    int at = address == null ? -1 : address.lastIndexOf('@');
    return at < 0 || at == address.length() - 1 ? FALLBACK_DOMAIN : address.substring(at + 1);
  }
}
