package org.humfig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconcileCommandTest {

  @TempDir static Path exports;
  @TempDir Path dir;

  @BeforeAll
  static void extract() {
    CliRun run = CliRun.of("extract", "examples", "--out", exports.toString(), "-q");
    assertThat(run.code()).as(run.err()).isZero();
  }

  private static List<String> column(Path csv, String name) throws IOException {
    try (com.opencsv.CSVReader r = new com.opencsv.CSVReader(Files.newBufferedReader(csv))) {
      List<String[]> rows = r.readAll();
      int at = List.of(rows.get(0)).indexOf(name);
      List<String> out = new ArrayList<>();
      rows.subList(1, rows.size()).forEach(row -> out.add(row[at]));
      return out;
    } catch (com.opencsv.exceptions.CsvException e) {
      throw new IOException(e);
    }
  }

  @Test
  void reconcile_anExportAgain_givesTheSameFactsAndFigures() throws IOException {
    Path out = dir.resolve("again");
    CliRun run =
        CliRun.of(
            "reconcile",
            exports.resolve("figures.csv").toString(),
            exports.resolve("figures.csv").toString(),
            "--out",
            out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("23 figures read before (the same figure_id) left out");
    assertThat(run.out()).contains("Found 23 figures").contains("Reconciled into");
    assertThat(Files.readString(out.resolve("consolidated.csv")))
        .isEqualTo(Files.readString(exports.resolve("consolidated.csv")));
    assertThat(Files.readString(out.resolve("figures.csv")))
        .isEqualTo(Files.readString(exports.resolve("figures.csv")));
    assertThat(out.resolve("figures.xlsx")).exists();
    assertThat(out.resolve("validation.json")).exists();
  }

  @Test
  void facts_sameBytes_whateverTheThreadsOrTheOrderOfTheFigures() throws IOException {
    Path one = dir.resolve("one");
    CliRun run = CliRun.of("extract", "examples", "--out", one.toString(), "--threads", "1", "-q");
    assertThat(run.code()).as(run.err()).isZero();
    for (String file : List.of("figures.csv", "consolidated.csv")) {
      assertThat(Files.readAllBytes(one.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(exports.resolve(file)));
    }
    List<String> lines = Files.readAllLines(exports.resolve("figures.csv"), StandardCharsets.UTF_8);
    List<String> reversed = new ArrayList<>(lines.subList(1, lines.size()));
    java.util.Collections.reverse(reversed);
    reversed.add(0, lines.get(0));
    Path backwards = Files.write(dir.resolve("backwards.csv"), reversed, StandardCharsets.UTF_8);
    Path again = dir.resolve("again");
    run = CliRun.of("reconcile", backwards.toString(), "--out", again.toString(), "-q");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readAllBytes(again.resolve("consolidated.csv")))
        .isEqualTo(Files.readAllBytes(exports.resolve("consolidated.csv")));
    assertThat(column(again.resolve("figures.csv"), "group_id"))
        .containsExactlyElementsOf(
            reversedCopy(column(exports.resolve("figures.csv"), "group_id")));
  }

  private static List<String> reversedCopy(List<String> list) {
    List<String> out = new ArrayList<>(list);
    java.util.Collections.reverse(out);
    return out;
  }

  @Test
  void reconcile_mergedHandEditedExports_regroupsWithoutTheArticles() throws IOException {
    List<String> lines = Files.readAllLines(exports.resolve("figures.csv"), StandardCharsets.UTF_8);
    String header = lines.get(0);
    int keep = header.split(",").length;
    // An older export, without group_id and role, holding the first half...
    List<String> old = new ArrayList<>();
    old.add(String.join(",", List.of(header.split(",")).subList(0, keep - 2)));
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    for (String line : lines.subList(1, 12)) {
      old.add(line.substring(0, line.lastIndexOf(',', line.lastIndexOf(',') - 1)));
    }
    Files.write(a, old, StandardCharsets.UTF_8);
    // ...and a newer one with the rest.
    List<String> rest = new ArrayList<>(lines.subList(12, lines.size()));
    rest.add(0, header);
    Files.write(b, rest, StandardCharsets.UTF_8);

    Path out = dir.resolve("merged");
    CliRun run =
        CliRun.of(
            "reconcile", a.toString(), b.toString(), "--out", out.toString(), "--best", "median");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("group_id");
    assertThat(column(out.resolve("figures.csv"), "figure_id"))
        .containsExactlyElementsOf(column(exports.resolve("figures.csv"), "figure_id"));
    assertThat(column(out.resolve("consolidated.csv"), "best")).containsOnly("median");
    assertThat(column(out.resolve("figures.csv"), "group_id"))
        .allMatch(g -> g.matches("g[0-9a-f]{16}"));
    CliRun check = CliRun.of("validate", out.resolve("consolidated.csv").toString(), "-q");
    assertThat(check.code()).as(check.out()).isZero();
    assertThat(check.out()).contains("consolidated.csv: ").contains("valid:");
  }

  @Test
  void reconcile_badInputs_areUsageErrors() throws IOException {
    assertThat(CliRun.of("reconcile", "nope.csv", "--out", dir.toString()).code()).isEqualTo(2);
    Path txt = Files.writeString(dir.resolve("notes.md"), "hello");
    CliRun wrong = CliRun.of("reconcile", txt.toString(), "--out", dir.toString());
    assertThat(wrong.code()).isEqualTo(2);
    assertThat(wrong.err()).contains("is not a .csv or .xlsx file");
    assertThat(
            CliRun.of(
                    "reconcile",
                    exports.resolve("figures.csv").toString(),
                    "--out",
                    dir.toString(),
                    "--best",
                    "highest")
                .code())
        .isEqualTo(2);
  }

  @Test
  void reconcile_aTableWithNoFigures_failsAndSaysWhy_keepingTheEarlierExports() throws IOException {
    Path out = dir.resolve("o");
    assertThat(
            CliRun.of(
                    "reconcile", exports.resolve("figures.csv").toString(), "--out", out.toString())
                .code())
        .isZero();
    byte[] before = Files.readAllBytes(out.resolve("consolidated.csv"));
    Path empty = Files.writeString(dir.resolve("empty.csv"), "figure_id,document_id\n");
    CliRun run = CliRun.of("reconcile", empty.toString(), "--out", out.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("warning:").contains("missing from the header");
    assertThat(run.err().lines().reduce((a, b) -> b).orElseThrow())
        .isEqualTo(
            "humfig reconcile: error: no figure could be read from '"
                + empty
                + "'; the exports in '"
                + out
                + "' were left as they were");
    assertThat(Files.readAllBytes(out.resolve("consolidated.csv"))).isEqualTo(before);
  }

  @Test
  void reconcile_aFileThatIsNoWorkbook_isNamedOnce_andTheOthersAreReconciled() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.xlsx"), "not a workbook");
    Path out = dir.resolve("o");
    CliRun run =
        CliRun.of(
            "reconcile",
            exports.resolve("figures.csv").toString(),
            bad.toString(),
            "--out",
            out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err().lines())
        .containsExactly("warning: " + bad + ": not an Excel workbook (.xlsx)");
    assertThat(Files.readString(out.resolve("consolidated.csv")))
        .isEqualTo(Files.readString(exports.resolve("consolidated.csv")));
  }

  @Test
  void validate_picksTheSchemaOfEachTable() throws IOException {
    CliRun run =
        CliRun.of(
            "validate",
            exports.resolve("consolidated.csv").toString(),
            exports.resolve("figures.csv").toString(),
            "--report",
            dir.resolve("report.json").toString(),
            "-q");
    assertThat(run.code()).as(run.out()).isZero();
    String json = Files.readString(dir.resolve("report.json"));
    assertThat(json).contains("\"name\" : \"humfig-consolidated\"");
    Path edited = dir.resolve("consolidated.csv");
    List<String> lines = Files.readAllLines(exports.resolve("consolidated.csv"));
    lines.set(1, lines.get(1).replace(",conservative,", ",highest,"));
    Files.write(edited, lines);
    CliRun bad = CliRun.of("validate", edited.toString());
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.out()).contains("best 'highest' is not one of conservative, latest, median");
    CliRun sheet =
        CliRun.of(
            "validate",
            exports.resolve("figures.xlsx").toString(),
            "--sheet",
            "Consolidated",
            "-q");
    assertThat(sheet.code()).as(sheet.out()).isZero();
  }
}
