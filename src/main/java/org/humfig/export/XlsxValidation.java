package org.humfig.export;

import java.util.List;
import org.humfig.model.Figure;
import org.humfig.validate.Violation;

/**
 * The {@code Validation} sheet: one row per rule a figure breaks, with the figure's id, its
 * document and where its row is on the Figures sheets, then the column, the rule id, the severity,
 * the value at fault and the message.
 */
public final class XlsxValidation {

  static final String SHEET = "Validation";

  /** The column headers of the Validation sheet. */
  public static final List<String> HEADERS =
      List.of(
          "Figure", "Document", "Sheet", "Row", "Column", "Rule", "Severity", "Value", "Message");

  private static final List<Integer> WIDTHS = List.of(22, 22, 12, 10, 16, 20, 10, 20, 60);

  private final XlsxTable table;
  private final XlsxCells cells;

  XlsxValidation(XlsxBook workbook, XlsxCells cells, XlsxLimits limits) {
    this.cells = cells;
    this.table =
        new XlsxTable(workbook, SHEET, HEADERS, WIDTHS, cells, limits, new XlsxLinks.Budget(0));
  }

  /** Appends one row per violation of {@code figure}, written at {@code at}. */
  void write(Figure figure, XlsxFigures.Position at, List<Violation> violations) {
    for (Violation v : violations) {
      XlsxRow row = table.row();
      cells.text(row, 0, figure.id());
      cells.text(row, 1, figure.documentId());
      cells.text(row, 2, at.sheet());
      cells.number(row, 3, at.row());
      cells.text(row, 4, v.column());
      cells.text(row, 5, v.rule());
      cells.text(row, 6, v.severity() == null ? null : v.severity().id());
      cells.text(row, 7, v.value() == null || v.value().isEmpty() ? null : v.value());
      cells.wrapped(row, 8, v.message(), WIDTHS.get(8));
    }
  }

  /** Returns the table the rows are written to. */
  XlsxTable table() {
    return table;
  }
}
