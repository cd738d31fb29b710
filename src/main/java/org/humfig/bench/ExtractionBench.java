package org.humfig.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.humfig.Humfig;
import org.humfig.document.Document;
import org.humfig.document.Inputs;
import org.humfig.document.Item;
import org.humfig.export.CsvWriter;
import org.humfig.export.Format;
import org.humfig.export.Run;
import org.humfig.extract.Extractor;
import org.humfig.run.Extraction;
import org.humfig.schema.TableSchema;
import org.humfig.text.PageConventions;
import org.humfig.text.Segmenter;
import org.humfig.text.Sentence;
import org.humfig.validate.FigureValidator;

/**
 * Times extraction over a corpus: a bare pass that only splits the text into sentences and tokens
 * (the practical ceiling), and the whole run (read, extract, validate, write figures.csv and
 * validation.json) on a given number of threads.
 */
public final class ExtractionBench {

  /**
   * One timed pass.
   *
   * @param name what was timed
   * @param threads threads that shared the work
   * @param documents documents read
   * @param bytes input bytes
   * @param figures figures found (zero for the bare pass)
   * @param nanos wall time
   * @param cpuNanos processor time the whole process spent meanwhile, on every thread (compiler and
   *     collector included), or -1 when the platform does not say
   */
  public record Measure(
      String name,
      int threads,
      long documents,
      long bytes,
      long figures,
      long nanos,
      long cpuNanos) {

    /**
     * Returns megabytes of input per second of processor time: the speed of one core, which a
     * machine shared with other work does not lower as much as the wall-clock speed.
     */
    public double megabytesPerCpuSecond() {
      return cpuNanos <= 0 ? Double.NaN : bytes / 1048576.0 / (cpuNanos / 1e9);
    }

    /** Returns megabytes (2^20 bytes) of input per second. */
    public double megabytesPerSecond() {
      return bytes / 1048576.0 / (nanos / 1e9);
    }

    /** Returns documents per second. */
    public double documentsPerSecond() {
      return documents / (nanos / 1e9);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%-22s %2d thread%s  %,10d docs  %,8.1f MB  %6.1f s  %7.1f MB/s  %,9.0f docs/s  %,9d figures"
              + "  %6.1f CPU s  %5.1f MB per CPU s",
          name,
          threads,
          threads == 1 ? " " : "s",
          documents,
          bytes / 1048576.0,
          nanos / 1e9,
          megabytesPerSecond(),
          documentsPerSecond(),
          figures,
          cpuNanos / 1e9,
          megabytesPerCpuSecond());
    }
  }

  private final Path corpus;
  private final long bytes;

  /** Returns a bench over {@code corpus}, a file or folder of articles. */
  public ExtractionBench(Path corpus) throws IOException {
    this.corpus = corpus;
    this.bytes = size(corpus);
  }

  /** Splits every document into sentences and tokens on one thread, and nothing else. */
  public Measure tokenize() throws IOException {
    Segmenter segmenter = new Segmenter(PageConventions.english());
    long documents = 0;
    long tokens = 0;
    long start = System.nanoTime();
    long cpu = cpu();
    try (Inputs in = Inputs.open(List.of(corpus), Inputs.Options.DEFAULT)) {
      while (in.hasNext()) {
        if (in.next() instanceof Item.Read r) {
          documents++;
          for (Sentence s : segmenter.segment(r.document().text())) {
            tokens += s.tokens().size();
          }
        }
      }
    }
    long nanos = System.nanoTime() - start;
    if (tokens < 0) {
      throw new IllegalStateException("token count overflowed");
    }
    return new Measure("tokenize", 1, documents, bytes, 0, nanos, cpu() - cpu);
  }

  /**
   * Reads one shaped document of {@code length} characters on the calling thread, as the extractor
   * does inside a run.
   *
   * @param name what was timed
   */
  public static Measure shape(Extractor extractor, Shapes.Shape shape, int length) {
    String text = shape.text(length);
    long start = System.nanoTime();
    long cpu = cpu();
    int figures = extractor.extract(Document.of("shape", text, LocalDate.of(2020, 1, 1))).size();
    long nanos = System.nanoTime() - start;
    return new Measure(shape.name(), 1, 1, text.length(), figures, nanos, cpu() - cpu);
  }

  /** Runs the whole extraction on {@code threads} workers, writing figures.csv into {@code out}. */
  public Measure extract(Extractor extractor, int threads, Path out) throws IOException {
    TableSchema schema = TableSchema.bundled();
    Files.createDirectories(out);
    Run run = new Run("humfig bench", LocalDate.of(2100, 1, 1), List.of(corpus.toString()));
    Extraction.Settings settings =
        new Extraction.Settings(out, EnumSet.of(Format.CSV), CsvWriter.Options.PLAIN, run);
    long start = System.nanoTime();
    long cpu = cpu();
    Extraction.Result r;
    try (FigureValidator validator = new FigureValidator(schema, run.date());
        Inputs in = Inputs.open(List.of(corpus), Inputs.Options.DEFAULT).unread()) {
      Humfig humfig = new Humfig(extractor, validator, threads);
      r = new Extraction(humfig, schema, settings).run(in, p -> {});
    }
    long nanos = System.nanoTime() - start;
    return new Measure(
        "extract",
        threads,
        r.counts().documents(),
        bytes,
        r.counts().figures(),
        nanos,
        cpu() - cpu);
  }

  /** The processor time of this process so far, in nanoseconds, or -1. */
  private static long cpu() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : -1;
  }

  private static long size(Path p) throws IOException {
    if (Files.isRegularFile(p)) {
      return Files.size(p);
    }
    try (var files = Files.walk(p)) {
      long total = 0;
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        total += Files.size(f);
      }
      return total;
    }
  }
}
