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
import org.humfig.model.Unit;
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
  void summary_perLocationAndMetric_latestLowestHighestAndSources() throws IOException {
    try (XSSFWorkbook wb = read(summarised)) {
      XSSFSheet sheet = wb.getSheet("Summary");
      Row header = rowStarting(sheet, "Location");
      assertThat(cells(sheet).get(header.getRowNum()))
          .containsExactly(
              "Location",
              "Metric",
              "Unit",
              "Latest",
              "Lowest",
              "Highest",
              "Figures",
              "Sources",
              "Publishers",
              "Latest date",
              "Latest document",
              "Latest publisher",
              "Latest figure");
      List<List<String>> rows =
          cells(sheet).subList(header.getRowNum() + 1, sheet.getLastRowNum() + 1);
      assertThat(rows)
          .containsExactly(
              List.of(
                  "(no location)",
                  "killed",
                  "people",
                  "3",
                  "3",
                  "3",
                  "1",
                  "1",
                  "1",
                  "2016-12-01",
                  "doc-b",
                  "The New Arab",
                  "n1"),
              List.of(
                  "Aleppo",
                  "killed",
                  "people",
                  "50",
                  "10",
                  "50",
                  "3",
                  "2",
                  "1",
                  "2016-12-05",
                  "doc-b",
                  "The New Arab",
                  "k2"),
              List.of(
                  "Aleppo",
                  "fled",
                  "people",
                  "2000",
                  "2000",
                  "2000",
                  "1",
                  "1",
                  "1",
                  "2016-12-05",
                  "doc-b",
                  "The New Arab",
                  "h1"),
              List.of(
                  "Palmyra",
                  "fled",
                  "people",
                  "700",
                  "700",
                  "700",
                  "1",
                  "1",
                  "1",
                  "2016-12-01",
                  "doc-b",
                  "The New Arab",
                  "p1"));
      assertThat(cells(sheet).get(1).get(0)).contains("invalid figures are left out (1 here)");
      assertThat(cells(sheet).get(2).get(0)).startsWith("Latest: the figure about the latest day");
      assertThat(sheet.getRow(header.getRowNum() + 2).getCell(3).getCellType())
          .isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
          .isEqualTo("A" + (header.getRowNum() + 1) + ":M" + (header.getRowNum() + 5));
    }
  }

  @Test
  void summary_chartsPeopleKilledAndDisplacedByLocation() throws IOException {
    try (XSSFWorkbook wb = read(summarised)) {
      XSSFSheet sheet = wb.getSheet("Summary");
      List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
      assertThat(charts).hasSize(1);
      XSSFChart chart = charts.get(0);
      assertThat(chart.getTitleText().getString()).startsWith("People killed and displaced");
      var data = chart.getChartSeries().get(0);
      assertThat(data.getSeriesCount()).isEqualTo(2);
      var bars = chart.getCTChart().getPlotArea().getBarChartArray(0);
      assertThat(bars.getSerArray(0).getTx().getStrRef().getStrCache().getPtArray(0).getV())
          .isEqualTo("Killed");
      assertThat(bars.getSerArray(1).getTx().getStrRef().getStrCache().getPtArray(0).getV())
          .isEqualTo("Displaced");
      assertThat(bars.getSerArray(0).getTx().getStrRef().getF()).startsWith("Summary!$");
      var places = data.getSeries(0).getCategoryData();
      assertThat(places.getPointCount()).isEqualTo(3);
      // Largest first: Aleppo (2,000 displaced), Palmyra (700), then no location (3 killed).
      assertThat(List.of(places.getPointAt(0), places.getPointAt(1), places.getPointAt(2)))
          .containsExactly("Aleppo", "Palmyra", "(no location)");
      assertThat(data.getSeries(0).getValuesData().getPointAt(0)).isEqualTo(50.0);
      assertThat(data.getSeries(1).getValuesData().getPointAt(0)).isEqualTo(2000.0);
      assertThat(places.getDataRangeReference()).startsWith("Summary!$");
      Row chartHeader = sheet.getRow(rowStarting(sheet, "Summary").getRowNum() + 6);
      assertThat(cells(sheet).get(chartHeader.getRowNum())).contains("Location", "Killed");
    }
  }

  @Test
  void summary_withNothingToChart_saysSo() throws IOException {
    Figure share =
        figure("s1", "doc-1").toBuilder()
            .category(org.humfig.model.Category.TERRITORY)
            .metric(Metric.CONTROLLED_SHARE)
            .unit(Unit.PERCENT)
            .value(85.0)
            .build();
    Path file =
        write(
            dir.resolve("figures.xlsx"), XlsxLimits.EXCEL, outcome(document("doc-1", null), share));
    try (XSSFWorkbook wb = read(file)) {
      XSSFSheet sheet = wb.getSheet("Summary");
      assertThat(sheet.getDrawingPatriarch()).isNull();
      assertThat(rowStarting(sheet, "No people killed or displaced to chart.")).isNotNull();
      assertThat(rowStarting(sheet, "eastern Aleppo").getCell(2).getStringCellValue())
          .isEqualTo("percent");
    }
  }

  @Test
  void latest_laterDateWins_thenHigherValue_undatedLast() {
    LocalDate d1 = LocalDate.of(2016, 12, 1);
    LocalDate d2 = LocalDate.of(2016, 12, 2);
    assertThat(XlsxAggregate.later(d2, 1, d1, 100)).isTrue();
    assertThat(XlsxAggregate.later(d1, 100, d2, 1)).isFalse();
    assertThat(XlsxAggregate.later(d1, 5, d1, 4)).isTrue();
    assertThat(XlsxAggregate.later(d1, 4, d1, 4)).isFalse();
    assertThat(XlsxAggregate.later(d1, 1, null, 100)).isTrue();
    assertThat(XlsxAggregate.later(null, 100, d1, 1)).isFalse();
    assertThat(XlsxAggregate.later(null, 2, null, 1)).isTrue();
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

      Row header = rowStarting(sheet, "Column");
      assertThat(cells(sheet).get(header.getRowNum())).isEqualTo(XlsxAbout.DICTIONARY);
      List<List<String>> dictionary =
          cells(sheet).subList(header.getRowNum() + 1, sheet.getLastRowNum() + 1);
      assertThat(dictionary).hasSameSizeAs(SCHEMA.fields());
      for (int i = 0; i < dictionary.size(); i++) {
        Field f = SCHEMA.fields().get(i);
        List<String> row = dictionary.get(i);
        assertThat(row.subList(0, 5))
            .containsExactly(f.name(), f.title(), f.type(), f.description(), f.hxl());
        assertThat(row.size() > 5 ? row.get(5) : "").isEqualTo(String.join(", ", f.allowed()));
        assertThat(row.get(6)).isEqualTo(f.required() ? "yes" : "no");
      }
    }
  }
}
