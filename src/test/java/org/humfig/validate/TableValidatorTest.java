package org.humfig.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.humfig.Fixtures;
import org.humfig.model.Columns;
import org.humfig.model.Figure;
import org.humfig.schema.TableSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One bad row per rule yields exactly that rule at that row. */
class TableValidatorTest {

  private static final TableSchema SCHEMA = TableSchema.bundled();
  private static final FigureValidator FIGURES =
      new FigureValidator(SCHEMA, LocalDate.of(2026, 1, 1));
  private static final TableValidator VALIDATOR = new TableValidator(FIGURES);

  @TempDir Path dir;

  @AfterAll
  static void close() {
    FIGURES.close();
  }

  /** A complete, valid figure as a CSV row, column by column. */
  static Map<String, String> good(String id) {
    Figure f = Fixtures.figure().toBuilder().id(id).build();
    Map<String, String> row = new LinkedHashMap<>();
    for (String c : SCHEMA.names()) {
      row.put(c, Columns.text(Columns.value(f, c)));
    }
    return row;
  }

  private static String csv(List<String> cells) {
    return cells.stream()
        .map(c -> c.contains(",") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c)
        .collect(Collectors.joining(","));
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static List<Finding> validate(Table t) throws Exception {
    List<Finding> found = new ArrayList<>();
    VALIDATOR.validate(t, found::add);
    return found;
  }

  private static String header() {
    return String.join(",", SCHEMA.names());
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        bad("field.required", "evidence", r -> put(r, "evidence", "")),
        bad("field.minimum", "value", r -> put(put(r, "value", "-5"), "value_low", "")),
        bad("field.maximum", "confidence", r -> put(r, "confidence", "1.5")),
        bad("field.pattern", "country_code", r -> put(r, "country_code", "SY")),
        bad("field.enum", "metric", r -> put(r, "metric", "slain")),
        bad("type.number", "value", r -> put(r, "value", "about 300")),
        bad("type.integer", "evidence_start", r -> put(r, "evidence_start", "1.5")),
        bad("type.date", "date_start", r -> put(r, "date_start", "11/12/2016")),
        bad("value.bounds", "value", r -> put(r, "value_low", "400")),
        bad(
            "share.maximum",
            "value",
            r ->
                put(
                    put(
                        put(
                            put(
                                put(put(r, "category", "territory"), "metric", "controlled_share"),
                                "unit",
                                "percent"),
                            "value",
                            "120"),
                        "value_low",
                        "120"),
                    "value_people",
                    "")),
        bad("unit.metric", "unit", r -> put(r, "unit", "km2")),
        bad("metric.category", "metric", r -> put(r, "metric", "fled")),
        bad("period.order", "date_end", r -> put(r, "date_end", "2016-11-01")),
        bad("period.published", "date_end", r -> put(r, "date_end", "2016-12-20")),
        bad("evidence.offsets", "evidence_end", r -> put(r, "evidence_end", "101")),
        bad(
            "household.size",
            "household_size",
            r ->
                put(
                    put(put(r, "unit", "households"), "category", "displacement"),
                    "metric",
                    "displaced")),
        bad("date.future", "published_date", r -> put(r, "published_date", "2026-06-01")),
        bad(
            "date.missing",
            "date_start",
            r -> put(put(put(r, "date_start", ""), "date_end", ""), "date_precision", "unknown")),
        bad("attribution.missing", "attributed_to", r -> put(r, "attributed_to", "")),
        bad("part_of.known", "part_of", r -> put(r, "part_of", "ffffffffffffffff")));
  }

  private static Arguments bad(
      String rule, String column, UnaryOperator<Map<String, String>> change) {
    return Arguments.of(rule, column, change);
  }

  private static Map<String, String> put(Map<String, String> row, String column, String value) {
    row.put(column, value);
    return row;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void badRow_yieldsExactlyThatRuleAtThatRow(
      String rule, String column, UnaryOperator<Map<String, String>> change) throws Exception {
    Map<String, String> bad = change.apply(good("0000000000000002"));
    String content =
        header()
            + "\n"
            + csv(new ArrayList<>(good("0000000000000001").values()))
            + "\n"
            + csv(new ArrayList<>(bad.values()))
            + "\n"
            + csv(new ArrayList<>(good("0000000000000003").values()))
            + "\n";
    List<Finding> found = validate(new CsvTable(write("t.csv", content)));
    assertThat(found)
        .extracting(Finding::rule, Finding::row, Finding::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(rule, 3, column));
  }

  @Test
  void goodTable_hasNoFindings() throws Exception {
    String content =
        header() + "\n" + csv(new ArrayList<>(good("0000000000000001").values())) + "\n";
    assertThat(validate(new CsvTable(write("t.csv", content)))).isEmpty();
  }

  @Test
  void duplicateId_isReportedWithTheFirstRow() throws Exception {
    String row = csv(new ArrayList<>(good("0000000000000001").values()));
    List<Finding> found =
        validate(new CsvTable(write("t.csv", header() + "\n" + row + "\n" + row + "\n")));
    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("id.unique");
              assertThat(f.row()).isEqualTo(3);
              assertThat(f.message()).contains("row 2");
            });
  }

  @Test
  void structure_missingExtraRenamedColumnsRaggedAndBlankRows() throws Exception {
    String head = header().replace("source_name,", "").replace(",notes", ",Notes") + ",comment";
    Map<String, String> r = good("0000000000000001");
    r.remove("source_name");
    List<String> cells = new ArrayList<>(r.values());
    cells.add("checked by AB");
    List<String> ragged = new ArrayList<>(cells);
    ragged.add("extra");
    String content = head + "\n" + csv(cells) + "\n\n" + csv(ragged.subList(0, 5)) + "\n";
    List<Finding> found = validate(new CsvTable(write("t.csv", content)));
    assertThat(found)
        .extracting(Finding::rule, Finding::row, Finding::column)
        .contains(
            org.assertj.core.groups.Tuple.tuple("table.missing-column", 1, "source_name"),
            org.assertj.core.groups.Tuple.tuple("table.renamed-column", 1, "notes"),
            org.assertj.core.groups.Tuple.tuple("table.extra-column", 1, "comment"),
            org.assertj.core.groups.Tuple.tuple("row.blank", 3, ""),
            org.assertj.core.groups.Tuple.tuple("row.ragged", 4, ""));
    assertThat(found)
        .filteredOn(f -> f.rule().equals("field.required"))
        .extracting(Finding::row)
        .containsOnly(4);
  }

  @Test
  void structure_emptyFileAndHeaderOnly() throws Exception {
    assertThat(validate(new CsvTable(write("e.csv", ""))))
        .extracting(Finding::rule)
        .containsExactly("table.empty");
    assertThat(validate(new CsvTable(write("h.csv", header() + "\n"))))
        .extracting(Finding::rule)
        .containsExactly("table.no-rows");
  }

  @Test
  void structure_unbalancedQuoteIsReportedAtItsLine() throws Exception {
    String row = csv(new ArrayList<>(good("0000000000000001").values()));
    String content =
        header()
            + "\n"
            + row
            + "\n"
            + row.replace("0000000000000001,", "0000000000000002,\"open,")
            + "\n";
    List<Finding> found = validate(new CsvTable(write("q.csv", content)));
    assertThat(found)
        .extracting(Finding::rule, Finding::row)
        .contains(org.assertj.core.groups.Tuple.tuple("table.unbalanced-quote", 3));
  }

  @Test
  void csv_bomSemicolonsAndHxlRow_areRead() throws Exception {
    List<String> cells = new ArrayList<>(good("0000000000000001").values());
    String hxl = String.join(";", SCHEMA.fields().stream().map(f -> f.hxl()).toList());
    String content =
        "\uFEFF"
            + String.join(";", SCHEMA.names())
            + "\n"
            + hxl
            + "\n"
            + cells.stream()
                .map(c -> c.contains(";") ? "\"" + c + "\"" : c)
                .collect(Collectors.joining(";"))
            + "\n";
    assertThat(validate(new CsvTable(write("s.csv", content)))).isEmpty();
  }

  @Test
  void csv_badDates_areTypeErrors() throws Exception {
    Map<String, String> r = good("0000000000000001");
    r.put("date_start", "yesterday");
    r.put("published_date", "11/12/2016");
    String content = header() + "\n" + csv(new ArrayList<>(r.values())) + "\n";
    assertThat(validate(new CsvTable(write("d.csv", content))))
        .extracting(Finding::rule, Finding::column)
        .contains(
            org.assertj.core.groups.Tuple.tuple("type.date", "date_start"),
            org.assertj.core.groups.Tuple.tuple("type.date", "published_date"));
  }
}
