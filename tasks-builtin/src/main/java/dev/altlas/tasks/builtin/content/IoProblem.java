package dev.altlas.tasks.builtin.content;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * An I/O failure as a person reads it in a task's error: what went wrong, without the absolute
 * paths and exception class names of the runtime (they would show where the data directory is and
 * mean nothing to the reader).
 */
public final class IoProblem {
  private IoProblem() {}

  public static String describe(IOException e) {
    return switch (e) {
      case NoSuchFileException x -> "no such file or directory";
      case AccessDeniedException x -> "permission denied";
      case FileAlreadyExistsException x -> "it already exists";
      case NotDirectoryException x -> "part of the path is a file, not a directory";
      case DirectoryNotEmptyException x -> "the directory is not empty";
      // The reason is the operating system's text ("No space left on device"); the message would
      // add the paths.
      case FileSystemException f when f.getReason() != null ->
          f.getReason().toLowerCase(Locale.ROOT);
      case FileSystemException f -> "the file system refused";
      default -> e.getMessage() == null ? "input/output error" : e.getMessage();
    };
  }
}
