package org.humfig.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.humfig.export.XlsxTestFiles.SCHEMA;
import static org.humfig.export.XlsxTestFiles.cells;
import static org.humfig.export.XlsxTestFiles.document;
import static org.humfig.export.XlsxTestFiles.figure;
import static org.humfig.export.XlsxTestFiles.outcome;
import static org.humfig.export.XlsxTestFiles.read;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.humfig.schema.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook's Excel tables, print setup and HXL row. */
class XlsxLayoutTest {

  @TempDir Path dir;

  private Path write(boolean hxl) throws Exception {
    Path file = dir.resolve(hxl ? "hxl.xlsx" : "plain.xlsx");
    try (XlsxWriter w = new XlsxWriter(file, SCHEMA, XlsxTestFiles.RUN, hxl)) {
      w.write(
          outcome(
              document("doc-1", "https://example.org/a"),
              figure("f1", "doc-1"),
              figure("f2", "doc-1")));
      w.commit();
    }
    return file;
  }

  @Test
  void tables_figuresSourcesValidation_namedWithTheirHeadersAsColumns() throws Exception {
    try (XSSFWorkbook wb = read(write(false))) {
      XSSFSheet figures = wb.getSheet("Figures");
      XSSFTable table = figures.getTables().get(0);
      assertThat(table.getName()).isEqualTo("Figures");
      assertThat(table.getDisplayName()).isEqualTo("Figures");
      assertThat(table.getStyleName()).isEqualTo(XlsxTable.STYLE);
      assertThat(table.getColumns().stream().map(c -> c.getName()).toList())
          .isEqualTo(SCHEMA.names())
          .isEqualTo(cells(figures).get(0));
      assertThat(XlsxTestFiles.filter(figures)).endsWith("3");
      assertThat(figures.getCTWorksheet().isSetAutoFilter()).isFalse();
      assertThat(wb.getSheet("Sources").getTables().get(0).getName()).isEqualTo("Sources");
      assertThat(wb.getSheet("Validation").getTables().get(0).getName()).isEqualTo("Validation");
      // No rule broken: the Validation table has its header and one empty row, as Excel needs.
      assertThat(XlsxTestFiles.filter(wb.getSheet("Validation"))).isEqualTo("A1:I2");
    }
  }

  @Test
  void everySheet_printsLandscape_onePageWide_headerRepeated() throws Exception {
    try (XSSFWorkbook wb = read(write(false))) {
      for (Sheet sheet : wb) {
        String name = sheet.getSheetName();
        assertThat(sheet.getPrintSetup().getLandscape()).as(name).isTrue();
        assertThat(sheet.getFitToPage()).as(name).isTrue();
        assertThat(sheet.getPrintSetup().getFitWidth()).as(name).isEqualTo((short) 1);
        assertThat(sheet.getPrintSetup().getFitHeight()).as(name).isZero();
        assertThat(sheet.getFooter().getCenter()).as(name).contains("&P");
      }
      for (String name : List.of("Figures", "Sources", "Validation", "Lists")) {
        assertThat(wb.getSheet(name).getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
      }
      assertThat(wb.getSheet("About").getRepeatingRows()).isNull();
    }
  }

  @Test
  void hxl_hashtagRowUnderTheHeader_filterOnIt_noTable_bothRowsFrozenAndRepeated()
      throws Exception {
    try (XSSFWorkbook wb = read(write(true))) {
      XSSFSheet figures = wb.getSheet("Figures");
      List<List<String>> rows = cells(figures);
      assertThat(rows.get(1)).isEqualTo(SCHEMA.fields().stream().map(Field::hxl).toList());
      assertThat(rows).hasSize(4);
      assertThat(rows.get(2).get(0)).isEqualTo("f1");
      assertThat(figures.getTables()).isEmpty();
      String last =
          org.apache.poi.ss.util.CellReference.convertNumToColString(SCHEMA.names().size() - 1);
      assertThat(figures.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:" + last + "4");
      assertThat(figures.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
      assertThat(figures.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:2"));
      int status = SCHEMA.names().indexOf("status");
      assertThat(
              figures
                  .getSheetConditionalFormatting()
                  .getConditionalFormattingAt(0)
                  .getFormattingRanges())
          .containsExactly(new CellRangeAddress(2, 1048575, status, status));
      assertThat(wb.getSheet("Sources").getTables()).hasSize(1);
    }
  }
}
