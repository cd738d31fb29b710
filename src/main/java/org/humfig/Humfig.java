package org.humfig;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.LongSupplier;
import org.humfig.document.Document;
import org.humfig.document.Item;
import org.humfig.document.Problem;
import org.humfig.extract.Extractor;
import org.humfig.model.Figure;
import org.humfig.validate.FigureValidator;
import org.humfig.validate.Violation;

/**
 * The front door: streams documents through extraction and validation on all cores and hands the
 * outcomes, in input order, to a consumer.
 *
 * <pre>{@code
 * try (Inputs in = Inputs.open(List.of(Path.of("examples")), Inputs.Options.DEFAULT)) {
 *   new Humfig(Extractor.english(), new FigureValidator(TableSchema.bundled()), 4)
 *       .run(in, outcome -> outcome.figures().forEach(System.out::println));
 * }
 * }</pre>
 *
 * <p>At most a few documents per worker are in flight at once, and never more text than a share of
 * the heap, so memory stays bounded whatever the number of documents; the output order is the input
 * order whatever the number of workers.
 *
 * <p>No document can stall or sink a run. The text handling is linear (sentences are capped in
 * length, see {@link org.humfig.text.Segmenter}); on top of that each document has {@link Limits}:
 * a time, checked before each sentence, and a number of figures. A document over its limits, one
 * the extractor fails on, or one that exhausts the heap is skipped with one line naming it and why.
 */
public final class Humfig {

  /** Receives outcomes in input order, on the calling thread. */
  @FunctionalInterface
  public interface Consumer {
    /** Takes the next outcome. */
    void accept(Outcome outcome) throws java.io.IOException;
  }

  /**
   * What one document may cost.
   *
   * @param time the longest one document may take to read; {@link Duration#ZERO} for no limit
   * @param figures the most figures one document may yield: more is a list or a table, not an
   *     article
   * @param ticker the time source, in nanoseconds ({@code System::nanoTime}); library code reads no
   *     clock of its own
   */
  public record Limits(Duration time, int figures, LongSupplier ticker) {

    /** The default cap on figures per document. */
    public static final int FIGURES = 10_000;

    /** No time limit, the default cap on figures. */
    public static final Limits DEFAULT = new Limits(Duration.ZERO, FIGURES, () -> 0L);

    /** Checks the limits. */
    public Limits {
      if (time.isNegative() || figures < 1) {
        throw new IllegalArgumentException("limits must be positive");
      }
    }
  }

  /** The longest evidence kept, Excel's limit on the text of a cell. */
  static final int MAX_EVIDENCE = 32_767;

  private final Extractor extractor;
  private final FigureValidator validator;
  private final int threads;
  private final Limits limits;

  /**
   * Returns a pipeline whose runs share their work among {@code threads} threads (at least one).
   */
  public Humfig(Extractor extractor, FigureValidator validator, int threads) {
    this(extractor, validator, threads, Limits.DEFAULT);
  }

  /**
   * Returns a pipeline whose runs share their work among {@code threads} threads (at least one),
   * with per-document limits.
   */
  public Humfig(Extractor extractor, FigureValidator validator, int threads, Limits limits) {
    this.extractor = extractor;
    this.validator = validator;
    this.threads = Math.max(1, threads);
    this.limits = limits;
  }

  /**
   * Returns the outcome of one document: its figures, validated.
   *
   * @throws Extractor.Budget.Exceeded when the document is over its limits
   */
  public Outcome.Read process(Document doc, List<Problem> warnings) {
    List<Validated> out = new ArrayList<>();
    List<Problem> problems = new ArrayList<>(warnings);
    int dropped = 0;
    for (Figure found : extractor.extract(doc, budget())) {
      Figure f = evidence(found);
      if (f.evidence() != null && f.evidence().length() > MAX_EVIDENCE) {
        dropped++;
        continue;
      }
      List<Violation> violations = validator.check(f, doc.text());
      out.add(new Validated(FigureValidator.apply(f, violations), violations));
    }
    if (dropped > 0) {
      problems.add(
          new Problem(
              doc.origin(),
              dropped
                  + " figure(s) left out: their sentence is longer than a spreadsheet cell holds"));
    }
    return new Outcome.Read(doc, out, problems);
  }

  /** Returns a budget that stops a document past its time or its figures. */
  private Extractor.Budget budget() {
    long start = limits.ticker().getAsLong();
    long nanos = limits.time().toNanos();
    return figures -> {
      if (figures > limits.figures()) {
        throw new Extractor.Budget.Exceeded(
            "more than " + limits.figures() + " figures: a list or a table, not an article");
      }
      if (nanos > 0 && limits.ticker().getAsLong() - start > nanos) {
        throw new Extractor.Budget.Exceeded(
            "took more than " + limits.time().toSeconds() + " s; raise --timeout to read it");
      }
    };
  }

  /**
   * Returns the figure with its evidence starting at its first character that is not white space or
   * one a spreadsheet reads as the start of a formula ({@code = + - @}), so that evidence is safe
   * in every export and still exactly the document's text at its offsets.
   */
  static Figure evidence(Figure f) {
    String e = f.evidence();
    if (e == null || f.evidenceStart() == null) {
      return f;
    }
    int k = 0;
    while (k < e.length() - 1
        && (Character.isWhitespace(e.charAt(k)) || "=+-@".indexOf(e.charAt(k)) >= 0)) {
      k++;
    }
    return k == 0
        ? f
        : f.toBuilder().evidence(e.substring(k)).evidenceStart(f.evidenceStart() + k).build();
  }

  /** Returns the number of threads that share a run's work, the calling thread among them. */
  public int threads() {
    return threads;
  }

  /**
   * Runs every input through the pipeline and hands each outcome to {@code consumer}. Records left
   * unread ({@link Item.Unread}) are read by the thread that extracts them.
   *
   * <p>The run has {@link #threads()} threads: the calling thread reads the inputs, hands the
   * outcomes over in order and, while it waits for the next one, extracts documents itself; the
   * others only extract. With one thread everything happens on the calling thread.
   *
   * @throws java.io.IOException when the consumer fails to write
   */
  public void run(Iterator<Item> inputs, Consumer consumer) throws java.io.IOException {
    ExecutorService pool =
        threads == 1
            ? null
            : Executors.newFixedThreadPool(
                threads - 1,
                r -> {
                  Thread t = new Thread(r, "humfig-worker");
                  t.setDaemon(true);
                  return t;
                });
    Deque<Pending> window = new ArrayDeque<>();
    int limit = threads * 4;
    // Text waiting or being read takes at most an eighth of the heap (a character is a byte or two
    // in the text, and a few more in its paragraph keys and its sentence being read).
    long textBudget = Runtime.getRuntime().maxMemory() / 8;
    long inFlight = 0;
    try {
      while (inputs.hasNext()) {
        Pending p = pending(inputs.next());
        if (pool != null && !p.task().isDone()) {
          pool.execute(p.task());
        }
        window.addLast(p);
        inFlight += p.size();
        while (!window.isEmpty() && (window.size() >= limit || inFlight > textBudget)) {
          Pending head = window.removeFirst();
          inFlight -= head.size();
          consumer.accept(take(head, window));
        }
      }
      while (!window.isEmpty()) {
        consumer.accept(take(window.removeFirst(), window));
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /** An outcome on its way and the size of its text. */
  private record Pending(FutureTask<Outcome> task, long size) {}

  /** Returns the work an item asks for: none for a skipped input. */
  private Pending pending(Item item) {
    if (item instanceof Item.Read r) {
      return new Pending(new FutureTask<>(() -> safely(r)), r.document().text().length());
    }
    if (item instanceof Item.Unread u) {
      return new Pending(new FutureTask<>(() -> safely(u)), u.size());
    }
    FutureTask<Outcome> done =
        new FutureTask<>(() -> new Outcome.Skipped(((Item.Skipped) item).problem()));
    done.run();
    return new Pending(done, 0);
  }

  /** Reads an unread record and extracts its document. */
  private Outcome safely(Item.Unread u) {
    Item read;
    try {
      read = u.read();
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
      return new Outcome.Skipped(
          new Problem(
              u.where(),
              "cannot read ("
                  + e.getClass().getSimpleName()
                  + ": "
                  + e.getMessage()
                  + "); skipped"));
    }
    return read instanceof Item.Read r
        ? safely(r)
        : new Outcome.Skipped(((Item.Skipped) read).problem());
  }

  /** A document the extractor fails on is reported and skipped, not fatal to the run. */
  private Outcome safely(Item.Read r) {
    try {
      return process(r.document(), r.warnings());
    } catch (Extractor.Budget.Exceeded e) {
      return skipped(r, e.getMessage() + "; skipped");
    } catch (OutOfMemoryError e) {
      return skipped(
          r,
          String.format(
              Locale.ROOT,
              "too large to read in the memory available (%d MB); skipped: lower --max-size or"
                  + " give Java more memory (-Xmx)",
              Runtime.getRuntime().maxMemory() >> 20));
    } catch (RuntimeException | StackOverflowError e) {
      return skipped(
          r,
          "extraction failed ("
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage()
              + "); skipped");
    }
  }

  private static Outcome skipped(Item.Read r, String message) {
    return new Outcome.Skipped(new Problem(r.document().origin(), message));
  }

  /**
   * Returns the outcome of {@code p}: extracted here if no worker has started it, else awaited
   * while this thread extracts the documents after it that no worker has started.
   */
  private static Outcome take(Pending p, Deque<Pending> window) {
    FutureTask<Outcome> task = p.task();
    task.run(); // does nothing when a worker has started it
    for (Iterator<Pending> later = window.iterator(); !task.isDone() && later.hasNext(); ) {
      later.next().task().run();
    }
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
