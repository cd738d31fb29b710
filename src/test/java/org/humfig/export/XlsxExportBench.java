package org.humfig.export;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.humfig.Outcome;
import org.humfig.Validated;
import org.humfig.document.Document;
import org.humfig.model.DatePrecision;
import org.humfig.model.Figure;
import org.humfig.model.Metric;
import org.humfig.model.Modality;
import org.humfig.model.Qualifier;
import org.humfig.model.Status;
import org.humfig.model.Unit;
import org.humfig.schema.Severity;
import org.humfig.schema.TableSchema;
import org.humfig.validate.Violation;

/**
 * Times an export of synthetic figures and samples the heap while it runs. Not a test: run it with
 * a small heap to show that the workbook streams, e.g.
 *
 * <pre>
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.humfig.export.XlsxExportBench 1000000 10 /tmp/bench xlsx
 * </pre>
 *
 * <p>Arguments, all optional: number of figures (1,000,000), figures per document (10), output
 * folder (a new temporary folder), formats (xlsx; or csv,xlsx). The figures are the same on every
 * run: 300 places, every metric, two thirds with warnings and a few invalid, one address per
 * document.
 */
public final class XlsxExportBench {

  /**
   * What a run measured.
   *
   * @param figures figures written
   * @param seconds wall time from the first figure to the committed files
   * @param peakHeapBytes the most heap in use at any sample (every 20 ms), garbage included
   * @param peakLiveBytes the most heap still in use right after a garbage collection
   * @param maxHeapBytes the heap limit
   * @param bytes the size of the files written
   */
  public record Result(
      long figures,
      double seconds,
      long peakHeapBytes,
      long peakLiveBytes,
      long maxHeapBytes,
      long bytes) {}

  private static final Metric[] METRICS = Metric.values();
  private static final LocalDate PUBLISHED = LocalDate.of(2016, 12, 11);
  private static final String EVIDENCE =
      "An estimated 120,000 people have fled the city's east, many heading towards displacement"
          + " centres in government-controlled areas to the west, monitors said on Sunday.";

  private XlsxExportBench() {}

  /** Runs the benchmark with the arguments described above and prints what it measured. */
  public static void main(String[] args) throws IOException {
    long figures = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    int perDocument = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Path out = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("humfig-bench");
    Set<Format> formats = EnumSet.noneOf(Format.class);
    for (String f : (args.length > 3 ? args[3] : "xlsx").split(",")) {
      formats.add(Format.valueOf(f.strip().toUpperCase(Locale.ROOT)));
    }
    Files.createDirectories(out);
    Result r = run(figures, perDocument, out, formats);
    System.out.printf(
        Locale.ROOT,
        "%,d figures (%d per document) to %s %s in %.1f s; heap: peak %,d MB, peak after GC %,d"
            + " MB, limit %,d MB; %,d MB written%n",
        r.figures(),
        perDocument,
        out,
        formats,
        r.seconds(),
        r.peakHeapBytes() >> 20,
        r.peakLiveBytes() >> 20,
        r.maxHeapBytes() >> 20,
        r.bytes() >> 20);
  }

  /** Exports {@code figures} synthetic figures to {@code out} and returns what it measured. */
  public static Result run(long figures, int perDocument, Path out, Set<Format> formats)
      throws IOException {
    AtomicLong peak = new AtomicLong();
    AtomicLong live = new AtomicLong();
    Thread sampler = sampler(peak);
    List<Runnable> listening = afterGc(live);
    long start = System.nanoTime();
    Run run = new Run("humfig bench", PUBLISHED.plusDays(1), List.of("synthetic"));
    try (Exports exports =
        new Exports(out, formats, TableSchema.bundled(), CsvWriter.Options.PLAIN, run)) {
      for (long first = 0; first < figures; first += perDocument) {
        exports.accept(
            document(first / perDocument, first, Math.min(figures, first + perDocument)));
      }
      exports.commit();
    } finally {
      sampler.interrupt();
      listening.forEach(Runnable::run);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long bytes = 0;
    for (Format f : formats) {
      bytes += Files.size(out.resolve(f.file()));
    }
    return new Result(
        figures, seconds, peak.get(), live.get(), Runtime.getRuntime().maxMemory(), bytes);
  }

  private static Thread sampler(AtomicLong peak) {
    Thread t =
        new Thread(
            () -> {
              var memory = ManagementFactory.getMemoryMXBean();
              while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(20);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-sampler");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /**
   * Records in {@code live} the most heap in use after any garbage collection; returns what stops
   * listening.
   */
  private static List<Runnable> afterGc(AtomicLong live) {
    Set<String> heap = new HashSet<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heap.add(pool.getName());
      }
    }
    NotificationListener listener =
        (notification, handback) -> {
          if (!notification
              .getType()
              .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
          }
          var info =
              GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
          long used = 0;
          for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heap.contains(e.getKey())) {
              used += e.getValue().getUsed();
            }
          }
          live.accumulateAndGet(used, Math::max);
        };
    List<Runnable> stops = new ArrayList<>();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        stops.add(
            () -> {
              try {
                emitter.removeNotificationListener(listener);
              } catch (ListenerNotFoundException e) {
                // already gone
              }
            });
      }
    }
    return stops;
  }

  /** Returns document {@code n} with figures {@code first} to {@code end} (exclusive). */
  private static Outcome document(long n, long first, long end) {
    String id = String.format(Locale.ROOT, "doc-%07d", n);
    String url = "https://news.example.org/" + id + "?lang=en";
    Document doc =
        new Document(
            id,
            EVIDENCE,
            id + ".txt",
            "Report " + n,
            "Publisher " + (n % 7),
            url,
            Optional.of(PUBLISHED));
    List<Validated> list = new ArrayList<>();
    for (long i = first; i < end; i++) {
      list.add(figure(i, id, url));
    }
    return new Outcome(doc, list, List.of());
  }

  private static Validated figure(long i, String doc, String url) {
    Metric metric = METRICS[(int) (i % METRICS.length)];
    Unit unit =
        switch (metric.category()) {
          case TERRITORY -> metric.name().endsWith("SHARE") ? Unit.PERCENT : Unit.KM2;
          default -> i % 5 == 0 ? Unit.HOUSEHOLDS : Unit.PEOPLE;
        };
    double value = unit == Unit.PERCENT ? 1 + i % 99 : 10 + (i * 7919) % 250_000;
    List<Violation> violations = new ArrayList<>();
    Status status = Status.VALID;
    if (i % 3 != 0) {
      status = Status.WARNING;
      violations.add(
          new Violation(
              "attributed_to",
              "",
              "attribution.missing",
              Severity.WARNING,
              "the text does not say who reported the figure"));
    }
    if (i % 97 == 0) {
      status = Status.INVALID;
      violations.add(
          new Violation(
              "value_high", "1", "value.bounds", Severity.ERROR, "value is outside its bounds"));
    }
    LocalDate end = PUBLISHED.minusDays(i % 30);
    Figure f =
        Figure.builder()
            .id(String.format(Locale.ROOT, "%016x", i * 0x9E3779B97F4A7C15L))
            .documentId(doc)
            .sourceName("Publisher " + (i % 7))
            .sourceUrl(url)
            .publishedDate(PUBLISHED)
            .category(metric.category())
            .metric(metric)
            .value(value)
            .valueLow(value)
            .qualifier(i % 4 == 0 ? Qualifier.APPROXIMATELY : Qualifier.EXACT)
            .unit(unit)
            .population("people")
            .location("Place " + (i / METRICS.length) % 300)
            .dateStart(end.minusDays(7))
            .dateEnd(end)
            .datePrecision(DatePrecision.WEEK)
            .attributedTo(i % 3 == 0 ? "monitors" : null)
            .evidence(EVIDENCE)
            .evidenceStart((int) (i % 10_000))
            .evidenceEnd((int) (i % 10_000) + EVIDENCE.length())
            .ruleId("fled.verb")
            .confidence(0.9)
            .status(status)
            .issues(violations.stream().map(Violation::rule).toList())
            .countryCode("SYR")
            .modality(Modality.ASSERTED)
            .householdSize(unit == Unit.HOUSEHOLDS ? 5.0 : null)
            .valuePeople(people(unit, value))
            .build();
    return new Validated(f, violations);
  }

  private static Double people(Unit unit, double value) {
    return switch (unit) {
      case HOUSEHOLDS -> value * 5;
      case PEOPLE -> value;
      default -> null;
    };
  }
}
