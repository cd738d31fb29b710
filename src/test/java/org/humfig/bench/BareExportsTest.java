package org.humfig.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.humfig.Outcome;
import org.humfig.export.CsvWriter;
import org.humfig.export.Run;
import org.humfig.export.XlsxWriter;
import org.humfig.schema.TableSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The yardsticks write what humfig writes: the same CSV bytes, the same cells. */
class BareExportsTest {

  @TempDir Path dir;

  private final TableSchema schema = TableSchema.bundled();
  private final List<Outcome> documents = Synthetic.documents(95, 4);

  @Test
  void documents_repeatAPoolAndEndWithTheLastRows() {
    assertThat(documents).hasSize(10);
    assertThat(documents.get(5)).isSameAs(documents.get(1));
    assertThat(documents.get(9).figures()).hasSize(5);
    assertThat(documents.stream().mapToInt(d -> d.figures().size()).sum()).isEqualTo(95);
  }

  @Test
  void csv_hasHumfigsBytes() throws IOException {
    Path bare = dir.resolve("bare.csv");
    Path ours = dir.resolve("figures.csv");
    BareExports.csv(bare, schema, documents);
    try (CsvWriter w = new CsvWriter(ours, schema, CsvWriter.Options.PLAIN)) {
      for (Outcome o : documents) {
        w.write(o);
      }
      w.commit();
    }
    assertThat(Files.mismatch(bare, ours)).isEqualTo(-1L);
  }

  @Test
  void xlsx_hasHumfigsCells_onTheFiguresValidationAndSourcesSheets() throws IOException {
    Path bare = dir.resolve("bare.xlsx");
    Path ours = dir.resolve("figures.xlsx");
    BareExports.xlsx(bare, schema, documents);
    try (XlsxWriter w =
        new XlsxWriter(ours, schema, new Run("humfig test", LocalDate.of(2100, 1, 1), List.of()))) {
      for (Outcome o : documents) {
        w.write(o);
      }
      w.commit();
    }
    try (XSSFWorkbook a = new XSSFWorkbook(bare.toFile());
        XSSFWorkbook b = new XSSFWorkbook(ours.toFile())) {
      for (String name : List.of("Figures", "Validation", "Sources")) {
        List<String> expected = cells(b.getSheet(name));
        assertThat(cells(a.getSheet(name))).as(name).isEqualTo(expected);
        assertThat(expected).hasSizeGreaterThan(10);
      }
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e);
    }
  }

  /** Returns every cell of {@code sheet}: where, its type, its value and its style. */
  private static List<String> cells(Sheet sheet) {
    List<String> out = new ArrayList<>();
    for (Row row : sheet) {
      for (Cell c : row) {
        out.add(
            c.getAddress()
                + " "
                + c.getCellType()
                + " "
                + switch (c.getCellType()) {
                  case NUMERIC -> Double.toString(c.getNumericCellValue());
                  case STRING -> c.getStringCellValue();
                  default -> "";
                }
                + " style "
                + c.getCellStyle().getIndex());
      }
    }
    return out;
  }
}
