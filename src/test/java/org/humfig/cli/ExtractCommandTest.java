package org.humfig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

  @TempDir Path dir;

  private static final Path ARTICLE = Path.of("examples", "001_18eae9da0d7ab1ee.txt");

  @Test
  void help_and_version_exitZero() {
    CliRun help = CliRun.of("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("extract");
    CliRun version = CliRun.of("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("humfig ");
    assertThat(CliRun.of("extract", "--help").out())
        .contains("--out", "--manifest", "--published", "--format");
  }

  @Test
  void aCommandBuildsOnlyItsOwnOptions_helpAndMistakesSeeThemAll() {
    assertThat(HumfigCommand.commandLine(new String[] {"extract", "x"}).getSubcommands())
        .containsOnlyKeys("extract");
    assertThat(HumfigCommand.commandLine(new String[] {"--help"}).getSubcommands())
        .containsKeys(
            "extract",
            "export",
            "validate",
            "reconcile",
            "evaluate",
            "rules",
            "schema",
            "bench",
            "help");
    assertThat(HumfigCommand.commandLine(new String[] {"help", "extract"}).getSubcommands())
        .hasSize(9);
    CliRun help = CliRun.of("--help");
    assertThat(help.out()).contains("validate", "reconcile", "bench");
    assertThat(CliRun.of("help", "validate").out()).contains("Usage: humfig validate");
    CliRun typo = CliRun.of("extrac", "examples");
    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.err()).contains("extrac").doesNotContain("Exception");
  }

  @Test
  void extract_samples_writesBothExportsAndSummary() throws IOException {
    Path out = dir.resolve("exports");
    CliRun run = CliRun.of("extract", "examples", "--out", out.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(out.resolve("figures.csv")).exists();
    assertThat(out.resolve("figures.xlsx")).exists();
    assertThat(run.out())
        .contains("Read 5 documents (0 skipped).")
        .containsPattern(
            "Found \\d+ figures: casualty \\d+, displacement \\d+, territory \\d+, population \\d+\\.")
        .containsPattern("Validation: \\d+ valid, \\d+ with warnings, \\d+ invalid\\.")
        .containsPattern("Reconciled into \\d+ facts, [1-9]\\d* with reports in conflict\\.")
        .contains("figures.csv", "figures.xlsx");
    try (var s = Files.list(out)) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "figures.csv",
              "consolidated.csv",
              "figures.xlsx",
              "validation.json",
              "figure.schema.json",
              "consolidated.schema.json",
              "datapackage.json",
              ".humfig.lock");
    }
  }

  @Test
  void extract_badFilesBesideGoodOnes_warnsOneLineEachAndSucceeds() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(ARTICLE, in.resolve("good.txt"));
    Files.write(in.resolve("binary.txt"), new byte[] {0x00, 0x01, 0x02, (byte) 0xFF, 0x10, 0x00});
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(
        in.resolve("latin1.txt"),
        "Caf\u00e9 au lait: 300 people fled.".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(in.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A});
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("extract", in.toString(), "--out", out.toString(), "--format", "csv");
    assertThat(run.code()).as(run.err()).isZero();
    List<String> warnings = run.err().lines().toList();
    assertThat(warnings).hasSize(4);
    assertThat(warnings)
        .anySatisfy(w -> assertThat(w).contains("binary.txt").contains("binary file"));
    assertThat(warnings)
        .anySatisfy(w -> assertThat(w).contains("empty.txt").contains("empty file"));
    assertThat(warnings)
        .anySatisfy(
            w ->
                assertThat(w)
                    .contains("latin1.txt")
                    .contains("not UTF-8 (invalid at byte 3); read as windows-1252"));
    assertThat(warnings).anySatisfy(w -> assertThat(w).contains("image.png").contains("skipped"));
    assertThat(warnings)
        .allSatisfy(w -> assertThat(w).startsWith("warning: ").doesNotContain("Exception"));
    assertThat(run.out()).contains("Read 2 documents (3 skipped).");
    assertThat(Files.readAllLines(out.resolve("figures.csv"))).hasSizeGreaterThan(3);
  }

  @Test
  void extract_missingInput_isUsageError() {
    CliRun run = CliRun.of("extract", dir.resolve("nope").toString(), "--out", dir.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .contains("no such file or folder")
        .contains("nope");
  }

  @Test
  void extract_unwritableOut_failsInOneLine() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    CliRun run = CliRun.of("extract", ARTICLE.toString(), "--out", file.resolve("sub").toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err().lines()).singleElement().asString().contains("cannot").contains("a-file");
    CliRun onFile = CliRun.of("extract", ARTICLE.toString(), "--out", file.toString());
    assertThat(onFile.code()).isEqualTo(1);
    assertThat(onFile.err().lines())
        .singleElement()
        .asString()
        .contains("it is a file, not a folder");
  }

  @Test
  void extract_badOptions_areUsageErrors() {
    assertThat(CliRun.of("extract").code()).isEqualTo(2);
    assertThat(CliRun.of("extract", "examples", "--published", "11/12/2016").code()).isEqualTo(2);
    assertThat(CliRun.of("extract", "examples", "--format", "pdf").code()).isEqualTo(2);
    CliRun unknown = CliRun.of("frobnicate");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err().lines()).hasSize(1);
  }

  @Test
  void extract_failedRun_keepsEarlierExport() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("figures.csv"), "earlier export\n");
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "More than 300 people were killed.");
    CliRun ok = CliRun.of("extract", in.toString(), "--out", out.toString(), "--format", "csv");
    assertThat(ok.code()).isZero();
    assertThat(Files.readString(out.resolve("figures.csv"))).startsWith("figure_id,");
    try (var s = Files.list(out)) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "figures.csv",
              "consolidated.csv",
              "validation.json",
              "figure.schema.json",
              "consolidated.schema.json",
              "datapackage.json",
              ".humfig.lock");
    }
  }

  @Test
  void extract_commandLineMetadataIsTheFallback() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "At least 12 people were killed on Sunday.");
    Path out = dir.resolve("out");
    CliRun run =
        CliRun.of(
            "extract",
            in.toString(),
            "--out",
            out.toString(),
            "--format",
            "csv",
            "--published",
            "2016-12-11",
            "--source",
            "Example News");
    assertThat(run.code()).as(run.err()).isZero();
    String csv = Files.readString(out.resolve("figures.csv"));
    assertThat(csv)
        .contains(",Example News,,2016-12-11,casualty,killed,12,")
        .contains("2016-12-11,2016-12-11,day");
  }
}
