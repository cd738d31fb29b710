package org.humfig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Stream;
import org.humfig.export.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run does to its output folder: lock, leftovers, modes, kept and stale exports. */
class ExtractOutputTest {

  /** What a run leaves in its output folder. */
  static final Set<String> EXPORTS =
      Set.of(
          "figures.csv",
          "consolidated.csv",
          "figures.xlsx",
          "validation.json",
          "figure.schema.json",
          "consolidated.schema.json",
          "datapackage.json",
          Workspace.LOCK);

  @TempDir Path dir;

  private Path input() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "More than 300 people were killed in Aleppo.");
    return in;
  }

  private static Set<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
    }
  }

  @Test
  void nothingReadable_keepsTheEarlierExportAndFails() throws IOException {
    Path out = dir.resolve("out");
    assertThat(CliRun.of("extract", input().toString(), "--out", out.toString()).code()).isZero();
    byte[] before = Files.readAllBytes(out.resolve("figures.csv"));
    Path bad = Files.createDirectories(dir.resolve("bad"));
    Files.write(bad.resolve("x.txt"), new byte[0]);
    Files.writeString(bad.resolve("y.txt"), "   ");
    CliRun run = CliRun.of("extract", bad.toString(), "--out", out.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err().lines())
        .hasSize(3)
        .last()
        .asString()
        .isEqualTo(
            "humfig extract: error: no document could be read (2 inputs skipped); the exports in '"
                + out
                + "' were left as they were");
    assertThat(Files.readAllBytes(out.resolve("figures.csv"))).isEqualTo(before);
    assertThat(names(out)).containsExactlyInAnyOrder(EXPORTS.toArray(String[]::new));
  }

  @Test
  void busyOutputFolder_stopsWithAClearMessage() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    try (Workspace held = Workspace.open(out)) {
      CliRun run = CliRun.of("extract", input().toString(), "--out", out.toString());
      assertThat(run.code()).isEqualTo(1);
      assertThat(run.err().lines())
          .singleElement()
          .asString()
          .isEqualTo(
              "humfig extract: error: another humfig run is writing to '"
                  + out
                  + "'; wait for it to end or choose another --out");
    }
    assertThat(names(out)).containsExactly(Workspace.LOCK);
  }

  @Test
  void leftoversOfKilledRuns_areRemovedByTheNextRun() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path killed = Files.createDirectories(out.resolve(".humfig-run-123"));
    Files.writeString(killed.resolve("figures.csv"), "half");
    Files.writeString(killed.resolve("sheet-1.xml.gz"), "half");
    Files.writeString(out.resolve(".figures.xlsx.8712.tmp"), "half");
    Files.writeString(out.resolve("notes.txt"), "mine");
    assertThat(CliRun.of("extract", input().toString(), "--out", out.toString()).code()).isZero();
    assertThat(names(out))
        .contains(EXPORTS.toArray(String[]::new))
        .contains("notes.txt")
        .hasSize(EXPORTS.size() + 1);
  }

  @Test
  void exports_haveTheModeTheUmaskGives() throws IOException {
    Path out = dir.resolve("out");
    assertThat(CliRun.of("extract", input().toString(), "--out", out.toString()).code()).isZero();
    Path probe = dir.resolve("probe");
    try (OutputStream o = Files.newOutputStream(probe)) {
      o.write(1);
    }
    Set<PosixFilePermission> usual = Files.getPosixFilePermissions(probe);
    assertThat(usual).as("a file any program creates").contains(PosixFilePermission.OWNER_READ);
    for (String f : Set.of("figures.csv", "figures.xlsx", "validation.json")) {
      assertThat(Files.getPosixFilePermissions(out.resolve(f))).as(f).isEqualTo(usual);
    }
  }

  @Test
  void csvOnly_namesTheWorkbookLeftFromAnEarlierRun() throws IOException {
    Path out = dir.resolve("out");
    assertThat(CliRun.of("extract", input().toString(), "--out", out.toString()).code()).isZero();
    CliRun run =
        CliRun.of("extract", input().toString(), "--out", out.toString(), "--format", "csv");
    assertThat(run.code()).isZero();
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .isEqualTo(
            "warning: "
                + out.resolve("figures.xlsx")
                + " is from an earlier run: this run did not write it (--format csv)");
    assertThat(Files.readString(out.resolve("validation.json")))
        .contains(
            "\"files\" : [\n    \"figures.csv\",\n    \"consolidated.csv\",\n    \"validation.json\"\n  ]");
  }
}
