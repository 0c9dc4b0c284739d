package dev.altlas.tasks.builtin.notify;

import dev.altlas.task.Params;
import dev.altlas.task.TaskFailure;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Recipient lists, each address checked strictly (RFC 822 syntax, a domain required). */
final class MailAddresses {
  private MailAddresses() {}

  /**
   * The addresses a parameter lists; a single text may also hold several, separated by commas (as a
   * run input typed by a person would). Absent is empty.
   */
  static List<InternetAddress> read(Params params, String param) throws TaskFailure {
    List<?> given =
        switch (params.get(param).orElse(null)) {
          case null -> List.of();
          case String text -> Arrays.asList(text.split(","));
          case List<?> list -> list;
          default -> throw TaskFailure.badParam(param, "must list e-mail addresses");
        };
    var addresses = new ArrayList<InternetAddress>();
    for (Object entry : given) {
      if (!(entry instanceof String text) || text.isBlank()) {
        throw TaskFailure.badParam(param, "must list e-mail addresses, not " + entry);
      }
      addresses.add(parse(param, text.trim()));
    }
    return addresses;
  }

  static InternetAddress parse(String param, String text) throws TaskFailure {
    try {
      var address = new InternetAddress(text, true);
      address.validate();
      if (!address.getAddress().contains("@")) {
        throw new AddressException("no domain", text);
      }
      return address;
    } catch (AddressException e) {
      throw TaskFailure.badParam(param, "holds '" + text + "', which is not an e-mail address");
    }
  }
}
