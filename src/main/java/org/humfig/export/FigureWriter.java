package org.humfig.export;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.humfig.Outcome;
import org.humfig.reconcile.Fact;

/**
 * Writes the outcomes of a run to one export file, one document at a time, in input order. The file
 * appears at its final path only when {@link #commit()} succeeds; until then it is a temporary file
 * beside it, deleted by {@link #close()} if never committed, so a failed run never leaves a
 * half-written or lost export.
 */
public interface FigureWriter extends Closeable {

  /**
   * Appends the figures of one outcome (a document and its validated figures, or a skipped input,
   * which has none).
   */
  void write(Outcome outcome) throws IOException;

  /**
   * Writes one consolidated fact; facts come after every outcome, in their stable order. A writer
   * with no table of facts ignores them.
   */
  default void write(Fact fact) throws IOException {}

  /** Finishes the file and moves it into place, replacing any earlier export. */
  void commit() throws IOException;

  /**
   * Returns the SHA-256, in lower-case hex, of each file {@link #commit()} moved into place, by its
   * final path, as worked out while it was written; empty for a file whose hash was not.
   */
  default Map<Path, String> hashes() throws IOException {
    return Map.of();
  }

  /** Deletes the temporary file if the export was not committed. */
  @Override
  void close() throws IOException;
}
