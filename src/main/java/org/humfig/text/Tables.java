package org.humfig.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the tables of a document text: runs of lines split into the same number of cells by the
 * same separator (a bar, a tab, or two or more spaces), whose first line names the columns and
 * whose other lines hold at least one number outside their first cell.
 *
 * <pre>{@code
 * District | Deaths | Injured
 * ---------|--------|--------
 * Sindh    | 76     | 1,204
 * Punjab   | 12     | 40
 * }</pre>
 *
 * gives one table: a header of three cells and two rows. A markdown rule line is skipped; lines
 * that look like prose end the table. Finding tables reads each line once; no language is involved.
 */
public final class Tables {

  /** Separators a line of a table can use, tried in this order. */
  private enum Separator {
    BAR,
    TAB,
    SPACES
  }

  /** A line longer than this is prose, not a row. */
  private static final int MAX_LINE = 400;

  /** Cells beyond this are not a table a reader can follow. */
  private static final int MAX_CELLS = 24;

  private Tables() {}

  /** Returns the tables of {@code text}, in text order. */
  public static List<Table> find(String text) {
    List<Table> out = new ArrayList<>();
    if (text.indexOf('|') < 0 && text.indexOf('\t') < 0 && !text.contains("  ")) {
      return out; // no line of the text has a column separator
    }
    List<Table.Cell> header = null;
    Separator headerSeparator = null;
    List<Table.Row> rows = new ArrayList<>();
    int from = 0;
    while (from <= text.length()) {
      int nl = text.indexOf('\n', from);
      int end = nl < 0 ? text.length() : nl;
      int lineEnd = end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
      Separator sep = separator(text, from, lineEnd);
      List<Table.Cell> cells = sep == null ? null : cells(text, from, lineEnd, sep);
      boolean rule = sep == Separator.BAR && rule(text, from, lineEnd);
      if (rule && header != null && rows.isEmpty()) {
        // "---|---" under a markdown header
      } else if (cells != null
          && header != null
          && sep == headerSeparator
          && cells.size() == header.size()
          && hasNumber(text, cells)) {
        rows.add(new Table.Row(from, lineEnd, cells));
      } else {
        close(out, header, rows);
        rows = new ArrayList<>();
        header = cells != null && !hasNumber(text, cells) && named(cells) ? cells : null;
        headerSeparator = sep;
      }
      if (nl < 0) {
        break;
      }
      from = nl + 1;
    }
    close(out, header, rows);
    return out;
  }

  /**
   * Returns each figure cell of the tables of {@code text} as a sentence a rule can read: the
   * column's header, the cell, then the row's label ("Deaths 76 Sindh" for the cell under "Deaths"
   * in the row of Sindh), spanning the row's line, so that evidence is the row. A row whose first
   * cell is a number has no label: each of its cells is read under its header alone.
   */
  public static List<Sentence> readings(String text, Tokenizer tokenizer) {
    List<Sentence> out = new ArrayList<>();
    for (Table t : find(text)) {
      for (Table.Row row : t.rows()) {
        Table.Cell label = number(text, row.cells().get(0)) ? null : row.cells().get(0);
        for (int c = label == null ? 0 : 1; c < row.cells().size(); c++) {
          Table.Cell cell = row.cells().get(c);
          Table.Cell head = t.header().get(c);
          if (!number(text, cell) || head.empty()) {
            continue;
          }
          List<Token> tokens = new ArrayList<>(tokenizer.tokenize(text, head.start(), head.end()));
          tokens.addAll(tokenizer.tokenize(text, cell.start(), cell.end()));
          if (label != null) {
            tokens.addAll(tokenizer.tokenize(text, label.start(), label.end()));
          }
          out.add(new Sentence(-1, -1, row.start(), row.end(), tokens));
        }
      }
    }
    return out;
  }

  /** True when a cell starts with a digit. */
  private static boolean number(String text, Table.Cell cell) {
    return !cell.empty() && Character.isDigit(text.charAt(cell.start()));
  }

  private static void close(List<Table> out, List<Table.Cell> header, List<Table.Row> rows) {
    if (header != null && !rows.isEmpty()) {
      out.add(new Table(header, rows));
    }
  }

  /** The separator a line's cells are split by, or null for a line that is not a table row. */
  private static Separator separator(String text, int from, int to) {
    if (to - from > MAX_LINE || to - from < 3) {
      return null;
    }
    boolean tab = false;
    boolean spaces = false;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '|') {
        return Separator.BAR;
      }
      tab |= c == '\t';
      spaces |= c == ' ' && k + 1 < to && text.charAt(k + 1) == ' ';
    }
    return tab ? Separator.TAB : spaces ? Separator.SPACES : null;
  }

  /** The cells of a line, or null when it has fewer than two or too many. */
  private static List<Table.Cell> cells(String text, int from, int to, Separator sep) {
    List<Table.Cell> cells = new ArrayList<>();
    int start = from;
    int k = from;
    while (k <= to) {
      int width = k == to ? 1 : width(text, k, to, sep);
      if (width > 0) {
        cells.add(trim(text, start, k));
        k += width;
        start = k;
      } else {
        k++;
      }
    }
    if (sep == Separator.BAR) {
      // "| a | b |": the empty cells outside the outer bars are not columns
      if (!cells.isEmpty() && cells.get(0).empty()) {
        cells.remove(0);
      }
      if (!cells.isEmpty() && cells.get(cells.size() - 1).empty()) {
        cells.remove(cells.size() - 1);
      }
    } else if (!cells.isEmpty() && cells.get(0).empty()) {
      cells.remove(0); // leading indentation
    }
    return cells.size() < 2 || cells.size() > MAX_CELLS ? null : cells;
  }

  /** How many characters the separator at {@code k} takes, or 0 when none starts there. */
  private static int width(String text, int k, int to, Separator sep) {
    char c = text.charAt(k);
    return switch (sep) {
      case BAR -> c == '|' ? 1 : 0;
      case TAB -> c == '\t' ? 1 : 0;
      case SPACES -> {
        if (c != ' ' || k + 1 >= to || text.charAt(k + 1) != ' ') {
          yield 0;
        }
        int e = k;
        while (e < to && text.charAt(e) == ' ') {
          e++;
        }
        yield e - k;
      }
    };
  }

  private static Table.Cell trim(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Table.Cell(start, end);
  }

  /** True for a markdown rule line: bars, dashes, colons and spaces only. */
  private static boolean rule(String text, int from, int to) {
    boolean dash = false;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '-') {
        dash = true;
      } else if ("|: \t".indexOf(c) < 0) {
        return false;
      }
    }
    return dash;
  }

  /** True when any cell starts with a digit: a row of figures, not a header. */
  private static boolean hasNumber(String text, List<Table.Cell> cells) {
    for (Table.Cell cell : cells) {
      if (number(text, cell)) {
        return true;
      }
    }
    return false;
  }

  /** True when the header names at least one column after the first. */
  private static boolean named(List<Table.Cell> cells) {
    for (int c = 1; c < cells.size(); c++) {
      if (!cells.get(c).empty()) {
        return true;
      }
    }
    return false;
  }
}
