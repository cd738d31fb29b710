package org.humfig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

  @TempDir Path dir;

  private Clock saved;

  @BeforeEach
  void fixTheClock() {
    saved = ExtractCommand.clock;
    ExtractCommand.clock = Clock.fixed(Instant.parse("2017-01-01T06:00:00Z"), ZoneOffset.UTC);
  }

  @AfterEach
  void restoreTheClock() {
    ExtractCommand.clock = saved;
  }

  @Test
  void dailyRunsIntoAStore_thenOneExport_givesWhatTheRunsFound() throws IOException {
    Path store = dir.resolve("data/crisis.db");
    CliRun first =
        CliRun.of(
            "extract",
            "examples",
            "--out",
            dir.resolve("day1").toString(),
            "--store",
            store.toString());
    CliRun again =
        CliRun.of(
            "extract",
            "examples",
            "--out",
            dir.resolve("day2").toString(),
            "--format",
            "csv",
            "--store",
            store.toString());
    CliRun export =
        CliRun.of("export", "--store", store.toString(), "--out", dir.resolve("e").toString());

    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("Stored in " + store + ": 5 documents added, 0 unchanged, 0 corrected; ")
        .containsPattern("\\d+ figures added, 0 superseded\\.");
    assertThat(again.out())
        .contains(
            "Stored in " + store + ": 0 documents added, 5 unchanged, 0 corrected; 0 figures");
    assertThat(export.code()).as(export.err()).isZero();
    assertThat(export.err()).isEmpty();
    assertThat(export.out())
        .startsWith("Exported 5 documents from " + store + ".")
        .contains("Wrote " + dir.resolve("e/figures.csv"));
    for (String file : new String[] {"figures.csv", "validation.json"}) {
      assertThat(Files.readString(dir.resolve("e").resolve(file)))
          .as(file)
          .isEqualTo(Files.readString(dir.resolve("day1").resolve(file)));
    }
    assertThat(dir.resolve("e/figures.xlsx")).exists();
  }

  @Test
  void export_selection_byCountryAndDate() throws IOException {
    Path store = dir.resolve("s.db");
    CliRun.of(
        "extract",
        "examples",
        "--out",
        dir.resolve("o").toString(),
        "--format",
        "csv",
        "--store",
        store.toString(),
        "--quiet");

    CliRun none =
        CliRun.of(
            "export",
            "--store",
            store.toString(),
            "--out",
            dir.resolve("later").toString(),
            "--since",
            "2017-01-01",
            "--format",
            "csv");
    CliRun syria =
        CliRun.of(
            "export",
            "--store",
            store.toString(),
            "--out",
            dir.resolve("syr").toString(),
            "--country",
            "syr",
            "--format",
            "csv",
            "-q");

    assertThat(none.code()).as(none.err()).isZero();
    assertThat(none.out()).startsWith("Exported 0 documents from ");
    assertThat(Files.readAllLines(dir.resolve("later/figures.csv"))).hasSize(1);
    assertThat(syria.code()).isZero();
    assertThat(syria.out()).isEmpty();
    var rows = Files.readAllLines(dir.resolve("syr/figures.csv"));
    assertThat(rows.subList(1, rows.size())).isNotEmpty().allMatch(r -> r.contains(",SYR,"));
  }

  @Test
  void export_badStoreOrOptions_failInOneLine() throws IOException {
    CliRun missing =
        CliRun.of("export", "--store", dir.resolve("none.db").toString(), "--out", dir.toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err().lines())
        .singleElement()
        .asString()
        .isEqualTo("humfig export: error: store '" + dir.resolve("none.db") + "' does not exist");

    Path text = Files.writeString(dir.resolve("notes.db"), "just some notes\n".repeat(200));
    CliRun notStore = CliRun.of("export", "--store", text.toString(), "--out", dir.toString());
    assertThat(notStore.code()).isEqualTo(1);
    assertThat(notStore.err()).contains("'" + text + "' is not an SQLite database");

    CliRun country =
        CliRun.of("export", "--store", text.toString(), "--country", "Syria", "--out", "x");
    assertThat(country.code()).isEqualTo(2);
    assertThat(country.err()).contains("'SYRIA' is not an ISO 3166-1 alpha-3 country code");
    assertThat(CliRun.of("export", "--out", "x").code()).isEqualTo(2);
  }

  @Test
  void extract_storeThatIsNoDatabase_failsBeforeReading() throws IOException {
    Path text = Files.writeString(dir.resolve("notes.db"), "just some notes\n".repeat(200));
    CliRun run =
        CliRun.of(
            "extract",
            "examples",
            "--out",
            dir.resolve("o").toString(),
            "--store",
            text.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .isEqualTo("humfig extract: error: '" + text + "' is not an SQLite database");
    assertThat(run.out()).isEmpty();
  }
}
