package org.humfig.export;

import java.util.List;
import java.util.stream.Collectors;
import org.humfig.Outcome;
import org.humfig.Validated;
import org.humfig.document.Document;
import org.humfig.document.Problem;
import org.humfig.model.Status;

/**
 * The {@code Sources} sheet: one row per input, in input order. A document has its id, title,
 * publisher, address (a link), publication date and the number of figures found in it, with
 * warnings (its figures whose status is warning, plus the problems reported about the document) and
 * invalid figures; a skipped input has status {@code skipped} and the reason in Problems.
 */
public final class XlsxSources {

  static final String SHEET = "Sources";

  /** The column headers of the Sources sheet. */
  public static final List<String> HEADERS =
      List.of(
          "Document",
          "Status",
          "Title",
          "Source",
          "URL",
          "Published",
          "Figures",
          "Warnings",
          "Invalid",
          "Problems",
          "Input");

  private static final List<Integer> WIDTHS = List.of(22, 10, 40, 24, 40, 12, 10, 10, 10, 60, 30);

  private final XlsxTable table;
  private final XlsxCells cells;
  private long documents;
  private long skipped;

  XlsxSources(XlsxBook workbook, XlsxCells cells, XlsxLimits limits, XlsxLinks.Budget links) {
    this.cells = cells;
    this.table = new XlsxTable(workbook, SHEET, HEADERS, WIDTHS, cells, limits, links);
  }

  /** Appends the row of one outcome. */
  void write(Outcome outcome) {
    XlsxRow row = table.row();
    Document doc = outcome instanceof Outcome.Read r ? r.document() : null;
    String input = doc != null ? doc.origin() : where(outcome.problems());
    if (doc != null) {
      documents++;
      cells.text(row, 0, doc.id());
      cells.text(row, 1, "read");
      cells.text(row, 2, blankToNull(doc.title()));
      cells.text(row, 3, blankToNull(doc.sourceName()));
      table.url(row, 4, blankToNull(doc.sourceUrl()));
      cells.date(row, 5, doc.published().orElse(null));
    } else {
      skipped++;
      cells.text(row, 1, "skipped");
    }
    long warnings = count(outcome, Status.WARNING) + outcome.problems().size();
    cells.number(row, 6, outcome.figures().size());
    cells.number(row, 7, warnings);
    cells.number(row, 8, count(outcome, Status.INVALID));
    cells.wrapped(row, 9, problems(outcome.problems(), input), WIDTHS.get(9));
    cells.text(row, 10, input);
  }

  private static long count(Outcome outcome, Status status) {
    return outcome.figures().stream()
        .map(Validated::figure)
        .filter(f -> f.status() == status)
        .count();
  }

  private static String where(List<Problem> problems) {
    return problems.isEmpty() ? null : problems.get(0).where();
  }

  /** Lists the problems, each without its place when that is the input's own name. */
  private static String problems(List<Problem> problems, String input) {
    if (problems.isEmpty()) {
      return null;
    }
    return problems.stream()
        .map(p -> p.where().equals(input) ? p.message() : p.toString())
        .collect(Collectors.joining("; "));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** Returns the table the rows are written to. */
  XlsxTable table() {
    return table;
  }

  /** Returns the number of documents read. */
  long documents() {
    return documents;
  }

  /** Returns the number of inputs skipped. */
  long skipped() {
    return skipped;
  }
}
