package org.humfig.bench;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.humfig.Outcome;
import org.humfig.Validated;
import org.humfig.document.Document;
import org.humfig.export.XlsxSources;
import org.humfig.export.XlsxValidation;
import org.humfig.model.Columns;
import org.humfig.model.Figure;
import org.humfig.model.Status;
import org.humfig.schema.Field;
import org.humfig.schema.TableSchema;
import org.humfig.validate.Violation;

/**
 * The yardsticks of the export bench: the rows of {@code figures.csv} written with OpenCSV alone,
 * and the cells of the workbook's Figures, Validation and Sources sheets written with SXSSF alone,
 * with no more code than each library needs and the settings humfig writes with (OpenCSV: RFC 4180
 * line ends, quotes only where needed, a 64 KB buffer; SXSSF: a window of 200 rows, compressed
 * temporary files, one style per kind of cell). The CSV has the same bytes as humfig's; the sheets
 * have the same cells, each with the same value, type and style. What humfig adds besides cells
 * (links, tables, dropdowns, the other sheets) is not written here, so it counts against humfig.
 */
public final class BareExports {

  private static final int WINDOW = 200;

  private BareExports() {}

  /** Writes the figures of {@code outcomes} to {@code file} as humfig's plain CSV has them. */
  public static void csv(Path file, TableSchema schema, Iterable<Outcome> outcomes)
      throws IOException {
    List<Field> fields = schema.fields();
    List<Function<Figure, Object>> getters = getters(fields);
    String[] row = new String[fields.size()];
    try (Writer w =
            new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 16);
        ICSVWriter csv = new CSVWriterBuilder(w).withLineEnd(ICSVWriter.RFC4180_LINE_END).build()) {
      csv.writeNext(schema.names().toArray(String[]::new), false);
      for (Outcome o : outcomes) {
        for (Validated v : o.figures()) {
          for (int c = 0; c < row.length; c++) {
            row[c] = Columns.text(getters.get(c).apply(v.figure()));
          }
          csv.writeNext(row, false);
        }
      }
    }
  }

  /**
   * Writes the cells humfig's workbook has on its Figures, Validation and Sources sheets for {@code
   * outcomes} to {@code file}.
   */
  public static void xlsx(Path file, TableSchema schema, Iterable<Outcome> outcomes)
      throws IOException {
    List<Field> fields = schema.fields();
    List<Function<Figure, Object>> getters = getters(fields);
    int url = schema.names().indexOf("source_url");
    boolean[] wrapped = new boolean[fields.size()];
    for (int c = 0; c < wrapped.length; c++) {
      wrapped[c] = fields.get(c).name().equals("evidence") || fields.get(c).name().equals("notes");
    }
    SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
    try {
      wb.setCompressTempFiles(true);
      Styles s = new Styles(wb);
      Sheet figures = header(wb, "Figures", schema.names(), s);
      Sheet sources = header(wb, "Sources", XlsxSources.HEADERS, s);
      Sheet validation = header(wb, "Validation", XlsxValidation.HEADERS, s);
      int f = 1;
      int v = 1;
      int d = 1;
      for (Outcome o : outcomes) {
        for (Validated fig : o.figures()) {
          Figure figure = fig.figure();
          Row row = figures.createRow(f++);
          for (int c = 0; c < getters.size(); c++) {
            Object value = getters.get(c).apply(figure);
            if (value instanceof Number n) {
              number(row, c, n.doubleValue(), s);
            } else if (value instanceof LocalDate date) {
              cell(row, c, s.date).setCellValue(date);
            } else if (value != null) {
              CellStyle style = c == url ? s.link : wrapped[c] ? s.wrapped : s.text;
              cell(row, c, style).setCellValue(Columns.text(value));
            }
          }
          for (Violation x : fig.violations()) {
            Row r = validation.createRow(v++);
            text(r, 0, figure.id(), s.text);
            text(r, 1, figure.documentId(), s.text);
            text(r, 2, "Figures", s.text);
            number(r, 3, f, s);
            text(r, 4, x.column(), s.text);
            text(r, 5, x.rule(), s.text);
            text(r, 6, x.severity().id(), s.text);
            text(r, 7, x.value().isEmpty() ? null : x.value(), s.text);
            text(r, 8, x.message(), s.wrapped);
          }
        }
        Row r = sources.createRow(d++);
        Document doc = ((Outcome.Read) o).document();
        text(r, 0, doc.id(), s.text);
        text(r, 1, "read", s.text);
        text(r, 2, blankToNull(doc.title()), s.text);
        text(r, 3, blankToNull(doc.sourceName()), s.text);
        text(r, 4, blankToNull(doc.sourceUrl()), s.link);
        doc.published().ifPresent(p -> cell(r, 5, s.date).setCellValue(p));
        number(r, 6, o.figures().size(), s);
        number(r, 7, count(o, Status.WARNING), s);
        number(r, 8, count(o, Status.INVALID), s);
        text(r, 10, doc.origin(), s.text);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    } finally {
      wb.close();
    }
  }

  private static List<Function<Figure, Object>> getters(List<Field> fields) {
    return fields.stream().map(f -> Columns.getter(f.name())).toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static long count(Outcome o, Status status) {
    long n = 0;
    for (Validated v : o.figures()) {
      if (v.figure().status() == status) {
        n++;
      }
    }
    return n;
  }

  private static Sheet header(SXSSFWorkbook wb, String name, List<String> names, Styles s) {
    Sheet sheet = wb.createSheet(name);
    Row row = sheet.createRow(0);
    for (int c = 0; c < names.size(); c++) {
      text(row, c, names.get(c), s.header);
    }
    return sheet;
  }

  private static Cell cell(Row row, int col, CellStyle style) {
    Cell cell = row.createCell(col);
    cell.setCellStyle(style);
    return cell;
  }

  private static void text(Row row, int col, String value, CellStyle style) {
    if (value != null) {
      cell(row, col, style).setCellValue(value);
    }
  }

  private static void number(Row row, int col, double value, Styles s) {
    cell(row, col, value == Math.rint(value) ? s.integer : s.decimal).setCellValue(value);
  }

  /** The styles of the cells, made in the order humfig makes its own, so their numbers match. */
  private static final class Styles {
    final CellStyle header;
    final CellStyle wrapped;
    final CellStyle date;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle link;
    final CellStyle text;

    Styles(SXSSFWorkbook wb) {
      DataFormat format = wb.createDataFormat();
      Font bold = wb.createFont();
      bold.setBold(true);
      Font big = wb.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      Font blue = wb.createFont();
      blue.setUnderline(Font.U_SINGLE);
      blue.setColor(IndexedColors.BLUE.getIndex());
      header = style(wb);
      header.setFont(bold);
      style(wb).setFont(big);
      wrapped = style(wb);
      wrapped.setWrapText(true);
      date = style(wb);
      date.setDataFormat(format.getFormat("yyyy-mm-dd"));
      integer = style(wb);
      integer.setDataFormat(format.getFormat("#,##0"));
      decimal = style(wb);
      decimal.setDataFormat(format.getFormat("#,##0.####"));
      link = style(wb);
      link.setFont(blue);
      text = style(wb);
    }

    private static CellStyle style(SXSSFWorkbook wb) {
      CellStyle s = wb.createCellStyle();
      s.setVerticalAlignment(VerticalAlignment.TOP);
      return s;
    }
  }
}
