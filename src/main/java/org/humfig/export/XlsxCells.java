package org.humfig.export;

import java.time.LocalDate;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
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

  /**
   * Where cells go: a row of POI's (the small sheets) or a table row written as XML ({@link
   * XlsxRow}), so that both get the same cells from the same code.
   */
  interface Target {
    /** Writes text, made safe for a cell, with {@code style}. */
    void text(int col, String value, CellStyle style);

    /** Writes a number with {@code style}. */
    void number(int col, double value, CellStyle style);

    /** Returns the row's height in points. */
    float height();

    /** Sets the row's height in points. */
    void height(float points);
  }

  /** A row of POI's as a target. */
  private record Poi(Row row) implements Target {
    @Override
    public void text(int col, String value, CellStyle style) {
      Cell cell = row.createCell(col);
      cell.setCellValue(value);
      cell.setCellStyle(style);
    }

    @Override
    public void number(int col, double value, CellStyle style) {
      Cell cell = row.createCell(col);
      cell.setCellValue(value);
      cell.setCellStyle(style);
    }

    @Override
    public float height() {
      return row.getHeightInPoints();
    }

    @Override
    public void height(float points) {
      row.setHeightInPoints(points);
    }
  }

  /** Writes {@code value}: a number, a date, or anything else as its CSV text. */
  void value(Row row, int col, Object value) {
    value(new Poi(row), col, value);
  }

  /** Writes a number with thousands separators; never neutralised. */
  void number(Row row, int col, double value) {
    number(new Poi(row), col, value);
  }

  /** Writes an ISO date, or nothing for null. */
  void date(Row row, int col, LocalDate value) {
    date(new Poi(row), col, value);
  }

  /** Writes free text, or nothing for null. */
  void text(Row row, int col, String value) {
    text(new Poi(row), col, value);
  }

  /**
   * Writes free text wrapped inside its column, {@code width} characters wide, and makes the row
   * high enough to show it (up to {@value #MAX_LINES} lines); nothing for null.
   */
  void wrapped(Row row, int col, String value, int width) {
    wrapped(new Poi(row), col, value, width);
  }

  /** Writes free text with {@code style}, or nothing for null. */
  void styled(Row row, int col, String value, CellStyle style) {
    styled(new Poi(row), col, value, style);
  }

  /** Writes {@code value}: a number, a date, or anything else as its CSV text. */
  void value(Target row, int col, Object value) {
    if (value instanceof Number n) {
      number(row, col, n.doubleValue());
    } else if (value instanceof LocalDate d) {
      date(row, col, d);
    } else if (value != null) {
      text(row, col, Columns.text(value));
    }
  }

  /** Writes a number with thousands separators; never neutralised. */
  void number(Target row, int col, double value) {
    row.number(col, value, value == Math.rint(value) ? styles.integer() : styles.decimal());
  }

  /** Writes an ISO date (a day number of the 1900 date system, as the workbook's), or nothing. */
  void date(Target row, int col, LocalDate value) {
    if (value != null) {
      row.number(col, DateUtil.getExcelDate(value.atStartOfDay(), false), styles.date());
    }
  }

  /** Writes free text, or nothing for null. */
  void text(Target row, int col, String value) {
    styled(row, col, value, styles.text());
  }

  /**
   * Writes free text wrapped inside its column, {@code width} characters wide, and makes the row
   * high enough to show it (up to {@value #MAX_LINES} lines); nothing for null.
   */
  void wrapped(Target row, int col, String value, int width) {
    String text = styled(row, col, value, styles.wrapped());
    if (text != null) {
      // Neither Excel nor LibreOffice fits the height of a streamed row to wrapped text.
      float height = Math.min(MAX_LINES, lines(text, width)) * LINE_POINTS;
      if (height > row.height()) {
        row.height(height);
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

  /** Writes text with {@code style}; returns the text written, or null for none. */
  String styled(Target row, int col, String value, CellStyle style) {
    if (value == null) {
      return null;
    }
    String text = safe(value);
    row.text(col, text, style);
    return text;
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
