package org.humfig.export;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * The rows of one streamed sheet, written as XML to a compressed temporary file in a given folder:
 * the same XML as POI's own writer, byte for byte, written faster.
 *
 * <p>POI writes text one character at a time into a synchronised writer and builds a cell reference
 * object for every cell; this writes each run of characters that need no escape at once, and keeps
 * the column letters and the row's number as text. Text and number cells are written here; any
 * other kind of cell is left to POI. The temporary file is the rows already compressed as the
 * workbook's zip entry holds them ({@link DeflatedPart}): writing the workbook copies it between
 * the start and the end of the sheet's XML instead of inflating and compressing it again.
 */
final class XlsxSpill extends SheetDataWriter {

  /** Where the next spill goes: the constructor of the superclass creates the file. */
  private static final ThreadLocal<Path> FOLDER = new ThreadLocal<>();

  private final List<String> columns = new ArrayList<>();
  private final String[] styles = new String[1 << 16];
  private final StringBuilder cell = new StringBuilder(256);
  private char[] chars = new char[256];
  private String row;

  /**
   * The compressed rows. Set while the superclass's constructor opens the file, so it has no
   * initialiser, which would run after that and clear it.
   */
  private DeflatedPart part;

  private int tableRows;
  private int firstTableRow;
  private int lastTableRow = -1;
  private int firstColumn = Integer.MAX_VALUE;
  private int lastColumn = -1;

  /** Opens a spill in {@code folder}. */
  XlsxSpill(Path folder) throws IOException {
    super(set(folder));
    FOLDER.remove();
  }

  private static org.apache.poi.xssf.model.SharedStringsTable set(Path folder) {
    FOLDER.set(folder);
    return null;
  }

  @Override
  public File createTempFile() throws IOException {
    return Files.createTempFile(FOLDER.get(), "sheet-", ".xml.gz").toFile();
  }

  @Override
  protected OutputStream decorateOutputStream(FileOutputStream fos) {
    part = new DeflatedPart(fos);
    return part;
  }

  /** Reads the rows back alone, the compressed part ended as a stream of its own. */
  @Override
  protected InputStream decorateInputStream(FileInputStream fis) {
    // The inflater of raw deflate data wants one byte more than the data (see Inflater).
    byte[] end = java.util.Arrays.copyOf(DeflatedPart.END, DeflatedPart.END.length + 1);
    return new InflaterInputStream(
        new SequenceInputStream(fis, new ByteArrayInputStream(end)), new Inflater(true), 1 << 16) {
      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          inf.end();
        }
      }
    };
  }

  /** Returns the file of compressed rows; complete once the spill is closed. */
  Path file() {
    return getTempFile().toPath();
  }

  /** Returns the CRC-32 of the rows' XML, once the spill is closed. */
  long crc() {
    return part.crc();
  }

  /** Returns the length of the rows' XML in bytes, once the spill is closed. */
  long size() {
    return part.size();
  }

  /**
   * Writes a table row put together as XML, after the rows written before it: the rows of a table
   * come here once its header is flushed, without POI's row and cell objects.
   */
  void write(XlsxRow row) throws IOException {
    StringBuilder xml = row.xml();
    int n = xml.length();
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
    }
    xml.getChars(0, n, chars, 0);
    _out.write(chars, 0, n);
    if (tableRows == 0) {
      firstTableRow = row.index();
    }
    tableRows++;
    lastTableRow = row.index();
    if (row.lastColumn() >= 0) {
      firstColumn = Math.min(firstColumn, row.firstColumn());
      lastColumn = Math.max(lastColumn, row.lastColumn());
    }
  }

  /**
   * Returns the cells the sheet's rows cover, the header's and the table's, when the table wrote
   * rows here; else null, and POI's own reckoning stands. POI counts the rows it still holds, and a
   * table's rows never pass through its hands.
   */
  org.apache.poi.ss.util.CellRangeAddress dimension() {
    if (tableRows == 0 || lastColumn < 0) {
      return null;
    }
    return new org.apache.poi.ss.util.CellRangeAddress(
        getLowestIndexOfFlushedRows(), getLastFlushedRow(), firstColumn, lastColumn);
  }

  // POI works out the sheet's dimension from the rows it flushed: these count the table's rows too.

  @Override
  public int getNumberOfFlushedRows() {
    return super.getNumberOfFlushedRows() + tableRows;
  }

  @Override
  public int getLowestIndexOfFlushedRows() {
    return super.getNumberOfFlushedRows() > 0 ? super.getLowestIndexOfFlushedRows() : firstTableRow;
  }

  @Override
  public int getLastFlushedRow() {
    return Math.max(super.getLastFlushedRow(), lastTableRow);
  }

  @Override
  public void writeRow(int rownum, SXSSFRow row) throws IOException {
    this.row = Integer.toString(rownum + 1);
    super.writeRow(rownum, row);
  }

  @Override
  public void writeCell(int columnIndex, Cell c) throws IOException {
    if (c == null) {
      return;
    }
    firstColumn = Math.min(firstColumn, columnIndex);
    lastColumn = Math.max(lastColumn, columnIndex);
    CellType type = c.getCellType();
    if (type != CellType.STRING && type != CellType.NUMERIC) {
      super.writeCell(columnIndex, c);
      return;
    }
    // The cell is put together here and handed to the writer at once: a writer call takes a lock.
    cell.setLength(0);
    cell.append("<c r=\"").append(column(columnIndex)).append(row).append('"');
    int style = c.getCellStyle().getIndex() & 0xffff;
    if (style != 0) {
      cell.append(style(style));
    }
    if (type == CellType.STRING) {
      String text = c.getStringCellValue();
      cell.append(
          spaced(text)
              ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">"
              : " t=\"inlineStr\"><is><t>");
      escape(text, cell);
      cell.append("</t></is></c>");
    } else {
      cell.append(" t=\"n\"><v>").append(c.getNumericCellValue()).append("</v></c>");
    }
    int n = cell.length();
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
    }
    cell.getChars(0, n, chars, 0);
    _out.write(chars, 0, n);
  }

  /** Returns true when {@code s} starts or ends with white space, which XML keeps only if told. */
  static boolean spaced(String s) {
    return !s.isEmpty()
        && (Character.isWhitespace(s.charAt(0))
            || Character.isWhitespace(s.charAt(s.length() - 1)));
  }

  private String column(int index) {
    while (columns.size() <= index) {
      columns.add(CellReference.convertNumToColString(columns.size()));
    }
    return columns.get(index);
  }

  private String style(int index) {
    String s = styles[index];
    if (s == null) {
      s = " s=\"" + index + "\"";
      styles[index] = s;
    }
    return s;
  }

  /**
   * Writes {@code s} escaped as POI escapes it: markup characters and line ends as entities, other
   * control characters and the two non-characters U+FFFE and U+FFFF as '?'.
   */
  @Override
  protected void outputEscapedString(String s) throws IOException {
    if (s == null) {
      return;
    }
    int run = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      String entity = entity(c);
      if (entity != null) {
        if (i > run) {
          _out.write(s, run, i - run);
        }
        _out.write(entity);
        run = i + 1;
      }
    }
    if (n > run) {
      _out.write(s, run, n - run);
    }
  }

  /** Appends {@code s} to {@code out} escaped as {@link #outputEscapedString} writes it. */
  static void escape(String s, StringBuilder out) {
    int run = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      String entity = entity(s.charAt(i));
      if (entity != null) {
        out.append(s, run, i).append(entity);
        run = i + 1;
      }
    }
    out.append(s, run, n);
  }

  /** Returns what {@code c} is written as, or null when it is written as it is. */
  private static String entity(char c) {
    if (c >= ' ' && c <= '>') {
      return switch (c) {
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '&' -> "&amp;";
        case '"' -> "&quot;";
        default -> null;
      };
    }
    if (c < ' ') {
      return switch (c) {
        case '\n' -> "&#xa;";
        case '\r' -> "&#xd;";
        case '\t' -> "&#x9;";
        default -> "?";
      };
    }
    if (c == '\u00A0') {
      return "&#xa0;";
    }
    return c >= '\uFFFE' ? "?" : null;
  }
}
