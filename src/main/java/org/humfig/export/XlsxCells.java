package org.humfig.export;

import java.time.LocalDate;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.humfig.model.Columns;

/**
 * Writes typed cells: numbers and dates as numbers with a format, text as it is (a text cell is
 * never run as a formula, so it needs no guard), cut only past Excel's 32,767 characters, which
 * evidence never reaches. A null value leaves the cell out.
 */
final class XlsxCells {

  private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

  /** The most lines a row is made high enough for. */
  static final int MAX_LINES = 8;

  /** The height of a line of the default 11-point font, in points. */
  private static final float LINE_POINTS = 15f;

  private final WorkbookStyles styles;

  XlsxCells(WorkbookStyles styles) {
    this.styles = styles;
  }

  /** Returns the styles cells are written with. */
  WorkbookStyles styles() {
    return styles;
  }

  /** Writes {@code value}: a number, a date, or anything else as its CSV text. */
  void value(Row row, int col, Object value) {
    if (value instanceof Number n) {
      number(row, col, n.doubleValue());
    } else if (value instanceof LocalDate d) {
      date(row, col, d);
    } else if (value != null) {
      text(row, col, Columns.text(value));
    }
  }

  /** Writes a number with thousands separators; never neutralised. */
  void number(Row row, int col, double value) {
    Cell cell = row.createCell(col);
    cell.setCellValue(value);
    cell.setCellStyle(value == Math.rint(value) ? styles.integer() : styles.decimal());
  }

  /** Writes an ISO date, or nothing for null. */
  void date(Row row, int col, LocalDate value) {
    if (value != null) {
      Cell cell = row.createCell(col);
      cell.setCellValue(value);
      cell.setCellStyle(styles.date());
    }
  }

  /** Writes free text, or nothing for null. */
  void text(Row row, int col, String value) {
    styled(row, col, value, styles.text());
  }

  /**
   * Writes free text wrapped inside its column, {@code width} characters wide, and makes the row
   * high enough to show it (up to {@value #MAX_LINES} lines); nothing for null.
   */
  void wrapped(Row row, int col, String value, int width) {
    Cell cell = styled(row, col, value, styles.wrapped());
    if (cell != null) {
      // Neither Excel nor LibreOffice fits the height of a streamed row to wrapped text.
      float height = Math.min(MAX_LINES, lines(cell.getStringCellValue(), width)) * LINE_POINTS;
      if (height > row.getHeightInPoints()) {
        row.setHeightInPoints(height);
      }
    }
  }

  /**
   * Returns about how many lines {@code text} takes in a column {@code width} characters wide (a
   * column's width counts digits; text in a proportional font fits about a tenth more).
   */
  static int lines(String text, int width) {
    int perLine = Math.max(1, width + width / 10);
    int lines = 0;
    int start = 0;
    while (true) {
      int end = text.indexOf('\n', start);
      int length = (end < 0 ? text.length() : end) - start;
      lines += Math.max(1, (length + perLine - 1) / perLine);
      if (end < 0) {
        return lines;
      }
      start = end + 1;
    }
  }

  /** Writes free text with {@code style}, or nothing for null; returns the cell or null. */
  Cell styled(Row row, int col, String value, CellStyle style) {
    if (value == null) {
      return null;
    }
    Cell cell = row.createCell(col);
    cell.setCellValue(safe(value));
    cell.setCellStyle(style);
    return cell;
  }

  /** An escape of the workbook format ("_x0041_" reads back as "A"), to be escaped itself. */
  private static final java.util.regex.Pattern ESCAPE =
      java.util.regex.Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

  /**
   * Returns text as a cell holds it: unchanged, or cut with an ellipsis to Excel's limit. Text that
   * looks like the format's own character escape gets its underscore escaped ({@code _x005F_}), so
   * that it reads back as written.
   */
  static String safe(String value) {
    String s = value.indexOf("_x") < 0 ? value : ESCAPE.matcher(value).replaceAll("_x005F_$1");
    return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT - 1) + "…" : s;
  }
}
