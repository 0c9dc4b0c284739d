package dev.altlas.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Reads the file a command was given, with errors a person can act on. */
final class Inputs {

  /** Larger inputs are refused rather than read into memory. */
  static final long MAX_BYTES = 16L * 1024 * 1024;

  /** The argument that means standard input. */
  static final String STDIN = "-";

  private Inputs() {}

  /**
   * A document's text.
   *
   * @param name how messages call it: the argument as given, or {@code <stdin>}
   * @param fileName the file name alone, which may say the document kind; empty for stdin
   */
  record Input(String name, String fileName, String text) {}

  /**
   * @throws CliFailure exit 2 when the file is missing or unreadable, exit 1 when it is not UTF-8
   */
  static Input read(String argument, InputStream stdin) {
    if (argument.equals(STDIN)) {
      try {
        byte[] bytes = stdin.readNBytes((int) MAX_BYTES + 1);
        return new Input("<stdin>", "", decode("<stdin>", bytes));
      } catch (IOException e) {
        throw CliFailure.usage("cannot read standard input: " + e.getMessage());
      }
    }
    Path path;
    try {
      path = Path.of(argument);
    } catch (InvalidPathException e) {
      throw CliFailure.usage("'" + argument + "' is not a file name: " + e.getReason());
    }
    if (!Files.exists(path)) {
      throw CliFailure.usage(argument + ": no such file");
    }
    if (Files.isDirectory(path)) {
      throw CliFailure.usage(argument + " is a directory; give a file");
    }
    try {
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        throw CliFailure.usage(
            argument + " is " + size + " bytes; files over " + MAX_BYTES + " bytes are refused");
      }
      Path fileName = path.getFileName();
      return new Input(
          argument,
          fileName == null ? "" : fileName.toString(),
          decode(argument, Files.readAllBytes(path)));
    } catch (AccessDeniedException e) {
      throw CliFailure.usage("cannot read " + argument + ": permission denied");
    } catch (IOException e) {
      throw CliFailure.usage("cannot read " + argument + ": " + e.getMessage());
    }
  }

  private static String decode(String name, byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw CliFailure.usage(name + " is over " + MAX_BYTES + " bytes; larger inputs are refused");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw CliFailure.failed(name + " is not UTF-8 text");
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
