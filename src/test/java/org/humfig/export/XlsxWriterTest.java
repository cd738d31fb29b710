package org.humfig.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.humfig.export.XlsxTestFiles.SCHEMA;
import static org.humfig.export.XlsxTestFiles.cells;
import static org.humfig.export.XlsxTestFiles.document;
import static org.humfig.export.XlsxTestFiles.figure;
import static org.humfig.export.XlsxTestFiles.filter;
import static org.humfig.export.XlsxTestFiles.outcome;
import static org.humfig.export.XlsxTestFiles.read;
import static org.humfig.export.XlsxTestFiles.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.humfig.Fixtures;
import org.humfig.Outcome;
import org.humfig.document.Document;
import org.humfig.model.Figure;
import org.humfig.model.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxWriterTest {

  @TempDir Path dir;
  @TempDir static Path shared;
  private static Path sample;

  @BeforeAll
  static void writeSample() {
    sample = write(shared.resolve("figures.xlsx"), XlsxLimits.EXCEL, sample());
  }

  private final int url = SCHEMA.names().indexOf("source_url");
  private final int status = SCHEMA.names().indexOf("status");

  private static Outcome sample() {
    Document doc = document("doc-1", "https://example.org/aleppo");
    Figure hostile =
        figure("f2", "doc-1").toBuilder()
            .population("=HYPERLINK(\"http://evil\",\"x\")")
            .location("@SUM(A1)")
            .notes("-2+3")
            .evidence("word ".repeat(40).strip())
            .value(1234.5)
            .status(Status.WARNING)
            .build();
    Figure badUrl =
        figure("f3", "doc-1").toBuilder()
            .sourceUrl("=cmd|' /C calc'!A0")
            .status(Status.INVALID)
            .build();
    return outcome(doc, figure("f1", "doc-1"), hostile, badUrl);
  }

  @Test
  void write_sheetsInReadingOrder_figuresFirstAndActive_listsHidden() throws IOException {
    try (XSSFWorkbook wb = read(sample)) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertThat(names)
          .containsExactly(
              "Figures", "Summary", "Consolidated", "Sources", "Validation", "About", "Lists");
      assertThat(wb.getActiveSheetIndex()).isZero();
      assertThat(wb.getSheetAt(0).isSelected()).isTrue();
      assertThat(wb.getSheetVisibility(6)).isEqualTo(SheetVisibility.HIDDEN);
      for (int i = 0; i < 6; i++) {
        assertThat(wb.getSheetVisibility(i)).as(names.get(i)).isEqualTo(SheetVisibility.VISIBLE);
      }
      assertThat(wb.getProperties().getCoreProperties().getCreator()).isEqualTo("humfig test");
    }
  }

  @Test
  void figures_typedCells_frozenFilteredHeader_neutralisedTextOnly() throws IOException {
    try (XSSFWorkbook wb = read(sample)) {
      XSSFSheet sheet = wb.getSheet("Figures");
      assertThat(cells(sheet).get(0)).isEqualTo(SCHEMA.names());
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      String lastCol = CellReference.convertNumToColString(SCHEMA.names().size() - 1);
      assertThat(filter(sheet)).isEqualTo("A1:" + lastCol + "4");

      Row first = sheet.getRow(1);
      int value = SCHEMA.names().indexOf("value");
      int published = SCHEMA.names().indexOf("published_date");
      int start = SCHEMA.names().indexOf("evidence_start");
      assertThat(first.getCell(value).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(first.getCell(value).getNumericCellValue()).isEqualTo(300.0);
      assertThat(first.getCell(value).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
      assertThat(first.getCell(start).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(first.getCell(published))).isTrue();
      assertThat(first.getCell(published).getCellStyle().getDataFormatString())
          .isEqualTo("yyyy-mm-dd");
      assertThat(first.getCell(published).getLocalDateTimeCellValue().toLocalDate())
          .hasToString("2016-12-11");
      assertThat(first.getCell(SCHEMA.names().indexOf("evidence")).getCellStyle().getWrapText())
          .isTrue();
      assertThat(first.getHeightInPoints()).isEqualTo(15f);
      assertThat(sheet.getRow(2).getHeightInPoints()).as("199 characters in 80").isEqualTo(45f);

      Row hostile = sheet.getRow(2);
      assertThat(hostile.getCell(value).getNumericCellValue()).isEqualTo(1234.5);
      assertThat(hostile.getCell(value).getCellStyle().getDataFormatString())
          .isEqualTo("#,##0.####");
      assertThat(hostile.getCell(SCHEMA.names().indexOf("population")).getStringCellValue())
          .isEqualTo("=HYPERLINK(\"http://evil\",\"x\")");
      assertThat(hostile.getCell(SCHEMA.names().indexOf("location")).getStringCellValue())
          .isEqualTo("@SUM(A1)");
      assertThat(hostile.getCell(SCHEMA.names().indexOf("notes")).getStringCellValue())
          .isEqualTo("-2+3");
      for (Row row : sheet) {
        row.forEach(c -> assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA));
      }
    }
  }

  @Test
  void figures_sourceUrl_isOneLinkPerRunOfRows_andOnlyForWebAddresses() throws IOException {
    Document other = document("doc-2", "https://example.org/palmyra");
    Path file =
        write(
            dir.resolve("figures.xlsx"),
            XlsxLimits.EXCEL,
            sample(),
            outcome(other, figure("f4", "doc-2", "https://example.org/palmyra")));
    try (XSSFWorkbook wb = read(file)) {
      XSSFSheet sheet = wb.getSheet("Figures");
      XSSFHyperlink link = sheet.getHyperlink(1, url);
      assertThat(link.getAddress()).isEqualTo("https://example.org/aleppo");
      assertThat(sheet.getHyperlink(2, url).getAddress()).isEqualTo("https://example.org/aleppo");
      assertThat(link.getFirstRow()).isEqualTo(1);
      assertThat(link.getLastRow()).isEqualTo(2);
      assertThat(sheet.getHyperlink(3, url)).isNull();
      assertThat(sheet.getRow(3).getCell(url).getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
      assertThat(sheet.getHyperlink(4, url).getAddress()).isEqualTo("https://example.org/palmyra");
      assertThat(sheet.getNumHyperlinks()).isEqualTo(2);
      assertThat(sheet.getRow(1).getCell(url).getCellStyle().getFontIndex())
          .isNotEqualTo(sheet.getRow(3).getCell(url).getCellStyle().getFontIndex());
    }
  }

  @Test
  void links_afterASheetsFirst_readBackWithTheirRowsAndAddresses() throws IOException {
    String query = "https://example.org/search?q=siege&page=2";
    Path file =
        write(
            dir.resolve("figures.xlsx"),
            XlsxLimits.EXCEL,
            outcome(
                document("a", "https://example.org/a"), figure("f1", "a", "https://example.org/a")),
            outcome(document("b", query), figure("f2", "b", query), figure("f3", "b", query)),
            outcome(
                document("c", "https://example.org/c?x=<1>"),
                figure("f4", "c", "https://example.org/c")));
    try (XSSFWorkbook wb = read(file)) {
      XSSFSheet sheet = wb.getSheet("Figures");
      assertThat(sheet.getNumHyperlinks()).isEqualTo(3);
      XSSFHyperlink second = sheet.getHyperlink(2, url);
      assertThat(second.getAddress()).isEqualTo(query);
      assertThat(second.getFirstRow()).isEqualTo(2);
      assertThat(second.getLastRow()).isEqualTo(3);
      assertThat(sheet.getHyperlink(4, url).getAddress()).isEqualTo("https://example.org/c");
      XSSFSheet sources = wb.getSheet("Sources");
      assertThat(sources.getHyperlink(2, 4).getAddress()).isEqualTo(query);
      assertThat(sources.getHyperlink(3, 4)).as("not a URL").isNull();
    }
  }

  @Test
  void links_pastTheWorkbooksCap_addressesStayText_andAboutCountsThem() throws IOException {
    XlsxLimits twoLinks = new XlsxLimits(XlsxLimits.EXCEL.rows(), 2, 10);
    Path file =
        write(
            dir.resolve("figures.xlsx"),
            twoLinks,
            outcome(
                document("a", "https://example.org/a"),
                figure("f1", "a", "https://example.org/a"),
                figure("f2", "a", "https://example.org/a")),
            outcome(
                document("b", "https://example.org/b"),
                figure("f3", "b", "https://example.org/b")));
    try (XSSFWorkbook wb = read(file)) {
      XSSFSheet sheet = wb.getSheet("Figures");
      XSSFSheet sources = wb.getSheet("Sources");
      // Figures f1 and f2 share the first link, Sources takes the second, then none are left.
      assertThat(sheet.getHyperlink(2, url).getAddress()).isEqualTo("https://example.org/a");
      assertThat(sheet.getNumHyperlinks()).isEqualTo(1);
      assertThat(sources.getHyperlink(1, 4).getAddress()).isEqualTo("https://example.org/a");
      assertThat(sources.getNumHyperlinks()).isEqualTo(1);
      assertThat(sheet.getHyperlink(3, url)).isNull();
      assertThat(sheet.getRow(3).getCell(url).getStringCellValue())
          .isEqualTo("https://example.org/b");
      assertThat(sources.getHyperlink(2, 4)).isNull();
      assertThat(sources.getRow(2).getCell(4).getStringCellValue())
          .isEqualTo("https://example.org/b");
      Row unlinked = XlsxTestFiles.rowStarting(wb.getSheet("About"), "Links left as text");
      assertThat(unlinked.getCell(1).getNumericCellValue()).isEqualTo(2.0);
    }
  }

  @Test
  void figures_dropdownsDrawFromTheHiddenListsSheet() throws IOException {
    try (XSSFWorkbook wb = read(sample)) {
      XSSFSheet sheet = wb.getSheet("Figures");
      Sheet lists = wb.getSheet("Lists");
      Map<String, List<String>> byColumn = new TreeMap<>();
      for (DataValidation v : sheet.getDataValidations()) {
        CellRangeAddress range = v.getRegions().getCellRangeAddress(0);
        assertThat(range.getFirstRow()).isEqualTo(1);
        assertThat(range.getLastRow()).isEqualTo(1_048_575);
        assertThat(v.getShowErrorBox()).isTrue();
        String formula = v.getValidationConstraint().getFormula1();
        assertThat(formula).startsWith("Lists!$");
        byColumn.put(SCHEMA.names().get(range.getFirstColumn()), listed(lists, formula));
      }
      assertThat(byColumn).containsKeys("category", "metric", "qualifier", "unit", "status");
      SCHEMA.fields().stream()
          .filter(f -> !f.allowed().isEmpty())
          .forEach(f -> assertThat(byColumn.get(f.name())).as(f.name()).isEqualTo(f.allowed()));
      assertThat(byColumn)
          .hasSize((int) SCHEMA.fields().stream().filter(f -> !f.allowed().isEmpty()).count());
    }
  }

  private static List<String> listed(Sheet lists, String formula) {
    CellRangeAddress range = CellRangeAddress.valueOf(formula.substring(formula.indexOf('!') + 1));
    List<String> values = new ArrayList<>();
    for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
      values.add(lists.getRow(r).getCell(range.getFirstColumn()).getStringCellValue());
    }
    return values;
  }

  @Test
  void figures_statusColouredByConditionalFormattingOverTheDataRange() throws IOException {
    try (XSSFWorkbook wb = read(sample)) {
      XSSFSheet sheet = wb.getSheet("Figures");
      SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
      Map<String, String> fills = new TreeMap<>();
      for (int i = 0; i < cf.getNumConditionalFormattings(); i++) {
        ConditionalFormatting f = cf.getConditionalFormattingAt(i);
        assertThat(f.getFormattingRanges())
            .containsExactly(new CellRangeAddress(1, 1048575, status, status));
        XSSFConditionalFormattingRule rule = (XSSFConditionalFormattingRule) f.getRule(0);
        XSSFColor fill = (XSSFColor) rule.getPatternFormatting().getFillBackgroundColorColor();
        fills.put(rule.getFormula1(), fill.getARGBHex().substring(2));
      }
      assertThat(fills)
          .containsEntry("\"invalid\"", "FFC7CE")
          .containsEntry("\"warning\"", "FFEB9C")
          .containsEntry("\"valid\"", "C6EFCE");
      for (Row row : sheet) {
        assertThat(row.getCell(status).getCellStyle().getFillPattern().getCode()).isZero();
      }
    }
  }

  @Test
  void figures_pastTheRowLimit_continueOnNumberedSheets() throws IOException {
    XlsxLimits threeRows = new XlsxLimits(3, 10, 2);
    Figure[] five = new Figure[5];
    for (int i = 0; i < five.length; i++) {
      five[i] = figure("f" + (i + 1), "doc-1");
    }
    Outcome o = outcome(document("doc-1", "https://example.org/a"), five);
    o =
        new Outcome.Read(
            document("doc-1", "https://example.org/a"),
            o.figures().stream()
                .map(
                    v ->
                        new org.humfig.Validated(
                            v.figure(), List.of(XlsxTestFiles.warning(), XlsxTestFiles.warning())))
                .toList(),
            List.of());
    Path file = write(dir.resolve("figures.xlsx"), threeRows, o);
    try (XSSFWorkbook wb = read(file)) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertThat(names)
          .containsExactly(
              "Figures",
              "Figures (2)",
              "Figures (3)",
              "Summary",
              "Consolidated",
              "Sources",
              "Validation",
              "Validation (2)",
              "Validation (3)",
              "Validation (4)",
              "Validation (5)",
              "About",
              "Lists");
      assertThat(wb.getSheetVisibility(names.size() - 1)).isEqualTo(SheetVisibility.HIDDEN);
      List<String> ids = new ArrayList<>();
      for (String name : List.of("Figures", "Figures (2)", "Figures (3)")) {
        XSSFSheet s = wb.getSheet(name);
        assertThat(cells(s).get(0)).isEqualTo(SCHEMA.names());
        assertThat(s.getPaneInformation().isFreezePane()).isTrue();
        assertThat(s.getTables()).hasSize(1);
        assertThat(s.getDataValidations()).isNotEmpty();
        assertThat(s.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(3);
        for (int r = 1; r <= s.getLastRowNum(); r++) {
          ids.add(s.getRow(r).getCell(0).getStringCellValue());
        }
      }
      assertThat(ids).containsExactly("f1", "f2", "f3", "f4", "f5");
      // f5 is the first figure on Figures (3); its problems point there.
      Map<String, String> where =
          cells(wb.getSheet("Validation (5)")).stream()
              .skip(1)
              .collect(
                  Collectors.toMap(r -> r.get(0), r -> r.get(2) + "!" + r.get(3), (a, b) -> a));
      assertThat(where).containsEntry("f5", "Figures (3)!2");
      assertThat(
              XlsxTestFiles.rowStarting(wb.getSheet("About"), "Figures")
                  .getCell(1)
                  .getNumericCellValue())
          .isEqualTo(5.0);
    }
  }

  @Test
  void write_sameOutcomesTwice_sameCells() throws IOException {
    Path a = sample;
    Path b = write(dir.resolve("b.xlsx"), XlsxLimits.EXCEL, sample());
    try (XSSFWorkbook x = read(a);
        XSSFWorkbook y = read(b)) {
      assertThat(x.getNumberOfSheets()).isEqualTo(y.getNumberOfSheets());
      for (int i = 0; i < x.getNumberOfSheets(); i++) {
        assertThat(cells(x.getSheetAt(i))).isEqualTo(cells(y.getSheetAt(i)));
      }
      assertThat(x.getProperties().getCoreProperties().getCreated())
          .isEqualTo(y.getProperties().getCoreProperties().getCreated());
    }
    assertThat(Files.mismatch(a, b)).as("the same bytes").isEqualTo(-1L);
    // every part is dated the run's day, not the time it was written
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(a.toFile())) {
      zip.stream()
          .forEach(
              e ->
                  assertThat(e.getTimeLocal())
                      .as(e.getName())
                      .isEqualTo(XlsxTestFiles.RUN.date().atStartOfDay()));
    }
  }

  @Test
  void close_withoutCommit_leavesNoFile() throws IOException {
    try (XlsxWriter w = new XlsxWriter(dir.resolve("figures.xlsx"), SCHEMA, XlsxTestFiles.RUN)) {
      w.write(outcome(document("doc-1", null), Fixtures.figure()));
    }
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void lines_countWrappedLinesAndLineBreaks() {
    assertThat(XlsxCells.lines("", 80)).isEqualTo(1);
    assertThat(XlsxCells.lines("a".repeat(88), 80)).isEqualTo(1);
    assertThat(XlsxCells.lines("a".repeat(89), 80)).isEqualTo(2);
    assertThat(XlsxCells.lines("a\nb\n", 80)).isEqualTo(3);
  }

  @Test
  void linkable_onlyAbsoluteWebAddresses() {
    assertThat(XlsxLinks.linkable("https://example.org/a?b=c")).isTrue();
    assertThat(XlsxLinks.linkable("HTTP://example.org")).isTrue();
    assertThat(XlsxLinks.linkable("javascript:alert(1)")).isFalse();
    assertThat(XlsxLinks.linkable("file:///etc/passwd")).isFalse();
    assertThat(XlsxLinks.linkable("https://example.org/a b")).isFalse();
    assertThat(XlsxLinks.linkable("example.org/a")).isFalse();
    assertThat(XlsxLinks.linkable("")).isFalse();
    assertThat(XlsxLinks.linkable(null)).isFalse();
    assertThat(XlsxLinks.linkable("https://example.org/" + "a".repeat(XlsxLinks.MAX_ADDRESS)))
        .isFalse();
  }
}
