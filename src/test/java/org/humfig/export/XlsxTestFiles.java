package org.humfig.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.humfig.Fixtures;
import org.humfig.Outcome;
import org.humfig.Validated;
import org.humfig.document.Document;
import org.humfig.document.Problem;
import org.humfig.model.Figure;
import org.humfig.reconcile.Reconciler;
import org.humfig.reconcile.Reconciliation;
import org.humfig.schema.Severity;
import org.humfig.schema.TableSchema;
import org.humfig.validate.Violation;

/** Outcomes to write and workbooks read back, for the workbook tests. */
final class XlsxTestFiles {

  static final TableSchema SCHEMA = TableSchema.bundled();
  static final Run RUN =
      new Run("humfig test", LocalDate.of(2016, 12, 12), List.of("examples", "more/feed.jsonl"));

  private XlsxTestFiles() {}

  /** Returns a document with a publisher and an address. */
  static Document document(String id, String url) {
    return new Document(
        id,
        "text",
        "in/" + id + ".txt",
        "Title of " + id,
        "The New Arab",
        url,
        Optional.of(LocalDate.of(2016, 12, 11)));
  }

  /** Returns the outcome of {@code doc} with {@code figures}, none breaking a rule. */
  static Outcome outcome(Document doc, Figure... figures) {
    List<Validated> v = new ArrayList<>();
    for (Figure f : figures) {
      v.add(new Validated(f, List.of()));
    }
    return new Outcome.Read(doc, v, List.of());
  }

  /** Returns a figure of {@code doc} with another id. */
  static Figure figure(String id, String doc) {
    return Fixtures.figure().toBuilder().id(id).documentId(doc).build();
  }

  /** Returns a figure of {@code doc} with another id, read from {@code url}. */
  static Figure figure(String id, String doc, String url) {
    return figure(id, doc).toBuilder().sourceUrl(url).build();
  }

  /** Returns a warning, as the validator reports a missing attribution. */
  static Violation warning() {
    return new Violation(
        "attributed_to",
        "",
        "attribution.missing",
        Severity.WARNING,
        "the text does not say who reported the figure");
  }

  /** Returns a skipped input. */
  static Outcome skipped(String where, String why) {
    return new Outcome.Skipped(new Problem(where, why));
  }

  /**
   * Writes {@code outcomes} to {@code file} within {@code limits}, their figures reconciled, then
   * the facts, and commits.
   */
  static Path write(Path file, XlsxLimits limits, Outcome... outcomes) {
    Reconciler reconciler = new Reconciler(Reconciler.Settings.DEFAULT);
    for (Outcome o : outcomes) {
      o.figures().forEach(v -> reconciler.add(v.figure()));
    }
    Reconciliation facts = reconciler.reconcile();
    try (XlsxWriter w = new XlsxWriter(file, SCHEMA, RUN, limits)) {
      int next = 0;
      for (Outcome o : outcomes) {
        if (o instanceof Outcome.Read r) {
          List<Validated> grouped = new ArrayList<>();
          for (Validated v : r.figures()) {
            grouped.add(new Validated(facts.apply(next++, v.figure()), v.violations()));
          }
          o = new Outcome.Read(r.document(), grouped, r.problems());
        }
        w.write(o);
      }
      facts.forEachFact(w::write);
      w.commit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the range of the sheet's one Excel table, which carries the filter buttons. */
  static String filter(org.apache.poi.xssf.usermodel.XSSFSheet sheet) {
    List<org.apache.poi.xssf.usermodel.XSSFTable> tables = sheet.getTables();
    org.assertj.core.api.Assertions.assertThat(tables).hasSize(1);
    var ct = tables.get(0).getCTTable();
    org.assertj.core.api.Assertions.assertThat(ct.getAutoFilter().getRef()).isEqualTo(ct.getRef());
    return ct.getRef();
  }

  /** Opens a workbook. */
  static XSSFWorkbook read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  /** Returns the cells of {@code sheet} as text: numbers plain, dates ISO, one list per row. */
  static List<List<String>> cells(Sheet sheet) {
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      List<String> cells = new ArrayList<>();
      for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
        cells.add(text(row.getCell(c)));
      }
      rows.add(cells);
    }
    return rows;
  }

  /** Returns one cell as text: numbers plain, dates ISO, empty for no cell. */
  static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    return switch (cell.getCellType()) {
      case NUMERIC ->
          DateUtil.isCellDateFormatted(cell)
              ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
              : org.humfig.model.Columns.number(cell.getNumericCellValue());
      case STRING -> cell.getStringCellValue();
      case BLANK -> "";
      default -> cell.toString();
    };
  }

  /** Returns the row of {@code sheet} whose first cell is {@code first}, or null. */
  static Row rowStarting(Sheet sheet, String first) {
    for (Row row : sheet) {
      if (first.equals(text(row.getCell(0)))) {
        return row;
      }
    }
    return null;
  }
}
