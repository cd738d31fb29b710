package org.humfig.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.humfig.schema.TableSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataPackageTest {

  private static final TableSchema SCHEMA = TableSchema.bundled();
  private static final Run RUN = new Run("humfig 9.9", LocalDate.of(2016, 12, 12), List.of("in"));

  @TempDir Path dir;

  private List<DataPackage.Resource> resources(boolean hxl) throws IOException {
    Path csv = Files.writeString(dir.resolve("figures.csv"), "figure_id\r\n");
    Path xlsx = Files.write(dir.resolve("figures.xlsx"), new byte[] {1, 2, 3});
    Path json = Files.writeString(dir.resolve("validation.json"), "{}\n");
    return List.of(
        DataPackage.Resource.csv("figures", csv, SCHEMA, hxl, "Figures", "the figures"),
        DataPackage.Resource.sheet("figures-sheet", xlsx, "Figures", SCHEMA, hxl, "Sheet", "s"),
        DataPackage.Resource.file("validation", json, "Validation", "the report"));
  }

  @Test
  void write_describesEachFile_andFollowsTheDataPackageProfile() throws IOException {
    List<Path> written = DataPackage.write(dir, RUN, resources(false));

    assertThat(written)
        .containsExactly(dir.resolve("figure.schema.json"), dir.resolve("datapackage.json"));
    String json = Files.readString(dir.resolve("datapackage.json"));
    assertThat(PackageCheck.descriptorErrors(json)).isEmpty();
    assertThat(PackageCheck.schemaErrors(Files.readString(dir.resolve("figure.schema.json"))))
        .isEmpty();
    assertThat(Files.readAllBytes(dir.resolve("figure.schema.json"))).isEqualTo(SCHEMA.source());

    JsonNode root = new ObjectMapper().readTree(json);
    assertThat(root.path("$schema").asText()).isEqualTo(DataPackage.PROFILE);
    assertThat(root.path("created").asText()).isEqualTo("2016-12-12T00:00:00Z");
    assertThat(root.path("description").asText()).contains("humfig 9.9");
    assertThat(root.path("sources").get(0).path("title").asText()).isEqualTo("in");
    JsonNode csv = root.path("resources").get(0);
    assertThat(csv.path("type").asText()).isEqualTo("table");
    assertThat(csv.path("path").asText()).isEqualTo("figures.csv");
    assertThat(csv.path("mediatype").asText()).isEqualTo("text/csv");
    assertThat(csv.path("encoding").asText()).isEqualTo("utf-8");
    assertThat(csv.path("bytes").asLong()).isEqualTo(11);
    assertThat(csv.path("hash").asText()).isEqualTo("sha256:" + sha256("figure_id\r\n"));
    assertThat(csv.path("schema").asText()).isEqualTo("figure.schema.json");
    assertThat(csv.path("dialect").path("lineTerminator").asText()).isEqualTo("\r\n");
    assertThat(csv.path("dialect").has("commentRows")).isFalse();
    JsonNode sheet = root.path("resources").get(1);
    assertThat(sheet.path("format").asText()).isEqualTo("xlsx");
    assertThat(sheet.path("dialect").path("sheetName").asText()).isEqualTo("Figures");
    assertThat(sheet.has("encoding")).isFalse();
    JsonNode report = root.path("resources").get(2);
    assertThat(report.has("type")).isFalse();
    assertThat(report.has("schema")).isFalse();
    assertThat(report.path("mediatype").asText()).isEqualTo("application/json");
  }

  @Test
  void write_knownHashes_areTakenAsGiven_andTheOtherFilesRead() throws IOException {
    List<DataPackage.Resource> resources = resources(false);
    String given = "ab".repeat(32); // no file's hash: shows the file was not read for it

    DataPackage.write(dir, RUN, resources, java.util.Map.of(dir.resolve("figures.csv"), given));

    JsonNode root = new ObjectMapper().readTree(Files.readString(dir.resolve("datapackage.json")));
    assertThat(root.path("resources").get(0).path("hash").asText()).isEqualTo("sha256:" + given);
    assertThat(root.path("resources").get(2).path("hash").asText())
        .isEqualTo("sha256:" + sha256("{}\n"));
  }

  private static String sha256(String text) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void write_hxl_declaresTheHashtagRowAComment() throws IOException {
    DataPackage.write(dir, RUN, resources(true));

    JsonNode root = new ObjectMapper().readTree(dir.resolve("datapackage.json").toFile());
    for (int i = 0; i < 2; i++) {
      JsonNode dialect = root.path("resources").get(i).path("dialect");
      assertThat(dialect.path("headerRows").toString()).isEqualTo("[1]");
      assertThat(dialect.path("commentRows").toString()).isEqualTo("[2]");
    }
    assertThat(PackageCheck.descriptorErrors(Files.readString(dir.resolve("datapackage.json"))))
        .isEmpty();
  }

  @Test
  void write_sameFiles_sameBytes() throws IOException {
    DataPackage.write(dir, RUN, resources(false));
    byte[] first = Files.readAllBytes(dir.resolve("datapackage.json"));
    DataPackage.write(dir, RUN, resources(false));
    assertThat(Files.readAllBytes(dir.resolve("datapackage.json"))).isEqualTo(first);
    assertThat(new String(first, java.nio.charset.StandardCharsets.UTF_8))
        .doesNotContain(dir.toString())
        .endsWith("}\n");
  }

  @Test
  void profile_catchesABrokenDescriptor() {
    assertThat(PackageCheck.descriptorErrors("{\"name\": \"x\"}")).isNotEmpty();
    assertThat(
            PackageCheck.descriptorErrors(
                "{\"resources\": [{\"name\": \"x\", \"type\": \"doc\"}]}"))
        .isNotEmpty();
  }

  @Test
  void resource_outsideTheFolder_orOfUnknownFormat_orBadlyNamed_isRefused() throws IOException {
    Path outside = Files.writeString(dir.resolveSibling(dir.getFileName() + "-x.csv"), "a\n");
    try {
      assertThatThrownBy(
              () ->
                  DataPackage.write(
                      dir, RUN, List.of(DataPackage.Resource.file("x", outside, "X", "x"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not inside the package folder");
    } finally {
      Files.delete(outside);
    }
    Path odd = Files.writeString(dir.resolve("notes.txt"), "a\n");
    assertThatThrownBy(
            () ->
                DataPackage.write(dir, RUN, List.of(DataPackage.Resource.file("n", odd, "N", ""))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("notes.txt");
    assertThatThrownBy(() -> DataPackage.Resource.file("Figures", odd, "N", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Figures'");
  }
}
