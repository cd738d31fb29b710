package org.humfig.export;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellReference;

/**
 * A row of a streamed table, put together as the sheet's XML as its cells are written, the XML
 * POI's streaming writer gives for the same cells ({@link XlsxSpill}), byte for byte. A table row
 * costs no cell objects, no map of its cells and no second pass over them: the tables of a large
 * run write millions of cells.
 *
 * <p>Cells are written left to right, each column once; text is written as an inline string, a
 * number as a number, each with its style. The row is made higher when a wrapped cell needs it. One
 * object serves every row of a table, {@link #start(int) started} again for each.
 */
final class XlsxRow implements XlsxCells.Target {

  /** Column letters of the first columns, the only ones tables use. */
  private static final String[] COLUMNS = new String[64];

  static {
    for (int c = 0; c < COLUMNS.length; c++) {
      COLUMNS[c] = CellReference.convertNumToColString(c);
    }
  }

  private final float defaultHeight;
  private final StringBuilder cells = new StringBuilder(1024);
  private final StringBuilder xml = new StringBuilder(1024);
  private int index;
  private String number;
  private int firstColumn;
  private int lastColumn;

  /** Height in twentieths of a point, as a row keeps it; -1 for the default height. */
  private short twips;

  /** Returns a row of a sheet whose rows are {@code defaultHeight} points high by default. */
  XlsxRow(float defaultHeight) {
    this.defaultHeight = defaultHeight;
  }

  /** Starts row {@code index} (from 0), with no cells. */
  void start(int index) {
    this.index = index;
    this.number = Integer.toString(index + 1);
    this.firstColumn = -1;
    this.lastColumn = -1;
    this.twips = -1;
    cells.setLength(0);
  }

  /** Returns the row's index, from 0. */
  int index() {
    return index;
  }

  /** Writes text {@code value}, which the caller has made safe for a cell, with {@code style}. */
  @Override
  public void text(int col, String value, CellStyle style) {
    open(col, style);
    cells.append(
        XlsxSpill.spaced(value)
            ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">"
            : " t=\"inlineStr\"><is><t>");
    XlsxSpill.escape(value, cells);
    cells.append("</t></is></c>");
  }

  /** Writes number {@code value} with {@code style}. */
  @Override
  public void number(int col, double value, CellStyle style) {
    open(col, style);
    cells.append(" t=\"n\"><v>").append(value).append("</v></c>");
  }

  private void open(int col, CellStyle style) {
    if (col <= lastColumn) {
      throw new IllegalStateException(
          "cell " + COLUMNS[col] + number + " written after column " + COLUMNS[lastColumn]);
    }
    if (firstColumn < 0) {
      firstColumn = col;
    }
    lastColumn = col;
    cells.append("<c r=\"").append(COLUMNS[col]).append(number).append('"');
    int s = style.getIndex() & 0xffff;
    if (s != 0) {
      cells.append(" s=\"").append(s).append('"');
    }
  }

  /** Returns the index of the row's first cell, -1 when it has none. */
  int firstColumn() {
    return firstColumn;
  }

  /** Returns the index of the row's last cell, -1 when it has none. */
  int lastColumn() {
    return lastColumn;
  }

  /** Returns the row's height in points. */
  @Override
  public float height() {
    return twips < 0 ? defaultHeight : twips / 20f;
  }

  /** Sets the row's height in points. */
  @Override
  public void height(float points) {
    this.twips = (short) (points * 20);
  }

  /** Returns the row's XML, from its start tag to its end tag and line end. */
  StringBuilder xml() {
    xml.setLength(0);
    xml.append("<row r=\"").append(number).append('"');
    if (twips >= 0) {
      xml.append(" customHeight=\"1\" ht=\"").append(Float.toString(twips / 20f)).append('"');
    }
    xml.append(">\n").append(cells).append("</row>\n");
    return xml;
  }
}
