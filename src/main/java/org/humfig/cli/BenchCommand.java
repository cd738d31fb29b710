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
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.humfig.Outcome;
import org.humfig.bench.BareExports;
import org.humfig.bench.ExtractionBench;
import org.humfig.bench.NewsCorpus;
import org.humfig.bench.Shapes;
import org.humfig.bench.Synthetic;
import org.humfig.export.CsvWriter;
import org.humfig.export.Format;
import org.humfig.export.Run;
import org.humfig.export.XlsxWriter;
import org.humfig.extract.Extractor;
import org.humfig.run.Counts;
import org.humfig.run.Extraction;
import org.humfig.schema.TableSchema;
import org.humfig.store.Recording;
import org.humfig.store.Selection;
import org.humfig.store.Store;
import org.humfig.validate.CsvTable;
import org.humfig.validate.FigureValidator;
import org.humfig.validate.TableValidator;
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
      names = "--reporting",
      paramLabel = "PERCENT",
      defaultValue = "100",
      description =
          "extract: the share of articles that report figures, the others reporting none; a"
              + " general news feed has few (default: ${DEFAULT-VALUE}).")
  int reporting;

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
    if (reporting < 0 || reporting > 100) {
      throw new CommandLine.ParameterException(cl, "--reporting must be 0 to 100");
    }
    int articles = new NewsCorpus(seed, reporting / 100.0).write(corpus, layout, size << 20);
    out.printf(
        "generated %,d articles (%,d MB, %s, %d%% reporting figures) in %s%n",
        articles, size, layout, reporting, corpus);
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
        w.write(Synthetic.figure(i));
      }
      w.commit();
    }
    out.printf("generated %,d rows (%,d MB) in %s%n", rows, Files.size(csv) >> 20, csv);
    out.println(load());
    resetPeaks();
    long cpu = cpu();
    long reading = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
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
    double seconds = (cpu() - cpu) / 1e9;
    double reader = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - reading) / 1e9;
    out.printf(
        Locale.ROOT,
        "findings: %,d; %d worker threads; %.1f s of CPU in all (%,.0f rows a CPU second), %.1f s"
            + " of it reading the file in order (%,.0f rows a second at most)%n",
        findings[0],
        Runtime.getRuntime().availableProcessors(),
        seconds,
        read / seconds,
        reader,
        read / reader);
    out.println(load());
    return 0;
  }

  /**
   * Times humfig's CSV writer against OpenCSV alone writing the same rows, and humfig's workbook
   * against SXSSF alone writing the same cells ({@link BareExports}), in this JVM after a warm-up
   * of each, in two rounds in turn (yardstick first, then humfig first) so that the load of the
   * machine weighs on both alike.
   */
  private int export(Path work, PrintWriter out) throws IOException {
    TableSchema schema = TableSchema.bundled();
    List<Outcome> documents = Synthetic.documents(rows, POOL);
    List<Outcome> warmUp = Synthetic.documents(Math.min(rows, WARM_UP), POOL);
    out.println(load());
    Path bareCsv = work.resolve("bare.csv");
    Path csv = work.resolve("figures.csv");
    Path bareXlsx = work.resolve("bare.xlsx");
    Path xlsx = work.resolve("figures.xlsx");
    List<Timed> pairs =
        List.of(
            new Timed("csv, OpenCSV alone", () -> BareExports.csv(bareCsv, schema, documents)),
            new Timed("csv, humfig", () -> csv(csv, schema, documents)),
            new Timed("xlsx, SXSSF alone", () -> BareExports.xlsx(bareXlsx, schema, documents)),
            new Timed("xlsx, humfig", () -> xlsx(xlsx, schema, documents)));
    BareExports.csv(bareCsv, schema, warmUp);
    csv(csv, schema, warmUp);
    BareExports.xlsx(bareXlsx, schema, warmUp);
    xlsx(xlsx, schema, warmUp);
    for (int round = 0; round < 2; round++) {
      for (int p = 0; p < pairs.size(); p += 2) {
        pairs.get(p + round).run();
        pairs.get(p + 1 - round).run();
      }
    }
    for (int p = 0; p < pairs.size(); p += 2) {
      Timed bare = pairs.get(p);
      Timed humfig = pairs.get(p + 1);
      out.println(bare.line(rows));
      out.println(humfig.line(rows));
      out.printf(
          Locale.ROOT,
          "%s / %s: %.2fx%n",
          humfig.name,
          bare.name,
          (double) bare.nanos / humfig.nanos);
    }
    out.printf(
        "figures.csv %,d MB (%s bytes as OpenCSV alone), figures.xlsx %,d MB%n",
        Files.size(csv) >> 20,
        Files.mismatch(csv, bareCsv) < 0 ? "the same" : "NOT the same",
        Files.size(xlsx) >> 20);
    out.println(load());
    return 0;
  }

  /** Distinct synthetic documents the export bench writes over and over. */
  private static final int POOL = 1_000;

  /** Rows of the warm-up pass of the export bench. */
  private static final int WARM_UP = 50_000;

  private static void csv(Path file, TableSchema schema, List<Outcome> documents)
      throws IOException {
    try (CsvWriter w = new CsvWriter(file, schema, CsvWriter.Options.PLAIN)) {
      for (Outcome o : documents) {
        w.write(o);
      }
      w.commit();
    }
  }

  private static void xlsx(Path file, TableSchema schema, List<Outcome> documents)
      throws IOException {
    try (XlsxWriter w = new XlsxWriter(file, schema, SYNTHETIC)) {
      for (Outcome o : documents) {
        w.write(o);
      }
      w.commit();
    }
  }

  /** A write timed over rounds: the sum of its times and the most heap one used. */
  private static final class Timed {
    private final String name;
    private final Write write;
    private long nanos;
    private long peak;

    Timed(String name, Write write) {
      this.name = name;
      this.write = write;
    }

    void run() throws IOException {
      resetPeaks();
      long start = System.nanoTime();
      write.run();
      nanos += System.nanoTime() - start;
      peak = Math.max(peak, peakHeap());
    }

    String line(long rows) {
      return String.format(
          Locale.ROOT,
          "%-20s %,d rows in %.1f s (%,.0f rows/s); peak heap used %,d MB of %,d MB max",
          name + ":",
          2 * rows,
          nanos / 1e9,
          2 * rows / (nanos / 1e9),
          peak >> 20,
          Runtime.getRuntime().maxMemory() >> 20);
    }
  }

  /** One write of a file. */
  private interface Write {
    void run() throws IOException;
  }

  /** Returns the CPU time this process has used, in nanoseconds. */
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Returns the machine's load and cores, which the speeds depend on. */
  private static String load() {
    return String.format(
        Locale.ROOT,
        "load average %.2f on %d cores",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
  }

  private static final int PER_DOCUMENT = Synthetic.PER_DOCUMENT;

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

  private Outcome document(int first) {
    return Synthetic.document(first, rows);
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
