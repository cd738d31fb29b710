package org.humfig.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.humfig.model.Columns;
import org.humfig.model.Figure;
import org.humfig.schema.Field;
import org.humfig.schema.TableSchema;

/**
 * The {@code Figures} sheets: one row per figure, the schema's columns in the schema's order under
 * their names (and, on request, the HXL hashtag row under them); numbers and dates typed, {@code
 * source_url} a link, evidence and notes wrapped. Finished as an Excel table with dropdowns on the
 * columns with allowed values and {@code status} coloured by conditional formatting, both down to
 * the sheet's last row so that rows an analyst adds get them too.
 */
final class XlsxFigures {

  /**
   * Where a figure was written.
   *
   * @param sheet the sheet's name ({@code Figures}, or {@code Figures (2)} past the first)
   * @param row the row number as Excel shows it, from 1 (the header)
   */
  record Position(String sheet, int row) {}

  /** The colours of a status: fill and text, as Excel's "Good", "Neutral" and "Bad" styles. */
  private record Shade(String status, int fill, int font) {}

  private static final List<Shade> SHADES =
      List.of(
          new Shade("invalid", 0xFFC7CE, 0x9C0006),
          new Shade("warning", 0xFFEB9C, 0x9C5700),
          new Shade("valid", 0xC6EFCE, 0x006100));

  static final String SHEET = "Figures";

  private final List<Field> fields;
  private final List<Function<Figure, Object>> getters;
  private final boolean[] wrapped;
  private final int[] widths;
  private final XlsxTable table;
  private final XlsxCells cells;
  private final int url;
  private final int status;
  private final XlsxLimits limits;

  XlsxFigures(
      XlsxBook workbook,
      TableSchema schema,
      XlsxCells cells,
      XlsxLimits limits,
      XlsxLinks.Budget links,
      boolean hxl) {
    this.fields = schema.fields();
    this.cells = cells;
    this.limits = limits;
    this.url = schema.names().indexOf("source_url");
    this.status = schema.names().indexOf("status");
    this.getters = fields.stream().map(f -> Columns.getter(f.name())).toList();
    this.wrapped = new boolean[fields.size()];
    this.widths = new int[fields.size()];
    List<Integer> widths = new ArrayList<>();
    for (int c = 0; c < fields.size(); c++) {
      String name = fields.get(c).name();
      wrapped[c] = name.equals("evidence") || name.equals("notes");
      this.widths[c] = width(fields.get(c));
      widths.add(this.widths[c]);
    }
    List<String> tags = hxl ? fields.stream().map(Field::hxl).toList() : List.of();
    this.table = new XlsxTable(workbook, SHEET, schema.names(), tags, widths, cells, limits, links);
  }

  private static int width(Field f) {
    return switch (f.name()) {
      case "evidence" -> 80;
      case "source_url", "notes" -> 40;
      case "population", "location", "attributed_to", "actor", "source_name" -> 24;
      case "figure_id", "document_id", "issues", "part_of" -> 22;
      default -> f.type().equals("date") ? 12 : Math.max(10, Math.min(18, f.name().length() + 2));
    };
  }

  /** Appends {@code figure} and returns where it was written. */
  Position write(Figure figure) {
    XlsxRow row = table.row();
    for (int c = 0; c < widths.length; c++) {
      Object value = getters.get(c).apply(figure);
      if (c == url && value instanceof String s) {
        table.url(row, c, s);
      } else if (wrapped[c]) {
        cells.wrapped(row, c, (String) value, widths[c]);
      } else {
        cells.value(row, c, value);
      }
    }
    return new Position(table.sheetName(), row.index() + 1);
  }

  /** Returns the table the figures are written to. */
  XlsxTable table() {
    return table;
  }

  /**
   * Finishes every Figures sheet: the Excel table, a dropdown on each column whose values are
   * listed in {@code lists} (column name to a range such as {@code Lists!$A$2:$A$5}), and the
   * status colours.
   */
  void finish(Map<String, String> lists) {
    table.finish();
    for (XlsxTable.Part part : table.parts()) {
      dropdowns(part.sheet(), lists);
      if (status >= 0) {
        colours(part.sheet());
      }
    }
  }

  /** Returns the rows every figure row could be on: under the header rows, to the sheet's end. */
  private CellRangeAddressList body(int col) {
    return new CellRangeAddressList(table.headerRows(), limits.rows() - 1, col, col);
  }

  private void dropdowns(SXSSFSheet sheet, Map<String, String> lists) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    for (int c = 0; c < fields.size(); c++) {
      String range = lists.get(fields.get(c).name());
      if (range == null) {
        continue;
      }
      DataValidation v =
          helper.createValidation(helper.createFormulaListConstraint(range), body(c));
      v.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
      v.setShowErrorBox(true);
      v.createErrorBox(
          "Not in the list", "Choose one of the values in the list (see the About sheet).");
      v.setEmptyCellAllowed(true);
      sheet.addValidationData(v);
    }
  }

  private void colours(SXSSFSheet sheet) {
    SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
    CellRangeAddress[] range = body(status).getCellRangeAddresses();
    for (Shade shade : SHADES) {
      ConditionalFormattingRule rule =
          cf.createConditionalFormattingRule(
              ComparisonOperator.EQUAL, "\"" + shade.status() + "\"");
      PatternFormatting fill = rule.createPatternFormatting();
      fill.setFillBackgroundColor(color(shade.fill()));
      fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
      rule.createFontFormatting().setFontColor(color(shade.font()));
      cf.addConditionalFormatting(range, rule);
    }
  }

  private static XSSFColor color(int rgb) {
    return new XSSFColor(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}, null);
  }
}
