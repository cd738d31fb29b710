package org.humfig.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks, before any work, that the output folder can be written. */
final class Output {

  private Output() {}

  /**
   * Creates {@code dir} if needed and proves it writable with a probe file.
   *
   * @throws IOException with a one-line message naming the folder
   */
  static void prepare(Path dir) throws IOException {
    try {
      Files.createDirectories(dir);
    } catch (FileAlreadyExistsException e) {
      throw new IOException("cannot write to '" + dir + "': it is a file, not a folder");
    } catch (IOException e) {
      throw new IOException("cannot create the output folder '" + dir + "': " + reason(e));
    }
    try {
      Path probe = Files.createTempFile(dir, ".humfig-", ".probe");
      Files.delete(probe);
    } catch (IOException e) {
      throw new IOException("cannot write to '" + dir + "': " + reason(e));
    }
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file is in the way";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
