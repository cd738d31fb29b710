package org.humfig.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.humfig.Exported;
import org.humfig.Programs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export written with {@code --hxl} passes {@code hxl validate}: with libhxl's own command where
 * it is installed, and always with the rules of libhxl's default schema that report errors (every
 * {@code #date} column holds dates; every {@code #population}, {@code #affected}, {@code #inneed},
 * {@code #targeted}, {@code #reached}, {@code #indicator+num}, {@code #output+num}, {@code #value}
 * column numbers), the HXL hashtag grammar, and the choices HDX tools depend on: no column a tool
 * sums, places tagged as places, the same hashtag row in the workbook.
 */
class HxlIT {

  /** A hashtag and its attributes, as HXL 1.1 writes them. */
  private static final Pattern TAG =
      Pattern.compile("#[A-Za-z][A-Za-z0-9_]*(\\s*\\+\\s*[A-Za-z][A-Za-z0-9_]*)*");

  /** Tag patterns whose columns libhxl requires to be numbers. */
  private static final List<String> NUMBERS =
      List.of(
          "#population",
          "#affected",
          "#inneed",
          "#targeted",
          "#reached",
          "#indicator+num",
          "#output+num",
          "#value");

  /** Tag patterns whose columns HDX Quick Charts and tag-based aggregation add up. */
  private static final List<String> SUMMED =
      List.of(
          "#population",
          "#affected",
          "#inneed",
          "#targeted",
          "#reached",
          "#value",
          "#capacity",
          "#indicator+num",
          "#indicator+value");

  @TempDir static Path dir;

  private static Path exports;
  private static List<String[]> rows;

  @BeforeAll
  static void export() throws Exception {
    exports = Exported.folder(dir, true);
    try (Reader r =
            Files.newBufferedReader(exports.resolve("figures.csv"), StandardCharsets.UTF_8);
        CSVReader reader =
            new CSVReaderBuilder(r).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
      rows = reader.readAll();
    }
    assertThat(rows.size()).isGreaterThan(20);
  }

  @Test
  void hxlValidate_reportsNoError() throws Exception {
    Optional<Path> hxl = Programs.find("hxlvalidate");
    org.junit.jupiter.api.Assumptions.assumeTrue(hxl.isPresent(), "libhxl is not installed here");
    Programs.Result r =
        Programs.run(
            exports, Map.of(), Duration.ofMinutes(2), List.of(hxl.get().toString(), "figures.csv"));
    assertThat(r.code()).as(r.output()).isZero();
    assertThat(r.output()).doesNotContainIgnoringCase("error");
  }

  @Test
  void hashtagRow_followsTheGrammar_oneTagPerColumn() {
    String[] tags = rows.get(1);
    assertThat(tags).hasSameSizeAs(rows.get(0));
    for (String tag : tags) {
      assertThat(tag).matches(TAG);
    }
    assertThat(Set.of(tags)).hasSameSizeAs(tags);
  }

  @Test
  void defaultSchema_datesAreDates_numbersAreNumbers_onEveryRow() {
    String[] tags = rows.get(1);
    List<String> errors = new ArrayList<>();
    for (int c = 0; c < tags.length; c++) {
      String tag = tags[c];
      boolean date = matches("#date", tag);
      boolean number = NUMBERS.stream().anyMatch(p -> matches(p, tag));
      for (int r = 2; r < rows.size(); r++) {
        String v = rows.get(r)[c].strip();
        if (v.isEmpty()) {
          continue;
        }
        if (date && !isDate(v)) {
          errors.add("row " + (r + 1) + " " + tags[c] + ": '" + v + "' is not a date");
        }
        if (number && !isNumber(v)) {
          errors.add("row " + (r + 1) + " " + tags[c] + ": '" + v + "' is not a number");
        }
      }
    }
    assertThat(errors).isEmpty();
  }

  @Test
  void tags_noToolSumsAcrossUnits_placesArePlaces_precisionIsNoDate() {
    List<String> names = List.of(rows.get(0));
    String[] tags = rows.get(1);
    for (String tag : tags) {
      assertThat(SUMMED).noneMatch(p -> matches(p, tag));
    }
    Map<String, String> places =
        Map.of(
            "location", "#loc+name",
            "admin1", "#adm1+name",
            "latitude", "#geo+lat",
            "longitude", "#geo+lon",
            "country_code", "#country+code");
    places.forEach((column, tag) -> assertThat(tags[names.indexOf(column)]).isEqualTo(tag));
    for (String column : List.of("date_precision", "location_precision")) {
      String tag = tags[names.indexOf(column)];
      assertThat(tag).doesNotStartWith("#date").doesNotStartWith("#loc").doesNotStartWith("#geo");
    }
    assertThat(tags[names.indexOf("value")]).isEqualTo("#x_value");
  }

  @Test
  void workbook_hasTheSameHashtagRow() throws Exception {
    try (XSSFWorkbook wb = XlsxTestFiles.read(exports.resolve("figures.xlsx"))) {
      List<List<String>> cells = XlsxTestFiles.cells(wb.getSheet("Figures"));
      assertThat(cells.get(0)).containsExactly(rows.get(0));
      assertThat(cells.get(1)).containsExactly(rows.get(1));
      assertThat(cells).hasSameSizeAs(rows);
    }
  }

  /**
   * Returns true when {@code tag} has {@code pattern}'s hashtag and all its attributes (libhxl).
   */
  static boolean matches(String pattern, String tag) {
    String[] p = pattern.split("\\+");
    String[] t = tag.split("\\+");
    if (!p[0].strip().equalsIgnoreCase(t[0].strip())) {
      return false;
    }
    List<String> have = attributes(tag);
    for (int i = 1; i < p.length; i++) {
      if (!have.contains(p[i].strip().toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> attributes(String tag) {
    String[] parts = tag.split("\\+");
    List<String> out = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      out.add(parts[i].strip().toLowerCase(java.util.Locale.ROOT));
    }
    return out;
  }

  private static boolean isDate(String v) {
    try {
      LocalDate.parse(v);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean isNumber(String v) {
    try {
      Double.parseDouble(v);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
