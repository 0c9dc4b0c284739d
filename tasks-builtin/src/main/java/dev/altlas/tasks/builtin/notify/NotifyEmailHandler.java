package dev.altlas.tasks.builtin.notify;

import dev.altlas.task.Params;
import dev.altlas.task.TaskContext;
import dev.altlas.task.TaskFailure;
import dev.altlas.task.TaskHandler;
import dev.altlas.tasks.builtin.content.Output;
import dev.altlas.tasks.builtin.content.ReadableText;
import dev.altlas.tasks.builtin.fs.Workspace;
import jakarta.activation.DataHandler;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * {@code notify.email}: a plain-text e-mail, with attachments, sent over SMTP once per task as far
 * as SMTP allows. A send that was recorded is not repeated on a retry or resume. SMTP has no
 * exactly-once: when the process dies after the server's 250 and before the send is recorded, the
 * next attempt sends again, with the same Message-ID (see {@link MessageIds}), which receivers and
 * mail servers that drop repeated Message-IDs treat as one message. Jakarta Mail's socket calls do
 * not react to interruption; the SMTP timeouts bound them.
 */
public final class NotifyEmailHandler implements TaskHandler {
  private static final String SEND = "send";

  private final SmtpSettings smtp;
  private final AttachmentSource attachments;
  private final Clock clock;

  public NotifyEmailHandler(SmtpSettings smtp, Workspace workspace, Clock clock) {
    this.smtp = smtp;
    this.attachments = new AttachmentSource(workspace);
    this.clock = clock;
  }

  @Override
  public String type() {
    return "notify.email";
  }

  @Override
  public Object execute(TaskContext context) throws TaskFailure, InterruptedException {
    smtp.requireComplete();
    Params params = context.params();
    List<InternetAddress> to = MailAddresses.read(params, "to");
    if (to.isEmpty()) {
      throw TaskFailure.badParam("to", "must name at least one recipient");
    }
    List<InternetAddress> cc = MailAddresses.read(params, "cc");
    String subject = params.string("subject");
    Object body = params.get("body").orElseThrow(() -> TaskFailure.badParam("body", "is required"));
    List<Attachment> files =
        params.get("attachments").isPresent()
            ? attachments.read(params.list("attachments"), context)
            : List.of();
    InternetAddress from = MailAddresses.parse(SmtpSettings.FROM, smtp.from().orElseThrow());
    String messageId = MessageIds.of(context, SEND, from);
    MimeMessage message =
        compose(messageId, from, to, cc, subject, ReadableText.render(body), files);
    return context.once(SEND, () -> send(message, to, cc));
  }

  private MimeMessage compose(
      String messageId,
      InternetAddress from,
      List<InternetAddress> to,
      List<InternetAddress> cc,
      String subject,
      String text,
      List<Attachment> files)
      throws TaskFailure {
    try {
      var message = new StableIdMessage(Session.getInstance(smtp.sessionProperties()), messageId);
      message.setFrom(from);
      message.setRecipients(Message.RecipientType.TO, to.toArray(InternetAddress[]::new));
      if (!cc.isEmpty()) {
        message.setRecipients(Message.RecipientType.CC, cc.toArray(InternetAddress[]::new));
      }
      message.setSubject(subject, "UTF-8");
      message.setSentDate(Date.from(clock.instant()));
      if (files.isEmpty()) {
        message.setText(text, "UTF-8");
      } else {
        var multipart = new MimeMultipart();
        var textPart = new MimeBodyPart();
        textPart.setText(text, "UTF-8");
        multipart.addBodyPart(textPart);
        for (Attachment file : files) {
          var part = new MimeBodyPart();
          part.setDataHandler(
              new DataHandler(new ByteArrayDataSource(file.content(), file.mediaType())));
          part.setFileName(file.fileName());
          part.setDisposition(MimeBodyPart.ATTACHMENT);
          multipart.addBodyPart(part);
        }
        message.setContent(multipart);
      }
      return message;
    } catch (MessagingException e) {
      throw new TaskFailure(
          "notify.bad_message", "cannot build the e-mail: " + e.getMessage(), false, e);
    }
  }

  private Object send(MimeMessage message, List<InternetAddress> to, List<InternetAddress> cc)
      throws TaskFailure {
    try {
      if (smtp.user().isPresent()) {
        Transport.send(message, smtp.user().get(), smtp.password().orElseThrow());
      } else {
        Transport.send(message);
      }
      var recipients = new ArrayList<String>();
      to.forEach(a -> recipients.add(a.getAddress()));
      cc.forEach(a -> recipients.add(a.getAddress()));
      return Output.of("message_id", message.getMessageID(), "recipients", recipients);
    } catch (AuthenticationFailedException e) {
      throw new TaskFailure(
          "notify.auth_failed", "the SMTP server refused the login: " + e.getMessage(), false, e);
    } catch (SendFailedException e) {
      // 4xx replies (mailbox busy, greylisting) mean "try later"; 5xx mean "never".
      boolean later = deferred(e);
      throw new TaskFailure(
          later ? "notify.unavailable" : "notify.rejected",
          "the SMTP server " + (later ? "deferred" : "refused") + " the message: " + e.getMessage(),
          later,
          e);
    } catch (MessagingException e) {
      throw new TaskFailure(
          "notify.unavailable",
          "cannot send through " + smtp.host().orElseThrow() + ": " + e,
          true,
          e);
    }
  }

  private static boolean deferred(MessagingException failure) {
    for (Exception e = failure; e != null; ) {
      int code =
          switch (e) {
            case SMTPSendFailedException s -> s.getReturnCode();
            case SMTPAddressFailedException a -> a.getReturnCode();
            default -> 0;
          };
      if (code >= 400 && code < 500) {
        return true;
      }
      e = e instanceof MessagingException m ? m.getNextException() : null;
    }
    return false;
  }

  /** A message that keeps the Message-ID it was given where Jakarta Mail would make a new one. */
  private static final class StableIdMessage extends MimeMessage {
    private final String messageId;

    StableIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
