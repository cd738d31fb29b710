package org.humfig.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.humfig.reconcile.Fact;
import org.humfig.schema.Field;
import org.humfig.schema.TableSchema;

/**
 * The {@code Consolidated} sheets: one row per consolidated fact, the columns of {@code
 * consolidated.csv} in its order, numbers and dates typed, the notes and figure ids wrapped, and a
 * conflict shown amber. Past Excel's rows the table continues on {@code Consolidated (2)}.
 */
final class XlsxConsolidated {

  static final String SHEET = "Consolidated";

  private final List<Field> fields;
  private final List<Integer> widths;
  private final XlsxTable table;
  private final XlsxCells cells;
  private final int conflict;

  XlsxConsolidated(XlsxBook workbook, TableSchema schema, XlsxCells cells, XlsxLimits limits) {
    this.fields = schema.fields();
    this.cells = cells;
    this.conflict = schema.names().indexOf("conflict");
    List<Integer> w = new ArrayList<>();
    fields.forEach(f -> w.add(width(f)));
    this.widths = List.copyOf(w);
    this.table =
        new XlsxTable(
            workbook, SHEET, schema.names(), widths, cells, limits, new XlsxLinks.Budget(0));
  }

  private static int width(Field f) {
    return switch (f.name()) {
      case "figure_ids", "notes" -> 40;
      case "location", "population", "metrics" -> 22;
      case "group_id", "recommended" -> 20;
      default -> f.type().equals("date") ? 12 : Math.max(10, Math.min(16, f.name().length() + 2));
    };
  }

  /** Appends {@code fact}. */
  void write(Fact fact) {
    XlsxRow row = table.row();
    for (int c = 0; c < fields.size(); c++) {
      String name = fields.get(c).name();
      Object value = fact.value(name);
      if (name.equals("figure_ids") || name.equals("notes")) {
        cells.wrapped(row, c, (String) value, widths.get(c));
      } else {
        cells.value(row, c, value);
      }
    }
  }

  /** Returns the table the facts are written to. */
  XlsxTable table() {
    return table;
  }

  /** Sets the autofilter and shows conflicts amber. */
  void finish() {
    table.finish();
    if (conflict < 0) {
      return;
    }
    for (XlsxTable.Part part : table.parts()) {
      SheetConditionalFormatting cf = part.sheet().getSheetConditionalFormatting();
      ConditionalFormattingRule rule =
          cf.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"true\"");
      PatternFormatting fill = rule.createPatternFormatting();
      fill.setFillBackgroundColor(
          new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xEB, (byte) 0x9C}, null));
      fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
      cf.addConditionalFormatting(
          new CellRangeAddress[] {
            new CellRangeAddress(1, Math.max(part.lastRow(), 1), conflict, conflict)
          },
          rule);
    }
  }
}
