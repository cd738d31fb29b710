package org.humfig.export;

import java.time.LocalDate;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.humfig.model.Columns;

/**
 * Writes typed cells: numbers and dates as numbers with a format, text neutralised against formula
 * injection and cut to Excel's 32,767 characters. A null value leaves the cell out.
 */
final class XlsxCells {

  private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

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

  /** Writes free text wrapped inside the column, or nothing for null. */
  void wrapped(Row row, int col, String value) {
    styled(row, col, value, styles.wrapped());
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

  /**
   * Returns text as a cell shows it safely: neutralised ({@link Cells#neutralize}), with line
   * breaks as {@code \n} (as in {@code figures.csv}) and cut with an ellipsis to Excel's limit.
   */
  static String safe(String value) {
    String s = Cells.neutralize(value).replace("\r\n", "\n").replace('\r', '\n');
    return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT - 1) + "…" : s;
  }
}
