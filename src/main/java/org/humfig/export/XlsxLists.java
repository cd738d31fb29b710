package org.humfig.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.humfig.schema.Field;
import org.humfig.schema.TableSchema;

/**
 * The hidden {@code Lists} sheet: for each column with allowed values in the schema ({@code
 * constraints.enum}), a column of those values under the column's name, which the Figures dropdowns
 * draw from.
 */
final class XlsxLists {

  static final String SHEET = "Lists";

  private XlsxLists() {}

  /**
   * Writes the sheet and returns, for each listed column name, the range of its values ({@code
   * Lists!$A$2:$A$5}), in schema order.
   */
  static Map<String, String> write(SXSSFWorkbook workbook, TableSchema schema, XlsxCells cells) {
    Sheet sheet = workbook.createSheet(SHEET);
    List<Field> listed = schema.fields().stream().filter(f -> !f.allowed().isEmpty()).toList();
    int height = listed.stream().mapToInt(f -> f.allowed().size()).max().orElse(0);
    Map<String, String> ranges = new LinkedHashMap<>();
    for (int r = 0; r <= height; r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < listed.size(); c++) {
        List<String> values = listed.get(c).allowed();
        if (r == 0) {
          cells.styled(row, c, listed.get(c).name(), cells.styles().header());
        } else if (r <= values.size()) {
          cells.text(row, c, values.get(r - 1));
        }
      }
    }
    for (int c = 0; c < listed.size(); c++) {
      Field f = listed.get(c);
      ranges.put(f.name(), reference(c, f.allowed().size()));
      sheet.setColumnWidth(c, 20 * 256);
    }
    return ranges;
  }

  private static String reference(int col, int size) {
    return new CellRangeAddress(1, size, col, col).formatAsString(SHEET, true);
  }
}
