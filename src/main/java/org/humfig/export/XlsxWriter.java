package org.humfig.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.humfig.Outcome;
import org.humfig.Validated;
import org.humfig.model.Columns;
import org.humfig.model.Figure;
import org.humfig.schema.Field;
import org.humfig.schema.TableSchema;

/**
 * Writes {@code figures.xlsx}: a {@code Figures} sheet with the schema's columns, numbers and dates
 * as typed cells, a frozen and filterable header and readable column widths.
 *
 * <p>Rows stream to disk ({@link SXSSFWorkbook}, a window of rows in memory), so any number of
 * figures fits in bounded memory. Past Excel's 1,048,576 rows a sheet continues on {@code Figures
 * (2)}. Every cell style is created once.
 */
public final class XlsxWriter implements FigureWriter {

  static final String SHEET = "Figures";
  private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
  private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

  private final List<Field> fields;
  private final Staging staging;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
  private final CellStyle header;
  private final CellStyle date;
  private final CellStyle integer;
  private final CellStyle decimal;
  private final CellStyle text;
  private final List<SXSSFSheet> sheets = new ArrayList<>();
  private SXSSFSheet sheet;
  private int row;

  /** Opens a workbook export to {@code target} with the columns of {@code schema}. */
  public XlsxWriter(Path target, TableSchema schema, Run run) throws IOException {
    this.fields = schema.fields();
    this.staging = new Staging(target);
    workbook.setCompressTempFiles(true);
    Font bold = workbook.createFont();
    bold.setBold(true);
    header = workbook.createCellStyle();
    header.setFont(bold);
    var format = workbook.createDataFormat();
    date = workbook.createCellStyle();
    date.setDataFormat(format.getFormat("yyyy-mm-dd"));
    integer = workbook.createCellStyle();
    integer.setDataFormat(format.getFormat("#,##0"));
    decimal = workbook.createCellStyle();
    decimal.setDataFormat(format.getFormat("#,##0.##"));
    text = workbook.createCellStyle();
    newSheet();
  }

  private void newSheet() {
    String name = sheets.isEmpty() ? SHEET : SHEET + " (" + (sheets.size() + 1) + ")";
    sheet = workbook.createSheet(name);
    sheets.add(sheet);
    Row r = sheet.createRow(0);
    for (int c = 0; c < fields.size(); c++) {
      Cell cell = r.createCell(c);
      cell.setCellValue(fields.get(c).name());
      cell.setCellStyle(header);
      sheet.setColumnWidth(c, width(fields.get(c)) * 256);
    }
    sheet.createFreezePane(0, 1);
    row = 1;
  }

  private static int width(Field f) {
    return switch (f.name()) {
      case "evidence" -> 80;
      case "source_url" -> 40;
      case "population", "location", "attributed_to", "actor", "source_name" -> 24;
      case "figure_id", "document_id", "issues" -> 22;
      default -> f.type().equals("date") ? 12 : Math.max(10, Math.min(18, f.name().length() + 2));
    };
  }

  @Override
  public void write(Outcome outcome) throws IOException {
    for (Validated v : outcome.figures()) {
      write(v.figure());
    }
  }

  /** Appends one figure. */
  public void write(Figure figure) throws IOException {
    if (row >= MAX_ROWS) {
      finishSheet();
      newSheet();
    }
    Row r = sheet.createRow(row++);
    for (int c = 0; c < fields.size(); c++) {
      Field field = fields.get(c);
      Object value = Columns.value(figure, field.name());
      if (value == null) {
        continue;
      }
      Cell cell = r.createCell(c);
      if (value instanceof Number n) {
        double d = n.doubleValue();
        cell.setCellValue(d);
        cell.setCellStyle(d == Math.rint(d) ? integer : decimal);
      } else if (value instanceof LocalDate d) {
        cell.setCellValue(d);
        cell.setCellStyle(date);
      } else {
        String s = Cells.neutralize(Columns.text(value));
        cell.setCellValue(s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT - 1) + "…" : s);
        cell.setCellStyle(text);
      }
    }
  }

  private void finishSheet() {
    int last = Math.max(row - 1, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, last, 0, fields.size() - 1));
  }

  @Override
  public void commit() throws IOException {
    finishSheet();
    try (OutputStream out = Files.newOutputStream(staging.temp())) {
      workbook.write(out);
    }
    workbook.close();
    staging.commit();
  }

  @Override
  public void close() throws IOException {
    try {
      workbook.close();
    } finally {
      staging.discard();
    }
  }

  /** Returns the data sheets written so far. */
  List<? extends Sheet> sheets() {
    return sheets;
  }
}
