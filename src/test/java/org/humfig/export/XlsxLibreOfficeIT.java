package org.humfig.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.humfig.Humfig;
import org.humfig.Outcome;
import org.humfig.Validated;
import org.humfig.document.Inputs;
import org.humfig.document.Metadata;
import org.humfig.extract.Extractor;
import org.humfig.model.Figure;
import org.humfig.run.Extraction;
import org.humfig.schema.Field;
import org.humfig.schema.TableSchema;
import org.humfig.validate.FigureValidator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens {@code figures.xlsx} in LibreOffice, converts its sheets to CSV and compares the Figures
 * sheet with {@code figures.csv} of the same run (numbers equal as numbers, ISO dates equal, text
 * equal) and the Consolidated sheet with {@code consolidated.csv}. Skipped where neither {@code
 * soffice} nor {@code libreoffice} is on the PATH.
 */
class XlsxLibreOfficeIT {

  /**
   * Comma, double quote, UTF-8, from line 1; cell values as stored, not as formatted; every sheet,
   * each to {@code figures-SHEET.csv}.
   */
  private static final String FILTER =
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

  private static final long TIMEOUT_SECONDS = 180;

  @TempDir Path dir;

  @Test
  void libreOffice_readsTheFiguresSheet_asTheCsvHasIt() throws Exception {
    Optional<Path> office = office();
    Assumptions.assumeTrue(office.isPresent(), "LibreOffice is not on the PATH");
    Path out = Files.createDirectories(dir.resolve("exports"));
    export(out);

    Path converted = Files.createDirectories(dir.resolve("converted"));
    convert(office.get(), out.resolve("figures.xlsx"), converted);

    List<String[]> expected = csv(out.resolve("figures.csv"));
    List<String[]> actual = csv(converted.resolve("figures-Figures.csv"));
    List<Field> fields = TableSchema.bundled().fields();
    assertThat(actual).hasSameSizeAs(expected);
    assertThat(expected.size()).isGreaterThan(20);
    assertThat(actual.get(0)).containsExactly(expected.get(0));
    for (int r = 1; r < expected.size(); r++) {
      String[] want = expected.get(r);
      String[] got = actual.get(r);
      for (int c = 0; c < fields.size(); c++) {
        String w = c < want.length ? want[c] : "";
        String g = c < got.length ? got[c] : "";
        Field f = fields.get(c);
        String where = "row " + (r + 1) + ", " + f.name();
        if (f.numeric() && !w.isEmpty()) {
          assertThat(Double.parseDouble(g)).as(where).isEqualTo(Double.parseDouble(w));
        } else {
          assertThat(g).as(where).isEqualTo(w);
        }
      }
    }
    // The extra figure made it through with its text as written, shown and not run, and decimals.
    List<String> names = TableSchema.bundled().names();
    String[] last = actual.get(actual.size() - 1);
    assertThat(last[names.indexOf("population")]).isEqualTo("=1+1");
    assertThat(last[names.indexOf("evidence")]).isEqualTo("He said:\n\"776.9964 sq km\", -3 dead");
    assertThat(last[names.indexOf("value")]).isEqualTo("776.9964");
    assertThat(last[names.indexOf("date_end")]).isEqualTo("2016-12-10");

    List<List<String>> facts = rows(out.resolve("consolidated.csv"));
    assertThat(facts.size()).isGreaterThan(10);
    assertThat(rows(converted.resolve("figures-Consolidated.csv"))).isEqualTo(facts);
  }

  private static List<List<String>> rows(Path file) throws IOException, CsvException {
    return csv(file).stream().map(List::of).toList();
  }

  /** Runs the sample articles, and one awkward figure, into both exports. */
  private static void export(Path out) throws IOException {
    TableSchema schema = TableSchema.bundled();
    Inputs.Options options =
        new Inputs.Options(
            Inputs.Options.DEFAULT.manifest(),
            new Metadata("Example", "https://example.org/news?id=1&lang=en", Optional.empty()),
            Inputs.DEFAULT_MAX_BYTES);
    Run run = new Run("humfig it", LocalDate.of(2016, 12, 12), List.of("examples"));
    try (FigureValidator validator = new FigureValidator(schema);
        Inputs in = Inputs.open(List.of(Path.of("examples")), options)) {
      Humfig humfig = new Humfig(Extractor.english(), validator, 1);
      Figure awkward =
          org.humfig.Fixtures.figure().toBuilder()
              .id("awkward")
              .population("=1+1")
              .evidence("He said:\r\n\"776.9964 sq km\", -3 dead")
              .value(776.9964)
              .valueLow(776.9964)
              .dateEnd(LocalDate.of(2016, 12, 10))
              .build();
      Outcome extra =
          new Outcome.Read(
              XlsxTestFiles.document("awkward-doc", null),
              List.of(new Validated(awkward, List.of())),
              List.of());
      new Extraction(schema, Extraction.Settings.of(out, run))
          .run(
              each -> {
                humfig.run(in, each);
                each.accept(extra);
              },
              problem -> {});
    }
  }

  private void convert(Path office, Path xlsx, Path outDir)
      throws IOException, InterruptedException {
    Path profile = dir.resolve("profile");
    Path log = dir.resolve("soffice.log");
    Process p =
        new ProcessBuilder(
                office.toString(),
                "-env:UserInstallation=" + profile.toUri(),
                "--headless",
                "--norestore",
                "--nologo",
                "--convert-to",
                FILTER,
                "--outdir",
                outDir.toString(),
                xlsx.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("LibreOffice did not finish in " + TIMEOUT_SECONDS + " s: " + Files.readString(log));
    }
    String said = Files.readString(log);
    assertThat(p.exitValue()).as(said).isZero();
    assertThat(outDir.resolve("figures-Figures.csv")).as(said).exists();
    assertThat(said).doesNotContainIgnoringCase("error");
  }

  private static List<String[]> csv(Path file) throws IOException, CsvException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVReader reader =
            new CSVReaderBuilder(r).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
      return reader.readAll();
    }
  }

  /** Returns soffice or libreoffice from the PATH, if either is there. */
  private static Optional<Path> office() {
    String path = System.getenv().getOrDefault("PATH", "");
    return Stream.of(path.split(File.pathSeparator))
        .filter(d -> !d.isEmpty())
        .flatMap(d -> Stream.of(Path.of(d, "soffice"), Path.of(d, "libreoffice")))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
