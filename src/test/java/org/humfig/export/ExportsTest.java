package org.humfig.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.humfig.Fixtures;
import org.humfig.Outcome;
import org.humfig.Validated;
import org.humfig.document.Document;
import org.humfig.model.Figure;
import org.humfig.schema.TableSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportsTest {

  @TempDir Path dir;
  private final TableSchema schema = TableSchema.bundled();

  private Figure hostile() {
    return Fixtures.figure().toBuilder()
        .population("=HYPERLINK(\"http://evil\")")
        .evidence("He said, \"300\"\r\nkilled")
        .evidenceEnd(100 + 22)
        .build();
  }

  @Test
  void csv_isRfc4180WithSchemaHeaderAndNeutralisedText() throws IOException {
    Path file = dir.resolve("figures.csv");
    try (CsvWriter w = new CsvWriter(file, schema, CsvWriter.Options.PLAIN)) {
      w.write(Fixtures.figure());
      w.write(hostile());
      w.commit();
    }
    String csv = Files.readString(file, StandardCharsets.UTF_8);
    String[] lines = csv.split("\r\n", -1);
    assertThat(lines[0]).isEqualTo(String.join(",", schema.names()));
    assertThat(lines[1])
        .startsWith(
            "0123456789abcdef,doc-1,The New Arab,https://example.org/aleppo,2016-12-11,casualty,killed,300,300,,more_than,people,")
        .contains(",0.9,valid,");
    assertThat(csv)
        .contains(",\"=HYPERLINK(\"\"http://evil\"\")\",")
        .contains("\"He said, \"\"300\"\"\r\nkilled\"");
    assertThat(csv.charAt(0)).isEqualTo('f');
  }

  @Test
  void csv_guard_prefixesFormulaTextButNeverEvidence() throws IOException {
    Path file = dir.resolve("figures.csv");
    Figure f = hostile().toBuilder().evidence("=1+1 killed").evidenceEnd(100 + 11).build();
    try (CsvWriter w = new CsvWriter(file, schema, new CsvWriter.Options(false, false, true))) {
      w.write(f);
      w.commit();
    }
    String csv = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",").contains(",=1+1 killed,");
  }

  @Test
  void csv_bomAndHxlRow() throws IOException {
    Path file = dir.resolve("figures.csv");
    try (CsvWriter w = new CsvWriter(file, schema, new CsvWriter.Options(true, true))) {
      w.commit();
    }
    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
    List<String> lines = Files.readAllLines(file);
    assertThat(lines.get(1)).startsWith("#meta+id,#meta+document,");
  }

  @Test
  void csv_notCommitted_leavesNoFile() throws IOException {
    Path file = dir.resolve("figures.csv");
    try (CsvWriter w = new CsvWriter(file, schema, CsvWriter.Options.PLAIN)) {
      w.write(Fixtures.figure());
    }
    try (var s = Files.list(dir)) {
      assertThat(s).isEmpty();
    }
  }

  @Test
  void xlsx_hasTypedCellsFrozenFilteredHeader() throws IOException {
    Path file = dir.resolve("figures.xlsx");
    try (XlsxWriter w =
        new XlsxWriter(
            file,
            schema,
            new Run("humfig test", LocalDate.of(2016, 12, 12), List.of("examples")))) {
      w.write(
          new Outcome.Read(
              Document.of("doc-1", "text", LocalDate.of(2016, 12, 11)),
              List.of(
                  new Validated(Fixtures.figure(), List.of()), new Validated(hostile(), List.of())),
              List.of()));
      w.commit();
    }
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      XSSFSheet sheet = wb.getSheet("Figures");
      assertThat(sheet).isNotNull();
      Row header = sheet.getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("figure_id");
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(XlsxTestFiles.filter(sheet))
          .isEqualTo(
              "A1:"
                  + org.apache.poi.ss.util.CellReference.convertNumToColString(
                      schema.fields().size() - 1)
                  + "3");
      Row row = sheet.getRow(1);
      int value = schema.names().indexOf("value");
      int published = schema.names().indexOf("published_date");
      int population = schema.names().indexOf("population");
      assertThat(row.getCell(value).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(row.getCell(value).getNumericCellValue()).isEqualTo(300.0);
      assertThat(DateUtil.isCellDateFormatted(row.getCell(published))).isTrue();
      assertThat(row.getCell(published).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2016, 12, 11));
      assertThat(sheet.getRow(2).getCell(population).getStringCellValue())
          .isEqualTo("=HYPERLINK(\"http://evil\")");
      assertThat(sheet.getRow(2).getCell(population).getCellType()).isEqualTo(CellType.STRING);
      Sheet only = wb.getSheetAt(0);
      assertThat(only.getSheetName()).isEqualTo("Figures");
    }
  }
}
