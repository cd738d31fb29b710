package org.humfig.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.humfig.export.XlsxTestFiles.SCHEMA;
import static org.humfig.export.XlsxTestFiles.cells;
import static org.humfig.export.XlsxTestFiles.document;
import static org.humfig.export.XlsxTestFiles.figure;
import static org.humfig.export.XlsxTestFiles.filter;
import static org.humfig.export.XlsxTestFiles.outcome;
import static org.humfig.export.XlsxTestFiles.read;
import static org.humfig.export.XlsxTestFiles.rowStarting;
import static org.humfig.export.XlsxTestFiles.skipped;
import static org.humfig.export.XlsxTestFiles.warning;
import static org.humfig.export.XlsxTestFiles.write;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.humfig.Outcome;
import org.humfig.Validated;
import org.humfig.document.Problem;
import org.humfig.model.Figure;
import org.humfig.model.Metric;
import org.humfig.model.Status;
import org.humfig.model.Tally;
import org.humfig.model.Unit;
import org.humfig.reconcile.Best;
import org.humfig.reconcile.Fact;
import org.humfig.schema.Field;
import org.humfig.schema.Severity;
import org.humfig.validate.Violation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxSheetsTest {

  @TempDir Path dir;
  @TempDir static Path shared;
  private static Path summarised;

  @BeforeAll
  static void writeSummarised() {
    summarised = summarised(shared.resolve("figures.xlsx"));
  }

  private static Figure killed(String id, String doc, String place, double n, LocalDate end) {
    return figure(id, doc).toBuilder()
        .location(place)
        .value(n)
        .valueLow(n)
        .valuePeople(n)
        .dateStart(null)
        .dateEnd(end)
        .build();
  }

  private static Figure fled(String id, String doc, String place, double n, LocalDate end) {
    return killed(id, doc, place, n, end).toBuilder().metric(Metric.FLED).build();
  }

  /**
   * Aleppo: killed three times over two documents (once undated) and once invalidly; displaced in
   * households. Palmyra: fled. And a figure without a location.
   */
  private static Path summarised(Path file) {
    LocalDate dec1 = LocalDate.of(2016, 12, 1);
    LocalDate dec5 = LocalDate.of(2016, 12, 5);
    Figure households =
        fled("h1", "doc-b", "Aleppo", 400, dec5).toBuilder()
            .unit(Unit.HOUSEHOLDS)
            .householdSize(5.0)
            .valuePeople(2000.0)
            .build();
    Figure invalid =
        killed("bad", "doc-b", "Aleppo", 99_999, LocalDate.of(2017, 1, 1)).toBuilder()
            .status(Status.INVALID)
            .build();
    return write(
        file,
        XlsxLimits.EXCEL,
        outcome(
            document("doc-a", "https://example.org/a"), killed("k1", "doc-a", "Aleppo", 10, dec1)),
        outcome(
            document("doc-b", "https://example.org/b"),
            killed("k2", "doc-b", "Aleppo", 50, dec5),
            killed("k3", "doc-b", "Aleppo", 30, null).toBuilder().publishedDate(null).build(),
            households,
            invalid,
            fled("p1", "doc-b", "Palmyra", 700, dec1),
            killed("n1", "doc-b", null, 3, dec1)));
  }

  @Test
  void summary_perPlaceAndFamily_latestFact_underACountryRollUp() throws IOException {
    try (XSSFWorkbook wb = read(summarised)) {
      XSSFSheet sheet = wb.getSheet("Summary");
      Row header = rowStarting(sheet, "Country");
      assertThat(cells(sheet).get(header.getRowNum()).subList(0, 18))
          .containsExactly(
              "Country",
              "Place",
              "Level",
              "Metric",
              "Unit",
              "Latest",
              "Low",
              "High",
              "As of",
              "Tally",
              "Conflict",
              "Facts",
              "Reports",
              "Sources",
              "Fact",
              "Places",
              "Largest place",
              "Sum of places");
      List<List<String>> rows =
          cells(sheet).subList(header.getRowNum() + 1, header.getRowNum() + 6).stream()
              .map(r -> r.subList(0, Math.min(18, r.size())))
              .map(r -> r.stream().toList())
              .toList();
      assertThat(rows.get(0))
          .containsExactly(
              "SYR",
              "Syria (all places)",
              "country",
              "killed",
              "people",
              "",
              "",
              "",
              "",
              "",
              "",
              "0",
              "",
              "",
              "",
              "1",
              "50",
              "50");
      assertThat(rows.get(1).subList(0, 5))
          .containsExactly("SYR", "Syria (all places)", "country", "displaced", "people");
      assertThat(rows.get(1).subList(15, 18)).containsExactly("2", "2000", "2700");
      // Aleppo killed: 10 on 1 December, 50 on 5 December, 30 undated and unpublished: the 50.
      assertThat(rows.get(2).subList(0, 14))
          .containsExactly(
              "SYR",
              "Aleppo",
              "place",
              "killed",
              "people",
              "50",
              "50",
              "50",
              "2016-12-05",
              "",
              "no",
              "3",
              "1",
              "1");
      assertThat(rows.get(2).get(14)).matches("g[0-9a-f]{16}");
      assertThat(rows.get(3).subList(0, 6))
          .containsExactly("SYR", "Aleppo", "place", "displaced", "people", "2000");
      assertThat(rows.get(4).subList(0, 6))
          .containsExactly("SYR", "Palmyra", "place", "displaced", "people", "700");
      assertThat(cells(sheet).get(1).get(0)).contains("are left out (2 here)");
      assertThat(cells(sheet).get(2).get(0)).startsWith("Latest: the fact about the latest day");
      assertThat(sheet.getRow(header.getRowNum() + 3).getCell(5).getCellType())
          .isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
          .isEqualTo("A" + (header.getRowNum() + 1) + ":R" + (header.getRowNum() + 6));
    }
  }

  @Test
  void summary_chartsEachMetricFamilyOnItsOwnScale() throws IOException {
    try (XSSFWorkbook wb = read(summarised)) {
      XSSFSheet sheet = wb.getSheet("Summary");
      List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
      assertThat(charts).hasSize(2);
      assertThat(charts.get(0).getTitleText().getString())
          .isEqualTo("killed, latest per place (people)");
      assertThat(charts.get(1).getTitleText().getString())
          .isEqualTo("displaced (displaced or fled), latest per place (people)");
      var killed = charts.get(0).getChartSeries().get(0);
      assertThat(killed.getSeriesCount()).isEqualTo(1);
      assertThat(killed.getSeries(0).getCategoryData().getPointCount()).isEqualTo(1);
      assertThat(killed.getSeries(0).getValuesData().getPointAt(0)).isEqualTo(50.0);
      var displaced = charts.get(1).getChartSeries().get(0).getSeries(0);
      // Largest first: Aleppo (2,000 displaced), then Palmyra (700).
      assertThat(
              List.of(
                  displaced.getCategoryData().getPointAt(0),
                  displaced.getCategoryData().getPointAt(1)))
          .containsExactly("Aleppo", "Palmyra");
      assertThat(displaced.getValuesData().getPointAt(1)).isEqualTo(700.0);
      assertThat(displaced.getCategoryData().getDataRangeReference()).startsWith("Summary!$");
      var bars = charts.get(1).getCTChart().getPlotArea().getBarChartArray(0);
      assertThat(bars.getSerArray(0).getTx().getStrRef().getF()).startsWith("Summary!$");
    }
  }

  @Test
  void summary_countryRows_oneNameAndInMetricOrder_withOrWithoutAFactOfTheCountry()
      throws IOException {
    LocalDate dec5 = LocalDate.of(2016, 12, 5);
    Path file =
        write(
            dir.resolve("figures.xlsx"),
            XlsxLimits.EXCEL,
            outcome(
                document("doc-1", null),
                fled("f1", "doc-1", "Aleppo", 700, dec5),
                killed("k1", "doc-1", "Syria", 400, dec5),
                killed("k2", "doc-1", "Palmyra", 30, dec5)));
    try (XSSFWorkbook wb = read(file)) {
      XSSFSheet sheet = wb.getSheet("Summary");
      int header = rowStarting(sheet, "Country").getRowNum();
      List<List<String>> rows =
          cells(sheet).subList(header + 1, header + 3).stream().map(r -> r.subList(0, 6)).toList();
      assertThat(rows)
          .containsExactly(
              List.of("SYR", "Syria (all places)", "country", "killed", "people", "400"),
              List.of("SYR", "Syria (all places)", "country", "displaced", "people", ""));
    }
  }

  @Test
  void summary_withNothingToChart_saysSo() throws IOException {
    Figure nowhere = figure("s1", "doc-1").toBuilder().location(null).countryCode(null).build();
    Path file =
        write(
            dir.resolve("figures.xlsx"),
            XlsxLimits.EXCEL,
            outcome(document("doc-1", null), nowhere));
    try (XSSFWorkbook wb = read(file)) {
      XSSFSheet sheet = wb.getSheet("Summary");
      assertThat(sheet.getDrawingPatriarch()).isNull();
      Row header = rowStarting(sheet, "Country");
      assertThat(cells(sheet).get(header.getRowNum())).contains("No facts with a place to chart.");
      assertThat(wb.getSheet("Consolidated").getLastRowNum()).isEqualTo(1);
    }
  }

  private static Fact fact(String id, LocalDate end, LocalDate asOf, Tally tally, double best) {
    return new Fact(
        id,
        null,
        Metric.KILLED,
        List.of(Metric.KILLED),
        Unit.PEOPLE,
        "people",
        "SYR/aleppo",
        false,
        "Aleppo",
        "SYR",
        null,
        null,
        null,
        end,
        asOf,
        tally,
        best,
        best,
        best,
        Best.CONSERVATIVE,
        1,
        1,
        1,
        "f",
        List.of("f"),
        false,
        0,
        Status.VALID,
        null);
  }

  @Test
  void latest_fixesWhatAnalystsFound() {
    LocalDate dec11 = LocalDate.of(2016, 12, 11);
    LocalDate dec12 = LocalDate.of(2016, 12, 12);
    // An undated older toll, reported a day later, does not beat a dated newer one.
    Fact undated = fact("a", null, dec12, null, 300_000);
    Fact dated = fact("b", dec11, dec11, Tally.CUMULATIVE, 310_000);
    assertThat(XlsxAggregate.LATER.compare(dated, undated)).isPositive();
    // A 24-hour addition never beats the cumulative toll, however recent.
    Fact added = fact("c", dec12, dec12, Tally.NEW, 40);
    assertThat(XlsxAggregate.LATER.compare(dated, added)).isPositive();
    // On the same day, the higher.
    assertThat(
            XlsxAggregate.LATER.compare(
                fact("d", dec11, dec11, null, 5), fact("e", dec11, dec11, null, 4)))
        .isPositive();
    // An undated fact reported weeks later is later.
    assertThat(XlsxAggregate.LATER.compare(fact("f", null, dec12.plusDays(20), null, 1), dated))
        .isPositive();
    XlsxAggregate a = new XlsxAggregate();
    a.add(added);
    a.add(undated);
    a.add(dated);
    assertThat(a.latest()).isEqualTo(dated);
    assertThat(a.facts()).isEqualTo(3);
  }

  @Test
  void sources_oneRowPerInput_warningsCountWarningFiguresAndProblems() throws IOException {
    Figure warned = figure("w1", "doc-1").toBuilder().status(Status.WARNING).build();
    Figure invalid = figure("i1", "doc-1").toBuilder().status(Status.INVALID).build();
    Outcome read =
        new Outcome.Read(
            document("doc-1", "https://example.org/a"),
            List.of(
                new Validated(figure("v1", "doc-1"), List.of()),
                new Validated(warned, List.of(warning())),
                new Validated(invalid, List.of())),
            List.of(
                new Problem("in/doc-1.txt", "no publication date"),
                new Problem("manifest.csv line 3", "unknown column 'x'")));
    Path file =
        write(
            dir.resolve("figures.xlsx"),
            XlsxLimits.EXCEL,
            read,
            skipped("in/broken.bin", "binary file"));
    try (XSSFWorkbook wb = read(file)) {
      XSSFSheet sheet = wb.getSheet("Sources");
      List<List<String>> rows = cells(sheet);
      assertThat(rows.get(0))
          .containsExactly(
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
      assertThat(rows.get(1))
          .containsExactly(
              "doc-1",
              "read",
              "Title of doc-1",
              "The New Arab",
              "https://example.org/a",
              "2016-12-11",
              "3",
              "3",
              "1",
              "no publication date; manifest.csv line 3: unknown column 'x'",
              "in/doc-1.txt");
      assertThat(rows.get(2))
          .containsExactly(
              "", "skipped", "", "", "", "", "0", "1", "0", "binary file", "in/broken.bin");
      assertThat(sheet.getHyperlink(1, 4).getAddress()).isEqualTo("https://example.org/a");
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(filter(sheet)).isEqualTo("A1:K3");
      Row about = rowStarting(wb.getSheet("About"), "Inputs skipped");
      assertThat(about.getCell(1).getNumericCellValue()).isEqualTo(1.0);
    }
  }

  @Test
  void validation_oneRowPerProblem_pointingAtTheFiguresRow() throws IOException {
    Violation error =
        new Violation(
            "value_high", "10", "value.bounds", Severity.ERROR, "value 300 is outside 300..10");
    Outcome o =
        new Outcome.Read(
            document("doc-1", null),
            List.of(
                new Validated(figure("ok", "doc-1"), List.of()),
                new Validated(figure("bad", "doc-1"), List.of(error, warning()))),
            List.of());
    Path file = write(dir.resolve("figures.xlsx"), XlsxLimits.EXCEL, o);
    try (XSSFWorkbook wb = read(file)) {
      List<List<String>> rows = cells(wb.getSheet("Validation"));
      assertThat(rows.get(0))
          .containsExactly(
              "Figure",
              "Document",
              "Sheet",
              "Row",
              "Column",
              "Rule",
              "Severity",
              "Value",
              "Message");
      assertThat(rows.get(1))
          .containsExactly(
              "bad",
              "doc-1",
              "Figures",
              "3",
              "value_high",
              "value.bounds",
              "error",
              "10",
              "value 300 is outside 300..10");
      assertThat(rows.get(2))
          .containsExactly(
              "bad",
              "doc-1",
              "Figures",
              "3",
              "attributed_to",
              "attribution.missing",
              "warning",
              "",
              "the text does not say who reported the figure");
      assertThat(wb.getSheet("Figures").getRow(2).getCell(0).getStringCellValue()).isEqualTo("bad");
    }
  }

  @Test
  void about_runSchemaAndOneDictionaryRowPerSchemaField() throws IOException {
    Path file =
        write(
            dir.resolve("figures.xlsx"),
            XlsxLimits.EXCEL,
            outcome(document("doc-1", null), figure("f1", "doc-1")));
    try (XSSFWorkbook wb = read(file)) {
      XSSFSheet sheet = wb.getSheet("About");
      assertThat(rowStarting(sheet, "Produced by").getCell(1).getStringCellValue())
          .isEqualTo("humfig test");
      assertThat(
              rowStarting(sheet, "Run date").getCell(1).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2016, 12, 12));
      Row inputs = rowStarting(sheet, "Inputs");
      assertThat(inputs.getCell(1).getStringCellValue()).isEqualTo("examples");
      assertThat(sheet.getRow(inputs.getRowNum() + 1).getCell(1).getStringCellValue())
          .isEqualTo("more/feed.jsonl");
      assertThat(rowStarting(sheet, "Schema").getCell(1).getStringCellValue())
          .isEqualTo(SCHEMA.name() + " " + SCHEMA.version());
      assertThat(rowStarting(sheet, "Households").getCell(1).getStringCellValue())
          .contains("household size");
      assertThat(rowStarting(sheet, "Values").getCell(1).getStringCellValue())
          .contains("lower bound");

      assertThat(rowStarting(sheet, "Facts").getCell(1).getNumericCellValue()).isEqualTo(1);
      assertThat(cells(sheet).stream().filter(r -> r.size() > 1 && r.get(0).equals("Facts")))
          .anyMatch(r -> r.get(1).contains("Best value: conservative"));

      Row header = rowStarting(sheet, "Column");
      assertThat(cells(sheet).get(header.getRowNum())).isEqualTo(XlsxAbout.DICTIONARY);
      Row second = rowStarting(sheet, "Consolidated columns");
      assertDictionary(
          cells(sheet).subList(header.getRowNum() + 1, second.getRowNum() - 1), SCHEMA);
      assertThat(cells(sheet).get(second.getRowNum() + 1)).isEqualTo(XlsxAbout.DICTIONARY);
      assertDictionary(
          cells(sheet).subList(second.getRowNum() + 2, sheet.getLastRowNum() + 1),
          org.humfig.schema.TableSchema.consolidated());
    }
  }

  private static void assertDictionary(
      List<List<String>> dictionary, org.humfig.schema.TableSchema schema) {
    assertThat(dictionary).hasSameSizeAs(schema.fields());
    for (int i = 0; i < dictionary.size(); i++) {
      Field f = schema.fields().get(i);
      List<String> row = dictionary.get(i);
      assertThat(row.subList(0, 5))
          .containsExactly(f.name(), f.title(), f.type(), f.description(), f.hxl());
      assertThat(row.size() > 5 ? row.get(5) : "").isEqualTo(String.join(", ", f.allowed()));
      assertThat(row.get(6)).isEqualTo(f.required() ? "yes" : "no");
    }
  }
}
