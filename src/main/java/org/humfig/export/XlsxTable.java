package org.humfig.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table streamed onto a sheet under a bold, frozen header with fixed column widths. When a sheet
 * is full the table continues on a new one, {@code Name (2)}, {@code Name (3)}...; when the table
 * is finished every sheet of it gets an autofilter over its rows.
 */
final class XlsxTable {

  /** One sheet of a table. */
  static final class Part {
    private final SXSSFSheet sheet;
    private final XlsxLinks links;
    private int rows;

    private Part(SXSSFSheet sheet, XlsxLinks links) {
      this.sheet = sheet;
      this.links = links;
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

  private final SXSSFWorkbook workbook;
  private final String name;
  private final List<String> headers;
  private final List<Integer> widths;
  private final XlsxCells cells;
  private final XlsxLimits limits;
  private final XlsxLinks.Budget links;
  private final List<Part> parts = new ArrayList<>();
  private Part part;

  /**
   * Starts the table {@code name} with {@code headers} and column {@code widths} in characters, its
   * links taken from {@code links}.
   */
  XlsxTable(
      SXSSFWorkbook workbook,
      String name,
      List<String> headers,
      List<Integer> widths,
      XlsxCells cells,
      XlsxLimits limits,
      XlsxLinks.Budget links) {
    this.workbook = workbook;
    this.name = name;
    this.headers = List.copyOf(headers);
    this.widths = List.copyOf(widths);
    this.cells = cells;
    this.limits = limits;
    this.links = links;
    newPart();
  }

  private void newPart() {
    String sheetName = parts.isEmpty() ? name : name + " (" + (parts.size() + 1) + ")";
    SXSSFSheet sheet = workbook.createSheet(sheetName);
    part = new Part(sheet, new XlsxLinks(workbook.getXSSFWorkbook().getSheet(sheetName), links));
    parts.add(part);
    Row header = sheet.createRow(part.rows++);
    for (int c = 0; c < headers.size(); c++) {
      cells.styled(header, c, headers.get(c), cells.styles().header());
      sheet.setColumnWidth(c, Math.min(255, widths.get(c)) * 256);
    }
    sheet.createFreezePane(0, 1);
  }

  /** Returns a new row at the end of the table, on a new sheet when the current one is full. */
  Row row() {
    if (part.rows >= limits.rows()) {
      newPart();
    }
    return part.sheet.createRow(part.rows++);
  }

  /** Returns the name of the sheet the last row is on. */
  String sheetName() {
    return part.sheet.getSheetName();
  }

  /**
   * Writes {@code address} into a cell of {@code row} as a link, or as plain text when it is not an
   * http(s) URL or the workbook has no links left.
   */
  void url(Row row, int col, String address) {
    if (address == null) {
      return;
    }
    boolean linked = part.links.add(row.getRowNum(), col, address);
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
      n += p.lastRow();
    }
    return n;
  }

  /** Sets an autofilter over the header and rows of each sheet. */
  void finish() {
    for (Part p : parts) {
      p.sheet.setAutoFilter(
          new CellRangeAddress(0, Math.max(p.lastRow(), 1), 0, headers.size() - 1));
    }
  }
}
