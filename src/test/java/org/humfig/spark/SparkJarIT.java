package org.humfig.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.humfig.Humfig;
import org.humfig.document.Inputs;
import org.humfig.document.WarcFiles;
import org.humfig.export.CsvWriter;
import org.humfig.export.Format;
import org.humfig.export.Run;
import org.humfig.extract.Extractor;
import org.humfig.run.Extraction;
import org.humfig.schema.TableSchema;
import org.humfig.validate.FigureValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged job as a user does, {@code java -jar target/humfig-spark.jar extract ...
 * --master local[2]}, with Spark's jars from {@code target/spark-lib} and the module flags from the
 * manifest, and compares its rows with the plain run's (whose group_id and role the parts leave
 * empty). {@code mvn -Pspark verify} builds the jar and names it; other builds skip the test.
 */
class SparkJarIT {

  /** The jar this build made; empty when it made none (a build without -Pspark). */
  private static final String JAR = System.getProperty("humfig.spark.jar", "");

  @TempDir Path dir;

  @Test
  void jar_runsLocallyAndGivesThePlainRunsRows() throws IOException, InterruptedException {
    assumeTrue(!JAR.isEmpty(), "target/humfig-spark.jar is built by mvn -Pspark");
    Path in = Files.createDirectories(dir.resolve("in"));
    try (Stream<Path> examples = Files.list(Path.of("examples"))) {
      for (Path p : examples.toList()) {
        Files.copy(p, in.resolve(p.getFileName()));
      }
    }
    WarcFiles.write(
        in.resolve("crawl.warc.gz"),
        Path.of("src/test/resources/warc/flood.html"),
        Path.of("src/test/resources/warc/camps.html"));
    LocalDate day = LocalDate.now();
    Path out = dir.resolve("out");
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR,
                "extract",
                in.toString(),
                "--out",
                out.toString(),
                "--master",
                "local[2]",
                "--partitions",
                "3")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("log.txt").toFile())
            .start();
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    String log = Files.readString(dir.resolve("log.txt"));
    assertThat(p.exitValue()).as(log).isZero();
    assertThat(log).contains("Read 7 documents (0 skipped).").doesNotContain(" INFO ");
    StringBuilder rows = new StringBuilder();
    try (Stream<Path> parts = Files.list(out.resolve("figures"))) {
      for (Path part : parts.sorted().toList()) {
        String csv = Files.readString(part, StandardCharsets.UTF_8);
        rows.append(csv, csv.indexOf("\r\n") + 2, csv.length());
      }
    }
    assertThat(rows.toString()).isEqualTo(plain(in, day));
    assertThat(Files.readString(out.resolve("validation.json"))).contains("\"rows\" : ");
  }

  private String plain(Path in, LocalDate day) throws IOException {
    TableSchema schema = TableSchema.bundled();
    Path out = Files.createDirectories(dir.resolve("plain"));
    try (Inputs inputs = Inputs.open(List.of(in), Inputs.Options.DEFAULT)) {
      new Extraction(
              new Humfig(Extractor.english(), new FigureValidator(schema, day), 2),
              schema,
              new Extraction.Settings(
                  out,
                  EnumSet.of(Format.CSV),
                  CsvWriter.Options.PLAIN,
                  new Run("t", day, List.of())))
          .run(inputs, problem -> {});
    }
    String csv = Files.readString(out.resolve("figures.csv"));
    return SparkExtractTest.withoutFacts(csv.substring(csv.indexOf("\r\n") + 2));
  }
}
