package org.humfig.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.humfig.Humfig;
import org.humfig.bench.NewsCorpus;
import org.humfig.document.Inputs;
import org.humfig.document.Manifest;
import org.humfig.document.Metadata;
import org.humfig.document.WarcFiles;
import org.humfig.export.CsvWriter;
import org.humfig.export.Format;
import org.humfig.export.Run;
import org.humfig.extract.Extractor;
import org.humfig.run.Extraction;
import org.humfig.run.Tables;
import org.humfig.schema.TableSchema;
import org.humfig.validate.CsvTable;
import org.humfig.validate.FigureValidator;
import org.humfig.validate.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the Spark job on a local two-core cluster and compares it with the plain run on the same
 * inputs: the same figure ids, and the same rows in the same order once the parts are put end to
 * end.
 */
class SparkExtractTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 21);
  private static final Path EXAMPLES = Path.of("examples");
  private static JavaSparkContext spark;
  private static Extractor extractor;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    SparkExtract.Extract.clock =
        Clock.fixed(DAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    spark =
        new JavaSparkContext(
            new SparkConf()
                .setMaster("local[2]")
                .setAppName("humfig test")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
    spark.setLogLevel("WARN");
    extractor = Extractor.english();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** What a run wrote: the CSV rows after the header, end to end, and its validation report. */
  private record Written(String rows, JsonNode report, String printed) {

    List<String> ids() throws IOException {
      List<String> ids = new ArrayList<>();
      try (CSVReader csv = new CSVReader(new StringReader(rows))) {
        for (String[] row : csv.readAll()) {
          ids.add(row[0]);
        }
      } catch (CsvException e) {
        throw new IOException(e);
      }
      return ids;
    }
  }

  private Written plain(Inputs.Options options, Path... inputs) throws IOException {
    TableSchema schema = TableSchema.bundled();
    Humfig humfig = new Humfig(extractor, new FigureValidator(schema, DAY), 2);
    Path out = Files.createDirectories(dir.resolve("plain"));
    Extraction.Settings settings =
        new Extraction.Settings(
            out,
            EnumSet.of(Format.CSV),
            CsvWriter.Options.PLAIN,
            new Run("humfig test", DAY, List.of()));
    try (Inputs in = Inputs.open(List.of(inputs), options)) {
      new Extraction(humfig, schema, settings).run(in, p -> {});
    }
    return new Written(
        withoutFacts(afterHeader(Files.readString(out.resolve("figures.csv")))),
        new ObjectMapper().readTree(out.resolve(Extraction.REPORT).toFile()),
        "");
  }

  /**
   * Returns CSV rows with their group_id and role left empty: the plain run reconciles its figures
   * into facts, which needs every figure, and the job's parts do not.
   */
  static String withoutFacts(String rows) {
    return rows.replaceAll(",g[0-9a-f]{16},(recommended|triangulation)\r\n", ",,\r\n");
  }

  private Written spark(String... args) throws IOException {
    Path out = dir.resolve("spark");
    StringWriter printed = new StringWriter();
    StringWriter errors = new StringWriter();
    List<String> all = new ArrayList<>(List.of("extract", "--out", out.toString()));
    all.addAll(List.of(args));
    int code =
        SparkExtract.run(
            spark, all.toArray(String[]::new), new PrintWriter(printed), new PrintWriter(errors));
    assertThat(code).as(errors.toString()).isZero();
    StringBuilder rows = new StringBuilder();
    try (Stream<Path> parts = Files.list(out.resolve("figures"))) {
      for (Path part : parts.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        rows.append(afterHeader(Files.readString(part)));
      }
    }
    return new Written(
        rows.toString(),
        new ObjectMapper().readTree(out.resolve(Extraction.REPORT).toFile()),
        printed.toString());
  }

  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String afterHeader(String csv) {
    return csv.substring(csv.indexOf("\r\n") + 2);
  }

  private static void assertSameFigures(Written spark, Written plain) throws IOException {
    assertThat(new HashSet<>(spark.ids())).isEqualTo(new HashSet<>(plain.ids()));
    assertThat(spark.rows()).isEqualTo(plain.rows());
    for (String count : List.of("rows", "errors", "warnings", "info")) {
      assertThat(spark.report().at("/stats/" + count).asLong())
          .as(count)
          .isEqualTo(plain.report().at("/stats/" + count).asLong());
    }
  }

  @Test
  void extract_samples_givesThePlainRunsFiguresInParts() throws IOException {
    Written plain = plain(Inputs.Options.DEFAULT, EXAMPLES);
    Written spark = spark(EXAMPLES.toString(), "--partitions", "3");
    assertThat(plain.ids()).hasSizeGreaterThan(20);
    assertSameFigures(spark, plain);
    assertThat(files(dir.resolve("spark/figures")))
        .containsExactly("part-00000.csv", "part-00001.csv");
    assertThat(spark.report().at("/tables").size()).isEqualTo(2);
    assertThat(spark.report().at("/tables/1/path").asText()).isEqualTo("figures/part-00001.csv");
    assertThat(spark.printed())
        .contains("Read 5 documents (0 skipped).")
        .contains("(2 parts) and ");
    assertThat(Worker.pipelines()).isEqualTo(1);
  }

  @Test
  void extract_partsReconciled_giveThePlainRunsFiguresAndFacts() throws IOException {
    spark(EXAMPLES.toString(), "--partitions", "3");
    Path plain = Files.createDirectories(dir.resolve("plain"));
    TableSchema schema = TableSchema.bundled();
    Run run = new Run("humfig test", DAY, List.of());
    try (Inputs in = Inputs.open(List.of(EXAMPLES), Inputs.Options.DEFAULT)) {
      new Extraction(
              new Humfig(extractor, new FigureValidator(schema, DAY), 2),
              schema,
              new Extraction.Settings(plain, EnumSet.of(Format.CSV), CsvWriter.Options.PLAIN, run))
          .run(in, p -> {});
    }
    List<Table> parts = new ArrayList<>();
    for (String part : files(dir.resolve("spark/figures"))) {
      parts.add(new CsvTable(dir.resolve("spark/figures").resolve(part)));
    }
    Path facts = Files.createDirectories(dir.resolve("reconciled"));
    try (FigureValidator validator = new FigureValidator(schema, DAY)) {
      new Extraction(
              schema,
              new Extraction.Settings(facts, EnumSet.of(Format.CSV), CsvWriter.Options.PLAIN, run))
          .run(new Tables(parts, schema, validator, p -> {}), p -> {});
    }
    assertThat(parts).hasSize(2);
    for (String file : List.of("figures.csv", "consolidated.csv")) {
      assertThat(Files.readString(facts.resolve(file)))
          .as(file)
          .isEqualTo(Files.readString(plain.resolve(file)));
    }
  }

  @Test
  void extract_3MBOfJsonLines_givesThePlainRunsFiguresInSeveralParts() throws IOException {
    Path jsonl = dir.resolve("news.jsonl");
    new NewsCorpus(14).write(jsonl, NewsCorpus.Layout.JSONL, 3L << 20);
    Written plain = plain(Inputs.Options.DEFAULT, jsonl);
    Written spark = spark(jsonl.toString());
    assertThat(plain.ids()).hasSizeGreaterThan(5_000);
    assertSameFigures(spark, plain);
    assertThat(spark.report().at("/tables").size()).isGreaterThanOrEqualTo(3);
  }

  /**
   * The same on 20 MB: a quarter of the suite's work on two cores, so it runs in {@code mvn -q
   * -Pspark verify} (or with {@code -Dspark.large=true}) rather than in every build.
   */
  @Test
  @EnabledIfSystemProperty(named = "humfig.spark.large", matches = "true")
  void extract_20MBOfJsonLines_givesThePlainRunsFigures() throws IOException {
    Path jsonl = dir.resolve("news.jsonl");
    new NewsCorpus(14).write(jsonl, NewsCorpus.Layout.JSONL, 20L << 20);
    assertThat(Files.size(jsonl)).isGreaterThanOrEqualTo(20L << 20);
    Written plain = plain(Inputs.Options.DEFAULT, jsonl);
    Written spark = spark(jsonl.toString());
    assertThat(plain.ids()).hasSizeGreaterThan(10_000);
    assertSameFigures(spark, plain);
    assertThat(spark.report().at("/tables").size()).isGreaterThan(4);
  }

  @Test
  void extract_jsonLinesInManyRanges_readsEveryLineOnce() throws IOException {
    Path jsonl = dir.resolve("small.jsonl");
    new NewsCorpus(3).write(jsonl, NewsCorpus.Layout.JSONL, 200L << 10);
    Written plain = plain(Inputs.Options.DEFAULT, jsonl);
    Written spark = spark(jsonl.toString(), "--partitions", "37");
    assertSameFigures(spark, plain);
  }

  @Test
  void extract_warcAndTheSamePagesAsHtml_giveThePlainRunsFigures() throws IOException {
    Path pages = Path.of("src/test/resources/warc");
    Path in = Files.createDirectories(dir.resolve("in"));
    List<Path> html = new ArrayList<>();
    for (String name : List.of("flood.html", "siege.html", "camps.html")) {
      html.add(Files.copy(pages.resolve(name), in.resolve(name)));
    }
    WarcFiles.write(in.resolve("crawl.warc.gz"), html.toArray(Path[]::new));
    Written plain = plain(Inputs.Options.DEFAULT, in);
    Written spark = spark(in.toString(), "--partitions", "2");
    assertSameFigures(spark, plain);
    List<String> ids = spark.ids();
    assertThat(ids).hasSizeGreaterThanOrEqualTo(18);
    assertThat(spark.rows())
        .contains(WarcFiles.recordId(0))
        .contains(WarcFiles.target(html.get(1)));
  }

  @Test
  void extract_metadataOptions_describeDocumentsAsThePlainRun() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("a.txt"),
        "At least 12 people were killed in Aleppo on Sunday, the monitor said.");
    Files.writeString(
        in.resolve("b.txt"), "Some 3,000 people fled the town yesterday, aid workers said.");
    Path manifest = Files.writeString(dir.resolve("m.csv"), "document,source_name\nb,Reuters\n");
    Written plain =
        plain(
            new Inputs.Options(
                Manifest.read(manifest),
                new Metadata("Wire", "https://example.org/", Optional.of(LocalDate.of(2020, 3, 1))),
                Inputs.DEFAULT_MAX_BYTES),
            in);
    Written spark =
        spark(
            in.toString(),
            "--manifest",
            manifest.toString(),
            "--source",
            "Wire",
            "--source-url",
            "https://example.org/",
            "--published",
            "2020-03-01");
    assertSameFigures(spark, plain);
    assertThat(spark.rows()).contains(",Reuters,").contains(",Wire,").contains("2020-02-29");
  }

  @Test
  void extract_parquet_holdsThePlainRunsFigures() throws IOException {
    Written plain = plain(Inputs.Options.DEFAULT, EXAMPLES);
    Path out = dir.resolve("parquet");
    int code =
        SparkExtract.run(
            spark,
            new String[] {
              "extract", EXAMPLES.toString(), "--out", out.toString(), "--format", "parquet"
            },
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    Set<String> ids = new HashSet<>();
    for (String part : files(out.resolve("figures"))) {
      org.apache.hadoop.fs.Path file =
          new org.apache.hadoop.fs.Path(out.resolve("figures").resolve(part).toUri());
      try (ParquetReader<Group> reader =
          ParquetReader.builder(new GroupReadSupport(), file).build()) {
        for (Group g = reader.read(); g != null; g = reader.read()) {
          ids.add(g.getString("figure_id", 0));
          assertThat(g.getType().getType("value").asPrimitiveType().getPrimitiveTypeName())
              .isEqualTo(PrimitiveTypeName.DOUBLE);
          assertThat(g.getType().getType("published_date").getLogicalTypeAnnotation())
              .isEqualTo(LogicalTypeAnnotation.dateType());
          assertThat(LocalDate.ofEpochDay(g.getInteger("published_date", 0)))
              .isEqualTo(LocalDate.of(2016, 12, 11));
        }
      }
    }
    assertThat(ids).isEqualTo(new HashSet<>(plain.ids()));
  }

  @Test
  void extract_sameIdInTwoParts_isReportedAsAReusedFigureId() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    String line =
        "{\"id\": \"wire-1\", \"text\": \"At least 12 people were killed in Aleppo on Sunday,"
            + " the monitor said. Some 3,000 people fled the town.\", \"published\":"
            + " \"2016-12-11\"}\n";
    Files.writeString(in.resolve("a.jsonl"), line);
    Files.writeString(in.resolve("b.jsonl"), line);
    Written plain = plain(Inputs.Options.DEFAULT, in);
    Written spark = spark(in.toString(), "--partitions", "2");
    assertThat(new HashSet<>(spark.ids())).isEqualTo(new HashSet<>(plain.ids()));
    assertThat(spark.ids()).hasSize(2 * plain.ids().size());
    JsonNode second = spark.report().at("/tables/1/issues");
    assertThat(second.findValuesAsText("rule")).contains("id.unique");
    assertThat(spark.report().at("/valid").asBoolean()).isFalse();
    assertThat(second.toString()).contains("is used by figures/part-00000.csv row 2");
  }

  @Test
  void extract_missingInput_isAUsageError() {
    StringWriter errors = new StringWriter();
    int code =
        SparkExtract.run(
            spark,
            new String[] {"extract", dir.resolve("nowhere").toString(), "--out", dir.toString()},
            new PrintWriter(new StringWriter()),
            new PrintWriter(errors));
    assertThat(code).isEqualTo(2);
    assertThat(errors.toString()).contains("no such file or folder").contains("nowhere");
  }

  @Test
  void extract_secondRun_replacesTheFirstsParts() throws IOException {
    spark(EXAMPLES.toString(), "--partitions", "5");
    Written again = spark(EXAMPLES.resolve("000_2aaf10f9b783d9e2.txt").toString());
    assertThat(files(dir.resolve("spark/figures"))).containsExactly("part-00000.csv");
    assertThat(files(dir.resolve("spark"))).containsExactly("figures", "validation.json");
    assertThat(again.ids()).isNotEmpty();
  }
}
