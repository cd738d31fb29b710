package org.humfig.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * A temporary file an export is written to, moved to its final path when complete. It lies in the
 * run's temporary folder inside the output folder (or beside the final path), so the move is
 * atomic, and it is created by whoever writes it with the mode the umask gives.
 */
public final class Staging {

  private final Path target;
  private final Path temp;
  private boolean committed;
  private HashedOutput output;

  /** Returns a staging for {@code target} beside it. */
  Staging(Path target) {
    this(
        target,
        target.toAbsolutePath().getParent(),
        "." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
  }

  /** Returns a staging for {@code target} in the run's temporary folder {@code folder}. */
  public Staging(Path target, Path folder) {
    this(target, folder, target.getFileName().toString());
  }

  private Staging(Path target, Path folder, String name) {
    this.target = target;
    this.temp = folder.resolve(name);
  }

  /**
   * Opens the temporary file for writing; the SHA-256 of what is written through the stream is
   * worked out as it is written ({@link #sha256()}).
   */
  public OutputStream open() throws IOException {
    HashedOutput out = new HashedOutput(Files.newOutputStream(temp));
    output = out;
    return out;
  }

  /**
   * Returns the SHA-256, in lower-case hex, of what was written through {@link #open()}, once that
   * stream is closed; null when the file was written some other way.
   */
  public String sha256() throws IOException {
    return output == null ? null : output.sha256();
  }

  /** Returns the temporary file to write. */
  public Path temp() {
    return temp;
  }

  /** Returns the final path. */
  public Path target() {
    return target;
  }

  /** Moves the temporary file to the final path, replacing what was there. */
  public void commit() throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
  }

  /** Deletes the temporary file unless it was committed. */
  public void discard() throws IOException {
    if (!committed) {
      Files.deleteIfExists(temp);
    }
  }
}
