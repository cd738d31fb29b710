package org.humfig.export;

import java.io.Closeable;
import java.io.IOException;
import org.humfig.model.Figure;

/**
 * Writes figures to one export file, one at a time. The file appears at its final path only when
 * {@link #commit()} succeeds; until then it is a temporary file beside it, deleted by {@link
 * #close()} if never committed, so a failed run never leaves a half-written or lost export.
 */
public interface FigureWriter extends Closeable {

  /** Appends one figure. */
  void write(Figure figure) throws IOException;

  /** Finishes the file and moves it into place, replacing any earlier export. */
  void commit() throws IOException;

  /** Deletes the temporary file if the export was not committed. */
  @Override
  void close() throws IOException;
}
