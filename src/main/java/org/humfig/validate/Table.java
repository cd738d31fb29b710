package org.humfig.validate;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * A table to validate, read one row at a time: a CSV file or a workbook sheet. Rows are pushed to a
 * {@link Visitor}, so any number of rows fits in bounded memory.
 */
public interface Table extends Closeable {

  /** Receives a table's rows in order. */
  interface Visitor {
    /** Takes the header row. */
    void header(int row, List<String> names);

    /** Takes a data row: its number as the user sees it and its cells as written. */
    void row(int row, List<String> cells);

    /** Takes a problem with the table's structure (an unbalanced quote). */
    void problem(Finding finding);
  }

  /**
   * Returns true when every row must be as wide as the header (a CSV file); a workbook row may end
   * early, its trailing cells being empty.
   */
  default boolean fixedWidth() {
    return true;
  }

  /** Returns the name the user knows the table by: the file, and the sheet of a workbook. */
  String name();

  /**
   * Reads the table into {@code visitor}.
   *
   * @throws Unreadable when the file cannot be read at all (not a CSV or workbook, invalid UTF-8)
   */
  void read(Visitor visitor) throws IOException, Unreadable;

  /** A file that cannot be read as a table; the message names the file and the reason. */
  final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    /** Returns an exception with a one-line message. */
    public Unreadable(String message) {
      super(message);
    }
  }
}
