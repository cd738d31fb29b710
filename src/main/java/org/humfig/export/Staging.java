package org.humfig.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A temporary file beside an export's final path, moved into place when complete. */
final class Staging {

  private final Path target;
  private final Path temp;
  private boolean committed;

  Staging(Path target) throws IOException {
    this.target = target;
    Path dir = target.toAbsolutePath().getParent();
    this.temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
  }

  Path temp() {
    return temp;
  }

  Path target() {
    return target;
  }

  void commit() throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
  }

  void discard() throws IOException {
    if (!committed) {
      Files.deleteIfExists(temp);
    }
  }
}
