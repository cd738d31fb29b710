package org.humfig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @TempDir static Path exports;
  @TempDir Path dir;

  @BeforeAll
  static void extract() {
    CliRun run = CliRun.of("extract", "examples", "--out", exports.toString());
    assertThat(run.code()).as(run.err()).isZero();
  }

  @Test
  void validExport_validatesWithExitZero() {
    CliRun csv =
        CliRun.of("validate", exports.resolve("figures.csv").toString(), "--today", "2026-11-21");
    assertThat(csv.code()).as(csv.out()).isZero();
    assertThat(csv.out()).contains("valid: 23 rows, 0 errors");
    CliRun xlsx =
        CliRun.of(
            "validate", exports.resolve("figures.xlsx").toString(), "--today", "2026-11-21", "-q");
    assertThat(xlsx.code()).as(xlsx.out()).isZero();
  }

  @Test
  void extract_writesValidationJsonBesideExports() throws IOException {
    JsonNode report = new ObjectMapper().readTree(exports.resolve("validation.json").toFile());
    assertThat(report.get("valid").asBoolean()).isTrue();
    assertThat(report.at("/tables/0/path").asText()).isEqualTo("figures.csv");
    assertThat(report.at("/tables/0/rows").asInt()).isEqualTo(23);
    assertThat(report.at("/tables/0/issues/0/locations/0/row").asInt()).isGreaterThan(1);
  }

  @Test
  void analystEditedWorkbook_yieldsThreeErrorsAtTheRightCells() throws IOException {
    Path edited = dir.resolve("edited.xlsx");
    int[] rows = new int[3];
    try (InputStream in = Files.newInputStream(exports.resolve("figures.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet sheet = wb.getSheet("Figures");
      List<String> header = new ArrayList<>();
      sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
      int metric = header.indexOf("metric");
      int qualifier = header.indexOf("qualifier");
      int value = header.indexOf("value");
      int published = header.indexOf("published_date");
      Row share = null;
      Row killed = null;
      Row other = null;
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        String m = row.getCell(metric).getStringCellValue();
        if (share == null
            && m.equals("controlled_share")
            && row.getCell(qualifier).getStringCellValue().equals("more_than")) {
          share = row;
        } else if (killed == null && m.equals("killed")) {
          killed = row;
        } else if (other == null && m.equals("fled")) {
          other = row;
        }
      }
      share.getCell(value).setCellValue(120);
      killed.getCell(value).setCellValue("about 300");
      other.getCell(published).setCellValue(LocalDate.of(2027, 1, 15));
      rows[0] = share.getRowNum() + 1;
      rows[1] = killed.getRowNum() + 1;
      rows[2] = other.getRowNum() + 1;
      try (OutputStream out = Files.newOutputStream(edited)) {
        wb.write(out);
      }
    }
    Path json = dir.resolve("report.json");
    CliRun run =
        CliRun.of(
            "validate",
            edited.toString(),
            "--today",
            "2026-11-21",
            "--report",
            json.toString(),
            "-q");
    assertThat(run.code()).as(run.out()).isEqualTo(1);
    assertThat(run.out()).contains("invalid:").contains("3 errors");
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    List<String> errors = new ArrayList<>();
    for (JsonNode issue : report.at("/tables/0/issues")) {
      if (issue.get("severity").asText().equals("error")) {
        for (JsonNode l : issue.get("locations")) {
          errors.add(
              issue.get("rule").asText()
                  + "@"
                  + l.get("row").asInt()
                  + ":"
                  + l.get("column").asText());
        }
      }
    }
    assertThat(errors)
        .containsExactlyInAnyOrder(
            "share.maximum@" + rows[0] + ":value",
            "type.number@" + rows[1] + ":value",
            "date.future@" + rows[2] + ":published_date");
  }

  @Test
  void jsonFormat_printsTheReport() throws IOException {
    CliRun run =
        CliRun.of(
            "validate",
            exports.resolve("figures.csv").toString(),
            "--format",
            "json",
            "--today",
            "2026-11-21");
    assertThat(run.code()).isZero();
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.get("valid").asBoolean()).isTrue();
    assertThat(report.at("/stats/rows").asInt()).isEqualTo(23);
    assertThat(report.at("/schema/name").asText()).isEqualTo("humfig-figure");
  }

  @Test
  void unreadableOrMissingFiles_exitTwo() throws IOException {
    Path bin = Files.write(dir.resolve("bin.csv"), new byte[] {1, 0, 2, 0});
    CliRun run = CliRun.of("validate", bin.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("bin.csv").contains("binary");
    Path fake = Files.writeString(dir.resolve("fake.xlsx"), "not a workbook");
    assertThat(CliRun.of("validate", fake.toString()).code()).isEqualTo(2);
    assertThat(CliRun.of("validate", dir.resolve("none.csv").toString()).code()).isEqualTo(2);
    assertThat(CliRun.of("validate", "x.csv", "--format", "xml").code()).isEqualTo(2);
  }

  @Test
  void errors_exitOne_andEveryProblemIsListed() throws IOException {
    Path csv = Files.writeString(dir.resolve("bad.csv"), "figure_id,value\nabc,lots\n");
    CliRun run = CliRun.of("validate", csv.toString(), "--today", "2026-11-21");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .contains(csv + ":2: value: value 'lots' is not a number")
        .contains("[table.missing-column, error]")
        .contains("invalid:");
  }
}
