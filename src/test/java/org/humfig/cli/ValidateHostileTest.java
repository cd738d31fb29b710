package org.humfig.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code humfig validate} on files that cannot be read: one line each, and the rest checked. */
class ValidateHostileTest {

  @TempDir static Path exports;
  @TempDir Path dir;

  @BeforeAll
  static void extract() {
    Path in = exports.resolve("in");
    try {
      Files.createDirectories(in);
      Files.writeString(in.resolve("a.txt"), "At least 12 people were killed in Aleppo.");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(CliRun.of("extract", in.toString(), "--out", exports.toString()).code()).isZero();
  }

  /** A workbook whose sheet is 50 MB of spaces squeezed into a few kilobytes. */
  private Path bomb() throws IOException {
    Path f = dir.resolve("bomb.xlsx");
    try (OutputStream o = Files.newOutputStream(f);
        ZipOutputStream z = new ZipOutputStream(o)) {
      String[][] parts = {
        {
          "[Content_Types].xml",
          "<?xml version=\"1.0\"?><Types"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
              + " Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"rels\""
              + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Override"
              + " PartName=\"/xl/workbook.xml\""
              + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>"
        },
        {
          "_rels/.rels",
          "<?xml version=\"1.0\"?><Relationships"
              + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
              + " Id=\"rId1\""
              + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
              + " Target=\"xl/workbook.xml\"/></Relationships>"
        },
      };
      for (String[] p : parts) {
        z.putNextEntry(new ZipEntry(p[0]));
        z.write(p[1].getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
      z.putNextEntry(new ZipEntry("xl/workbook.xml"));
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      z.write("<workbook>".getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < 50; i++) {
        z.write(spaces);
      }
      z.write("</workbook>".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    return f;
  }

  @Test
  void badFilesFirst_eachNamedInOneLine_andTheGoodOnesStillChecked() throws IOException {
    Path longRecord = dir.resolve("long.csv");
    Files.writeString(longRecord, "figure_id,evidence\n1,\"" + "x".repeat(1_100_000) + "\"\n");
    Path sparse = dir.resolve("sparse.csv");
    Files.write(
        sparse,
        ("figure_id,evidence\n" + "1,a\n".repeat(5000) + "\0".repeat(100_000))
            .getBytes(StandardCharsets.UTF_8));
    Path broken = Files.writeString(dir.resolve("broken.xlsx"), "PK\u0003\u0004 not really");
    CliRun run =
        CliRun.of(
            "validate",
            bomb().toString(),
            longRecord.toString(),
            sparse.toString(),
            broken.toString(),
            exports.resolve("figures.xlsx").toString(),
            exports.resolve("figures.csv").toString(),
            "-q");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().lines())
        .hasSize(4)
        .allSatisfy(
            l -> assertThat(l).startsWith("humfig validate: ").doesNotContain("error: error"))
        .satisfiesExactly(
            l -> assertThat(l).contains("bomb.xlsx: refused").contains("zip bomb"),
            l -> assertThat(l).contains("long.csv: the record on line 2 runs past 1,048,576"),
            l -> assertThat(l).contains("sparse.csv: binary data (a NUL character) on line 5002"),
            l -> assertThat(l).contains("broken.xlsx: "));
    assertThat(run.out())
        .contains(exports.resolve("figures.xlsx") + ": 1 rows checked")
        .contains(exports.resolve("figures.csv") + ": 1 rows checked")
        .containsPattern(
            "incomplete: 2 rows, \\d+ errors, 4 warnings; 4 of 6 files could not be read\\.");
  }

  @Test
  void message_dropsALeadingErrorAndKeepsOneLine() {
    assertThat(Main.message(new IOException("error: Error: disk full\nat some place")))
        .isEqualTo("disk full");
    assertThat(Main.message(new IllegalStateException())).isEqualTo("IllegalStateException");
  }
}
