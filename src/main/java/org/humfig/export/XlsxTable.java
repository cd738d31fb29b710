package org.humfig.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * A table streamed onto a sheet under a bold, frozen header with fixed column widths, set up to
 * print landscape, one page wide, the header on every page. When a sheet is full the table
 * continues on a new one, {@code Name (2)}, {@code Name (3)}...; when the table is finished every
 * sheet of it becomes an Excel table ({@code Name}, {@code Name_2}...), which Power Query, pivot
 * tables and structured references find by name and which grows with the rows an analyst adds.
 *
 * <p>With a row of HXL hashtags under the header, the sheet gets an autofilter on the hashtag row
 * instead: an Excel table cannot hold a row between its header and its data, and sorting one would
 * move the hashtags among the figures.
 */
final class XlsxTable {

  /** The look of the Excel tables: Excel's default, banded rows. */
  static final String STYLE = "TableStyleMedium2";

  /** One sheet of a table. */
  static final class Part {
    private final SXSSFSheet sheet;
    private final XlsxLinks links;
    private final XlsxSpill spill;
    private int rows;

    private Part(SXSSFSheet sheet, XlsxLinks links, XlsxSpill spill) {
      this.sheet = sheet;
      this.links = links;
      this.spill = spill;
    }

    /** Returns the sheet. */
    SXSSFSheet sheet() {
      return sheet;
    }

    /** Returns the index of the last row written, 0 (the header) when there is none. */
    int lastRow() {
      return rows - 1;
    }
  }

  private final XlsxBook workbook;
  private final String name;
  private final List<String> headers;
  private final List<String> tags;
  private final List<Integer> widths;
  private final XlsxCells cells;
  private final XlsxLimits limits;
  private final XlsxLinks.Budget links;
  private final List<Part> parts = new ArrayList<>();
  private Part part;

  /** The row being written, written out when the next starts or the table is finished. */
  private XlsxRow row;

  private boolean pending;

  /**
   * Starts the table {@code name} with {@code headers} and column {@code widths} in characters, its
   * links taken from {@code links}.
   */
  XlsxTable(
      XlsxBook workbook,
      String name,
      List<String> headers,
      List<Integer> widths,
      XlsxCells cells,
      XlsxLimits limits,
      XlsxLinks.Budget links) {
    this(workbook, name, headers, List.of(), widths, cells, limits, links);
  }

  /**
   * Starts the table {@code name} with {@code headers}, then a row of HXL hashtags {@code tags}
   * unless it is empty, and column {@code widths} in characters, its links taken from {@code
   * links}.
   */
  XlsxTable(
      XlsxBook workbook,
      String name,
      List<String> headers,
      List<String> tags,
      List<Integer> widths,
      XlsxCells cells,
      XlsxLimits limits,
      XlsxLinks.Budget links) {
    this.workbook = workbook;
    this.name = name;
    this.headers = List.copyOf(headers);
    this.tags = List.copyOf(tags);
    this.widths = List.copyOf(widths);
    this.cells = cells;
    this.limits = limits;
    this.links = links;
    newPart();
  }

  private void newPart() {
    String sheetName = parts.isEmpty() ? name : name + " (" + (parts.size() + 1) + ")";
    SXSSFSheet sheet = workbook.createSheet(sheetName);
    part = new Part(sheet, workbook.links(sheet, links), workbook.spill(sheet));
    parts.add(part);
    Row header = sheet.createRow(part.rows++);
    for (int c = 0; c < headers.size(); c++) {
      cells.styled(header, c, headers.get(c), cells.styles().header());
      sheet.setColumnWidth(c, Math.min(255, widths.get(c)) * 256);
    }
    if (!tags.isEmpty()) {
      Row hashtags = sheet.createRow(part.rows++);
      for (int c = 0; c < tags.size(); c++) {
        cells.styled(hashtags, c, tags.get(c), cells.styles().text());
      }
    }
    sheet.createFreezePane(0, headerRows());
    XlsxPrint.setup(sheet, headerRows());
    try {
      sheet.flushRows(0); // the header goes first; the rows follow as XML (XlsxRow)
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    row = new XlsxRow(sheet.getDefaultRowHeightInPoints());
  }

  /** Returns the number of rows above the data: the header, and the hashtags if any. */
  int headerRows() {
    return tags.isEmpty() ? 1 : 2;
  }

  /**
   * Returns a new row at the end of the table, on a new sheet when the current one is full. The row
   * before it is written out: a row's cells must be written before the next row is asked for.
   */
  XlsxRow row() {
    end();
    if (part.rows >= limits.rows()) {
      newPart();
    }
    row.start(part.rows++);
    pending = true;
    return row;
  }

  /** Writes out the row being written, if any. */
  private void end() {
    if (pending) {
      pending = false;
      try {
        part.spill.write(row);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Returns the name of the sheet the last row is on. */
  String sheetName() {
    return part.sheet.getSheetName();
  }

  /**
   * Writes {@code address} into a cell of {@code row} as a link, or as plain text when it is not an
   * http(s) URL or the workbook has no links left.
   */
  void url(XlsxRow row, int col, String address) {
    if (address == null) {
      return;
    }
    boolean linked = part.links.add(row.index(), col, address);
    cells.styled(row, col, address, linked ? cells.styles().link() : cells.styles().text());
  }

  /** Returns the sheets of the table, in order. */
  List<Part> parts() {
    return List.copyOf(parts);
  }

  /** Returns the number of rows written, headers left out. */
  long size() {
    long n = 0;
    for (Part p : parts) {
      n += p.rows - headerRows();
    }
    return n;
  }

  /**
   * Makes each sheet an Excel table over its header and rows, or, under a hashtag row, sets an
   * autofilter on it.
   */
  void finish() {
    end();
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      p.links.finish();
      int last = Math.max(p.lastRow(), headerRows());
      if (tags.isEmpty()) {
        excelTable(p.sheet, i == 0 ? name : name + "_" + (i + 1), last);
      } else {
        p.sheet.setAutoFilter(new CellRangeAddress(1, last, 0, headers.size() - 1));
      }
    }
  }

  /**
   * Declares rows 0 to {@code last} of {@code sheet} an Excel table named {@code id}. The table
   * part lives in the workbook's in-memory sheet, which the streamed rows are merged into when the
   * file is written; its column names are the header cells, as Excel requires.
   */
  private void excelTable(SXSSFSheet sheet, String id, int last) {
    AreaReference area =
        new AreaReference(
            new CellReference(0, 0),
            new CellReference(last, headers.size() - 1),
            SpreadsheetVersion.EXCEL2007);
    XSSFTable table = workbook.getXSSFWorkbook().getSheet(sheet.getSheetName()).createTable(area);
    table.setName(id);
    table.setDisplayName(id);
    CTTable ct = table.getCTTable();
    for (int c = 0; c < headers.size(); c++) {
      ct.getTableColumns().getTableColumnArray(c).setName(headers.get(c));
    }
    ct.addNewAutoFilter().setRef(area.formatAsString());
    CTTableStyleInfo style =
        ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
    style.setName(STYLE);
    style.setShowRowStripes(true);
    style.setShowColumnStripes(false);
    style.setShowFirstColumn(false);
    style.setShowLastColumn(false);
  }
}
