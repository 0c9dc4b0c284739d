package dev.altlas.tasks.builtin.notify;

import static dev.altlas.tasks.builtin.testing.Failures.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.altlas.task.TaskSettings;
import dev.altlas.tasks.builtin.content.Output;
import dev.altlas.tasks.builtin.content.TypedSettings;
import dev.altlas.tasks.builtin.fs.Workspace;
import dev.altlas.tasks.builtin.testing.InMemoryTaskContext;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Sends through a real SMTP server (GreenMail) running in the test JVM. */
class NotifyEmailHandlerTest {
  @RegisterExtension
  static final GreenMailExtension SMTP =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
          .withConfiguration(
              GreenMailConfiguration.aConfig().withUser("bot@altlas.dev", "bot", "s3cret"));

  @TempDir Path root;
  @TempDir Path artifacts;

  private NotifyEmailHandler handler(Map<String, String> overrides) {
    var values = new HashMap<String, String>();
    values.put(SmtpSettings.HOST, SMTP.getSmtp().getBindTo());
    values.put(SmtpSettings.PORT, String.valueOf(SMTP.getSmtp().getPort()));
    values.put(SmtpSettings.FROM, "ALT_LAS <bot@altlas.dev>");
    values.put(SmtpSettings.USER, "bot");
    values.put(SmtpSettings.PASSWORD, "s3cret");
    values.putAll(overrides);
    var smtp = SmtpSettings.from(new TypedSettings(new TaskSettings(values)));
    return new NotifyEmailHandler(smtp, new Workspace(List.of(root)), Clock.systemUTC());
  }

  @Test
  void sendsTextWithAWorkspaceFileAndAnArtifactAttached() throws Exception {
    Files.writeString(root.resolve("report.csv"), "name,size\na,1\n");
    var context =
        InMemoryTaskContext.of(
            artifacts,
            Map.of(
                "to", List.of("ayse@example.com", "Bob <bob@example.org>"),
                "cc", List.of("cc@example.net"),
                "subject", "Haftalık rapor — özet",
                "body",
                    List.of(
                        Output.of("name", "a.txt", "size", 1),
                        Output.of("name", "b.txt", "size", 2)),
                "attachments", List.of("report.csv", Map.of("key", "notes/summary.md"))));
    context
        .artifacts()
        .put(
            "run-1",
            "t0",
            "notes/summary.md",
            "text/markdown",
            new ByteArrayInputStream("# Özet".getBytes(StandardCharsets.UTF_8)));

    Map<?, ?> out = (Map<?, ?>) handler(Map.of()).execute(context);

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(3); // one delivery per recipient
    MimeMessage message = received[0];
    assertThat(message.getSubject()).isEqualTo("Haftalık rapor — özet");
    assertThat(addresses(message.getRecipients(Message.RecipientType.TO)))
        .containsExactly("ayse@example.com", "bob@example.org");
    assertThat(addresses(message.getRecipients(Message.RecipientType.CC)))
        .containsExactly("cc@example.net");
    assertThat(message.getMessageID()).isEqualTo(out.get("message_id"));
    assertThat(out.get("recipients"))
        .isEqualTo(List.of("ayse@example.com", "bob@example.org", "cc@example.net"));

    Multipart parts = (Multipart) message.getContent();
    assertThat(parts.getCount()).isEqualTo(3);
    // SMTP carries text lines ending in CRLF.
    assertThat((String) parts.getBodyPart(0).getContent())
        .isEqualToNormalizingNewlines("- name: a.txt\n  size: 1\n- name: b.txt\n  size: 2\n");
    BodyPart csv = parts.getBodyPart(1);
    assertThat(csv.getDisposition()).isEqualTo(Part.ATTACHMENT);
    assertThat(csv.getFileName()).isEqualTo("report.csv");
    assertThat(csv.getContentType()).startsWith("text/csv");
    assertThat(new String(csv.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .isEqualToNormalizingNewlines("name,size\na,1\n");
    BodyPart md = parts.getBodyPart(2);
    assertThat(md.getFileName()).isEqualTo("summary.md");
    assertThat(new String(md.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .isEqualTo("# Özet");
  }

  @Test
  void aRetriedTaskDoesNotSendTwice() throws Exception {
    var context =
        InMemoryTaskContext.of(
            artifacts, Map.of("to", List.of("a@example.com"), "subject", "once", "body", "hello"));
    NotifyEmailHandler handler = handler(Map.of());

    Object first = handler.execute(context);
    Object second = handler.execute(context);

    assertThat(second).isEqualTo(first);
    assertThat(SMTP.getReceivedMessages()).hasSize(1);
    assertThat(SMTP.getReceivedMessages()[0].getContent()).isEqualTo("hello");
  }

  /**
   * kill -9 after the server's 250 and before the send was recorded: the next attempt finds no
   * record and sends again. It must be the same message to anyone who reads Message-IDs.
   */
  @Test
  void anAttemptThatLostTheRecordOfItsSendSendsTheSameMessageId() throws Exception {
    Map<String, Object> params =
        Map.of("to", List.of("a@example.com"), "subject", "report", "body", "hello");
    NotifyEmailHandler handler = handler(Map.of());

    Map<?, ?> first = (Map<?, ?>) handler.execute(InMemoryTaskContext.of(artifacts, params));
    Map<?, ?> resumed = (Map<?, ?>) handler.execute(InMemoryTaskContext.of(artifacts, params));

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(2);
    assertThat(received[1].getMessageID())
        .isEqualTo(received[0].getMessageID())
        .isEqualTo(first.get("message_id"))
        .isEqualTo(resumed.get("message_id"))
        .matches("<altlas\\.[0-9a-f]{32}@altlas\\.dev>");
  }

  @Test
  void everyTaskAndRunHasItsOwnMessageId() throws Exception {
    var context =
        InMemoryTaskContext.of(
            artifacts, Map.of("to", List.of("a@example.com"), "subject", "s", "body", "b"));
    NotifyEmailHandler handler = handler(Map.of());

    List<Object> ids =
        List.of(
            ((Map<?, ?>) handler.execute(context)).get("message_id"),
            ((Map<?, ?>) handler.execute(context.asTask("run-1", "email[1]"))).get("message_id"),
            ((Map<?, ?>) handler.execute(context.asTask("run-2", "task-1"))).get("message_id"));

    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void acceptsRecipientsAsOneCommaSeparatedText() throws Exception {
    var context =
        InMemoryTaskContext.of(
            artifacts, Map.of("to", "a@example.com, b@example.com", "subject", "s", "body", "b"));

    Map<?, ?> out = (Map<?, ?>) handler(Map.of()).execute(context);

    assertThat(out.get("recipients")).isEqualTo(List.of("a@example.com", "b@example.com"));
  }

  @Test
  void missingSettingsAreNamed() throws Exception {
    var unconfigured =
        new NotifyEmailHandler(
            SmtpSettings.from(new TypedSettings(new TaskSettings(Map.of()))),
            new Workspace(List.of(root)),
            Clock.systemUTC());
    var context =
        InMemoryTaskContext.of(
            artifacts, Map.of("to", List.of("a@example.com"), "subject", "s", "body", "b"));

    var failure = failure(() -> unconfigured.execute(context), "notify.not_configured", false);

    assertThat(failure.getMessage()).contains("altlas.smtp.host").contains("altlas.smtp.from");
  }

  @Test
  void refusesInvalidAddressesAndMissingAttachments() throws Exception {
    var handler = handler(Map.of());
    for (Object to :
        List.of(List.of("not an address"), List.of("a@b@c"), List.of("nodomain"), List.of())) {
      failure(
          () ->
              handler.execute(
                  InMemoryTaskContext.of(artifacts, Map.of("to", to, "subject", "s", "body", "b"))),
          "task.bad_param",
          false);
    }
    failure(
        () ->
            handler.execute(
                InMemoryTaskContext.of(
                    artifacts,
                    Map.of(
                        "to",
                        List.of("a@example.com"),
                        "subject",
                        "s",
                        "body",
                        "b",
                        "attachments",
                        List.of("gone.pdf")))),
        "notify.attachment_not_found",
        false);
    failure(
        () ->
            handler.execute(
                InMemoryTaskContext.of(
                    artifacts,
                    Map.of(
                        "to",
                        List.of("a@example.com"),
                        "subject",
                        "s",
                        "body",
                        "b",
                        "attachments",
                        List.of("../../etc/passwd")))),
        "fs.outside_workspace",
        false);
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void aWrongPasswordIsAFinalFailureAndAnAbsentServerARetryableOne() throws Exception {
    var context =
        InMemoryTaskContext.of(
            artifacts, Map.of("to", List.of("a@example.com"), "subject", "s", "body", "b"));

    failure(
        () -> handler(Map.of(SmtpSettings.PASSWORD, "wrong")).execute(context),
        "notify.auth_failed",
        false);
    failure(
        () -> handler(Map.of(SmtpSettings.PORT, "1", SmtpSettings.TIMEOUT, "2s")).execute(context),
        "notify.unavailable",
        true);
  }

  private static List<String> addresses(Address[] addresses) {
    return Arrays.stream(addresses)
        .map(a -> ((jakarta.mail.internet.InternetAddress) a).getAddress())
        .toList();
  }
}
