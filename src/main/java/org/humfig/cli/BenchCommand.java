package org.humfig.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.humfig.Outcome;
import org.humfig.Validated;
import org.humfig.bench.ExtractionBench;
import org.humfig.bench.NewsCorpus;
import org.humfig.bench.Shapes;
import org.humfig.document.Document;
import org.humfig.export.CsvWriter;
import org.humfig.export.Exports;
import org.humfig.export.Format;
import org.humfig.export.Run;
import org.humfig.extract.Extractor;
import org.humfig.model.Category;
import org.humfig.model.DatePrecision;
import org.humfig.model.Figure;
import org.humfig.model.Metric;
import org.humfig.model.Modality;
import org.humfig.model.Qualifier;
import org.humfig.model.Status;
import org.humfig.model.Unit;
import org.humfig.run.Counts;
import org.humfig.run.Extraction;
import org.humfig.schema.Severity;
import org.humfig.schema.TableSchema;
import org.humfig.store.Recording;
import org.humfig.store.Selection;
import org.humfig.store.Store;
import org.humfig.validate.CsvTable;
import org.humfig.validate.FigureValidator;
import org.humfig.validate.TableValidator;
import org.humfig.validate.Violation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code humfig bench}: measures speed and memory on synthetic data, so capacity targets are
 * checked by a repeatable run rather than a timed test. Run it with the heap you want to prove,
 * e.g. {@code java -Xmx512m -jar humfig.jar bench validate --rows 1000000}.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures speed and memory on synthetic data: 'extract' reads generated news, 'shapes' "
          + "reads hostile shapes of text (1 MB and 2 MB each, to show linear time), 'validate' "
          + "checks a generated CSV, 'export' writes figures.csv and figures.xlsx, 'store' fills a "
          + "store and exports it. Prints rows, seconds, rows per second and the peak heap used; run "
          + "with -Xmx to prove a memory bound.",
      "",
      "Example: java -Xmx512m -jar target/humfig.jar bench validate --rows 1000000"
    })
final class BenchCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "TASK",
      description = "extract, shapes, validate, export, store or reconcile")
  String task;

  @Option(
      names = "--size",
      paramLabel = "MB",
      defaultValue = "30",
      description = "extract: megabytes of synthetic news to generate (default: ${DEFAULT-VALUE}).")
  long size;

  @Option(
      names = "--layout",
      paramLabel = "LAYOUT",
      defaultValue = "jsonl",
      description =
          "extract: jsonl (one file), text or html (a folder of files) (default: ${DEFAULT-VALUE}).")
  NewsCorpus.Layout layout;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "extract: the corpus seed; the same seed gives the same bytes (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "extract: threads of the parallel run (default: the number of cores).")
  Integer threads;

  @Option(
      names = "--rows",
      paramLabel = "N",
      defaultValue = "100000",
      description = "Figures to generate (default: ${DEFAULT-VALUE}).")
  int rows;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "Folder for the generated files (default: a temporary folder, deleted after).")
  Path dir;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    if (rows < 1) {
      throw new CommandLine.ParameterException(cl, "--rows must be at least 1");
    }
    Path work =
        dir == null ? Files.createTempDirectory("humfig-bench-") : Files.createDirectories(dir);
    PrintWriter out = cl.getOut();
    try {
      return switch (task.toLowerCase(Locale.ROOT)) {
        case "extract" -> extract(work, out);
        case "shapes" -> shapes(out);
        case "validate" -> validate(work, out);
        case "export" -> export(work, out);
        case "store" -> store(work, out);
        case "reconcile" -> reconcile(work, out);
        default ->
            throw new CommandLine.ParameterException(
                cl,
                "TASK must be extract, shapes, validate, export, store or reconcile, not '"
                    + task
                    + "'");
      };
    } finally {
      if (dir == null) {
        delete(work);
      }
    }
  }

  private int extract(Path work, PrintWriter out) throws IOException {
    CommandLine cl = spec.commandLine();
    if (size < 1) {
      throw new CommandLine.ParameterException(cl, "--size must be at least 1");
    }
    int parallel = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (parallel < 1) {
      throw new CommandLine.ParameterException(cl, "--threads must be at least 1");
    }
    Path corpus = work.resolve(layout == NewsCorpus.Layout.JSONL ? "news.jsonl" : "news");
    int articles = new NewsCorpus(seed).write(corpus, layout, size << 20);
    out.printf("generated %,d articles (%,d MB, %s) in %s%n", articles, size, layout, corpus);
    ExtractionBench bench = new ExtractionBench(corpus);
    Extractor extractor = Extractor.english();
    bench.extract(extractor, parallel, work.resolve("warm-up"));
    ExtractionBench.Measure bare = bench.tokenize();
    out.println(bare);
    resetPeaks();
    ExtractionBench.Measure one = bench.extract(extractor, 1, work.resolve("one"));
    out.println(one);
    ExtractionBench.Measure all = bench.extract(extractor, parallel, work.resolve("all"));
    out.println(all);
    out.printf(
        Locale.ROOT,
        "%d threads / 1 thread: %.2fx; 1 thread / bare tokenizing: %.2f; peak heap used %,d MB"
            + " of %,d MB max%n",
        parallel,
        all.megabytesPerSecond() / one.megabytesPerSecond(),
        one.megabytesPerSecond() / bare.megabytesPerSecond(),
        peakHeap() >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
    return 0;
  }

  /**
   * Reads each hostile shape as one document of 1 MB and of 2 MB on one thread: the time and the
   * ratio between the two show the work is linear.
   */
  private int shapes(PrintWriter out) {
    Extractor extractor = Extractor.english();
    for (Shapes.Shape s : Shapes.ALL) {
      ExtractionBench.shape(extractor, s, 100_000); // warm-up
    }
    for (Shapes.Shape s : Shapes.ALL) {
      ExtractionBench.Measure one = ExtractionBench.shape(extractor, s, 1 << 20);
      ExtractionBench.Measure two = ExtractionBench.shape(extractor, s, 2 << 20);
      out.printf(
          Locale.ROOT,
          "%-24s 1 MB %6.2f s   2 MB %6.2f s   2 MB / 1 MB %5.2f   %,7d figures%n",
          s.name(),
          one.nanos() / 1e9,
          two.nanos() / 1e9,
          (double) two.nanos() / one.nanos(),
          two.figures());
      out.flush();
    }
    return 0;
  }

  private static void delete(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private int validate(Path work, PrintWriter out) throws IOException {
    TableSchema schema = TableSchema.bundled();
    Path csv = work.resolve("figures.csv");
    try (CsvWriter w = new CsvWriter(csv, schema, CsvWriter.Options.PLAIN)) {
      for (int i = 0; i < rows; i++) {
        w.write(figure(i));
      }
      w.commit();
    }
    out.printf("generated %,d rows (%,d MB) in %s%n", rows, Files.size(csv) >> 20, csv);
    resetPeaks();
    long start = System.nanoTime();
    long[] findings = {0};
    int read;
    try (FigureValidator figures = new FigureValidator(schema, LocalDate.of(2100, 1, 1))) {
      read =
          new TableValidator(figures, Runtime.getRuntime().availableProcessors())
              .validate(new CsvTable(csv), f -> findings[0]++);
    } catch (org.humfig.validate.Table.Unreadable e) {
      throw new IOException(e.getMessage(), e);
    }
    report(out, "validate", read, System.nanoTime() - start);
    out.printf("findings: %,d%n", findings[0]);
    return 0;
  }

  private int export(Path work, PrintWriter out) throws IOException {
    TableSchema schema = TableSchema.bundled();
    resetPeaks();
    long start = System.nanoTime();
    try (Exports exports =
        new Exports(
            work,
            EnumSet.of(Format.CSV, Format.XLSX),
            schema,
            CsvWriter.Options.PLAIN,
            new Run(HumfigCommand.version(), LocalDate.of(2100, 1, 1), List.of("synthetic")))) {
      for (int i = 0; i < rows; i += PER_DOCUMENT) {
        exports.accept(document(i));
      }
      exports.commit();
    }
    report(out, "export", rows, System.nanoTime() - start);
    out.printf(
        "figures.csv %,d MB, figures.xlsx %,d MB%n",
        Files.size(work.resolve("figures.csv")) >> 20,
        Files.size(work.resolve("figures.xlsx")) >> 20);
    return 0;
  }

  private static final int PER_DOCUMENT = 10;

  /**
   * A whole run without extraction: synthetic documents through the first pass (spilled, keys
   * kept), reconciliation, and the second pass into figures.csv, consolidated.csv and figures.xlsx.
   */
  private int reconcile(Path work, PrintWriter out) throws IOException {
    TableSchema schema = TableSchema.bundled();
    resetPeaks();
    long start = System.nanoTime();
    Extraction.Settings settings =
        new Extraction.Settings(
            work, EnumSet.of(Format.CSV, Format.XLSX), CsvWriter.Options.PLAIN, SYNTHETIC);
    Extraction.Result r =
        new Extraction(schema, settings)
            .run(
                consumer -> {
                  for (int i = 0; i < rows; i += PER_DOCUMENT) {
                    consumer.accept(document(i));
                  }
                },
                p -> {});
    report(out, "reconcile", rows, System.nanoTime() - start);
    out.printf(
        "%,d facts; figures.csv %,d MB, consolidated.csv %,d MB, figures.xlsx %,d MB%n",
        r.facts(),
        Files.size(work.resolve("figures.csv")) >> 20,
        Files.size(work.resolve("consolidated.csv")) >> 20,
        Files.size(work.resolve("figures.xlsx")) >> 20);
    return 0;
  }

  private static final Run SYNTHETIC =
      new Run(HumfigCommand.version(), LocalDate.of(2100, 1, 1), List.of("synthetic"));

  private int store(Path work, PrintWriter out) throws IOException {
    TableSchema schema = TableSchema.bundled();
    Path file = work.resolve("figures.db");
    resetPeaks();
    long start = System.nanoTime();
    try (Store store = Store.open(file, schema, Store.WAIT);
        Recording recording = store.record(SYNTHETIC, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))) {
      Counts counts = new Counts();
      for (int i = 0; i < rows; i += PER_DOCUMENT) {
        Outcome o = document(i);
        recording.accept(o);
        counts.add(o);
      }
      recording.finish(counts);
    }
    report(out, "store", rows, System.nanoTime() - start);
    out.printf("%s %,d MB%n", file.getFileName(), Files.size(file) >> 20);
    resetPeaks();
    start = System.nanoTime();
    Extraction.Settings settings =
        new Extraction.Settings(
            work, EnumSet.of(Format.CSV, Format.XLSX), CsvWriter.Options.PLAIN, SYNTHETIC);
    try (Store store = Store.openExisting(file, schema, Store.WAIT)) {
      new Extraction(schema, settings).run(store.outcomes(Selection.ALL), p -> {});
    }
    report(out, "export from the store", rows, System.nanoTime() - start);
    out.printf(
        "figures.csv %,d MB, figures.xlsx %,d MB, validation.json %,d MB%n",
        Files.size(work.resolve("figures.csv")) >> 20,
        Files.size(work.resolve("figures.xlsx")) >> 20,
        Files.size(work.resolve(Extraction.REPORT)) >> 20);
    return 0;
  }

  /**
   * A synthetic document with its own text and the figures from row {@code first} on; every other
   * figure has a warning, as real figures without a date or source have.
   */
  private Outcome document(int first) {
    List<Validated> figures = new ArrayList<>(PER_DOCUMENT);
    for (int k = first; k < Math.min(rows, first + PER_DOCUMENT); k++) {
      Figure f = figure(k);
      if (k % 2 == 1) {
        figures.add(
            new Validated(
                f.toBuilder().status(Status.WARNING).issues(List.of("attribution.missing")).build(),
                List.of(
                    new Violation(
                        "attributed_to",
                        "",
                        "attribution.missing",
                        Severity.WARNING,
                        "the text does not say who reported the figure"))));
      } else {
        figures.add(new Validated(f, List.of()));
      }
    }
    int id = first / PER_DOCUMENT;
    Document doc = Document.of("doc-" + id, "synthetic document " + id, LocalDate.of(2016, 12, 11));
    return new Outcome.Read(doc, figures, List.of());
  }

  /** A synthetic, valid figure; row {@code i} differs from the others in id, value and place. */
  static Figure figure(int i) {
    String evidence =
        "More than "
            + (100 + i % 900)
            + " people have been killed in Town "
            + (i % 500)
            + ", monitors said.";
    double value = 100 + i % 900;
    return Figure.builder()
        .id(String.format(Locale.ROOT, "%016x", 0x1000000000L + i))
        .documentId("doc-" + i / 10)
        .sourceName("Synthetic News")
        .sourceUrl("https://example.org/" + i / 10)
        .publishedDate(LocalDate.of(2016, 12, 11))
        .category(Category.CASUALTY)
        .metric(Metric.KILLED)
        .value(value)
        .valueLow(value)
        .qualifier(Qualifier.MORE_THAN)
        .unit(Unit.PEOPLE)
        .population("people")
        .location("Town " + i % 500)
        .countryCode("SYR")
        .dateStart(LocalDate.of(2016, 12, 10))
        .dateEnd(LocalDate.of(2016, 12, 11))
        .datePrecision(DatePrecision.DAY)
        .attributedTo("monitors")
        .evidence(evidence)
        .evidenceStart(i % 1000)
        .evidenceEnd(i % 1000 + evidence.length())
        .ruleId("killed.passive")
        .confidence(0.9)
        .status(Status.VALID)
        .modality(Modality.ASSERTED)
        .valuePeople(value)
        .build();
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static void report(PrintWriter out, String task, long rows, long nanos) {
    long peak = peakHeap();
    double seconds = nanos / 1e9;
    out.printf(
        Locale.ROOT,
        "%s: %,d rows in %.1f s (%,.0f rows/s); peak heap used %,d MB of %,d MB max%n",
        task,
        rows,
        seconds,
        rows / seconds,
        peak >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
  }
}
