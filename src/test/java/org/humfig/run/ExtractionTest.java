package org.humfig.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.humfig.Humfig;
import org.humfig.document.Inputs;
import org.humfig.document.Problem;
import org.humfig.export.CsvWriter;
import org.humfig.export.Format;
import org.humfig.export.Run;
import org.humfig.extract.Extractor;
import org.humfig.model.Category;
import org.humfig.model.Status;
import org.humfig.schema.TableSchema;
import org.humfig.validate.FigureValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionTest {

  @TempDir Path dir;

  private Extraction.Result run(Path in, Extraction.Settings settings, List<Problem> problems)
      throws IOException {
    TableSchema schema = TableSchema.bundled();
    Humfig humfig =
        new Humfig(Extractor.english(), new FigureValidator(schema, LocalDate.of(2017, 1, 1)), 2);
    try (Inputs inputs = Inputs.open(List.of(in), Inputs.Options.DEFAULT)) {
      return new Extraction(humfig, schema, settings).run(inputs, problems::add);
    }
  }

  @Test
  void run_documentsAndASkippedInput_countsWritesAndForwardsProblems() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("a.txt"),
        "At least 12 people were killed in Aleppo on Sunday, the monitor said.\n",
        StandardCharsets.UTF_8);
    Files.write(in.resolve("b.txt"), new byte[0]);
    Path out = Files.createDirectories(dir.resolve("out"));
    Run record = new Run("humfig test", LocalDate.of(2017, 1, 1), List.of("in"));
    List<Problem> problems = new ArrayList<>();

    Extraction.Result r = run(in, Extraction.Settings.of(out, record), problems);

    assertThat(r.counts().documents()).isEqualTo(1);
    assertThat(r.counts().skipped()).isEqualTo(1);
    assertThat(r.counts().figures(Category.CASUALTY)).isEqualTo(1);
    assertThat(r.counts().figures(Status.VALID) + r.counts().figures(Status.WARNING)).isEqualTo(1);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).where()).endsWith("b.txt");
    assertThat(r.written())
        .containsExactly(
            out.resolve("figures.csv"),
            out.resolve("consolidated.csv"),
            out.resolve("figures.xlsx"),
            out.resolve("validation.json"),
            out.resolve("figure.schema.json"),
            out.resolve("consolidated.schema.json"),
            out.resolve("datapackage.json"));
    assertThat(r.facts()).isEqualTo(1);
    assertThat(Files.readAllLines(out.resolve("figures.csv"))).hasSize(2);
    // the hashes worked out while the files were written are those of the files
    com.fasterxml.jackson.databind.JsonNode resources =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(out.resolve("datapackage.json").toFile())
            .path("resources");
    assertThat(resources.size()).isGreaterThanOrEqualTo(5);
    for (com.fasterxml.jackson.databind.JsonNode resource : resources) {
      assertThat(resource.path("hash").asText())
          .as(resource.path("path").asText())
          .isEqualTo("sha256:" + sha256(out.resolve(resource.path("path").asText())));
    }
  }

  private static String sha256(Path file) throws IOException {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void run_csvWithHxlRow_reportCountsDataRowsOnly() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "Floods killed 40 people and injured 12.\n");
    Path out = Files.createDirectories(dir.resolve("out"));
    Run record = new Run("humfig test", LocalDate.of(2017, 1, 1), List.of("in"));
    Extraction.Settings settings =
        new Extraction.Settings(
            out, EnumSet.of(Format.CSV), new CsvWriter.Options(false, true), record);

    Extraction.Result r = run(in, settings, new ArrayList<>());

    assertThat(r.written())
        .containsExactly(
            out.resolve("figures.csv"),
            out.resolve("consolidated.csv"),
            out.resolve("validation.json"),
            out.resolve("figure.schema.json"),
            out.resolve("consolidated.schema.json"),
            out.resolve("datapackage.json"));
    assertThat(Files.readString(out.resolve("validation.json"))).contains("\"rows\" : 2");
    assertThat(Files.exists(out.resolve("figures.xlsx"))).isFalse();
  }

  @Test
  void counts_addUp() {
    Counts a = new Counts();
    Counts b = new Counts();
    a.add(new org.humfig.Outcome.Skipped(new Problem("x", "binary file")));
    b.add(new org.humfig.Outcome.Skipped(new Problem("y", "empty file")));
    a.add(b);
    assertThat(a.skipped()).isEqualTo(2);
    assertThat(a.documents()).isZero();
    assertThat(a.byCategory()).containsKeys(Category.values());
  }

  @Test
  void resources_describeTheFiguresTables_andListEveryOtherFileWritten() {
    Path out = dir.resolve("out");
    List<org.humfig.export.DataPackage.Resource> r =
        Extraction.resources(
            List.of(
                out.resolve("figures.csv"),
                out.resolve("consolidated.csv"),
                out.resolve("figures.xlsx"),
                out.resolve("validation.json"),
                out.resolve("Facts Table.csv")),
            org.humfig.schema.TableSchema.bundled(),
            true);

    assertThat(r)
        .extracting(org.humfig.export.DataPackage.Resource::name)
        .containsExactly(
            "figures",
            "consolidated",
            "figures-sheet",
            "consolidated-sheet",
            "validation",
            "facts-table.csv");
    assertThat(r.get(0).schema()).isNotNull();
    assertThat(r.get(0).hxl()).isTrue();
    assertThat(r.get(0).description()).contains("HXL");
    assertThat(r.get(1).schema().name()).isEqualTo("humfig-consolidated");
    assertThat(r.get(2).sheet()).isEqualTo("Figures");
    assertThat(r.get(3).sheet()).isEqualTo("Consolidated");
    assertThat(r.get(4).schema()).isNull();
    assertThat(r.get(5).schema()).isNull();
  }

  @Test
  void run_repeatedIdsAndParts_reportWhatAValidatorFindsRowByRow() throws IOException {
    TableSchema schema = TableSchema.bundled();
    String[] ids = {"0000000000000001", "0000000000000002", "0000000000000001", "x", null, "x"};
    String[] parts = {null, "0000000000000009", null, "0000000000000002", null, "y"};
    List<org.humfig.model.Figure> figures = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      figures.add(
          org.humfig.Fixtures.figure().toBuilder()
              .id(ids[i])
              .partOf(parts[i])
              .evidenceStart(i)
              .build());
    }
    org.humfig.validate.DatasetChecker rowByRow = new org.humfig.validate.DatasetChecker(schema);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) {
      rowByRow.check(2 + i, figures.get(i)).stream()
          .sorted(java.util.Comparator.comparing(org.humfig.validate.Finding::rule))
          .forEach(f -> expected.add(f.rule() + " " + f.row() + " " + f.message()));
    }
    Path out = Files.createDirectories(dir.resolve("out"));
    Run record = new Run("humfig test", LocalDate.of(2017, 1, 1), List.of("store"));
    Extraction.Settings settings =
        new Extraction.Settings(out, EnumSet.of(Format.CSV), CsvWriter.Options.PLAIN, record);
    org.humfig.document.Document d = org.humfig.document.Document.of("d", "", null);
    List<org.humfig.Validated> validated =
        figures.stream().map(f -> new org.humfig.Validated(f, List.of())).toList();

    new Extraction(schema, settings)
        .run(c -> c.accept(new org.humfig.Outcome.Read(d, validated, List.of())), p -> {});

    List<String> reported = new ArrayList<>();
    com.fasterxml.jackson.databind.JsonNode report =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(out.resolve("validation.json").toFile());
    for (com.fasterxml.jackson.databind.JsonNode issue : report.at("/tables/0/issues")) {
      String rule = issue.get("rule").asText();
      if (rule.equals("id.unique") || rule.equals("part_of.known")) {
        for (com.fasterxml.jackson.databind.JsonNode l : issue.get("locations")) {
          reported.add(rule + " " + l.get("row").asInt() + " " + l.get("message").asText());
        }
      }
    }
    expected.sort(java.util.Comparator.comparing((String e) -> e.split(" ")[0]));
    assertThat(expected).hasSize(4);
    reported.sort(java.util.Comparator.comparing((String e) -> e.split(" ")[0]));
    assertThat(reported).containsExactlyElementsOf(expected);
  }
}
