package org.humfig;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * <p>At most a few documents per worker are in flight at once, so memory stays bounded whatever the
 * number of documents; the output order is the input order whatever the number of workers.
 */
public final class Humfig {

  /** Receives outcomes in input order, on the calling thread. */
  @FunctionalInterface
  public interface Consumer {
    /** Takes the next outcome. */
    void accept(Outcome outcome) throws java.io.IOException;
  }

  private final Extractor extractor;
  private final FigureValidator validator;
  private final int threads;

  /** Returns a pipeline with {@code threads} workers (at least one). */
  public Humfig(Extractor extractor, FigureValidator validator, int threads) {
    this.extractor = extractor;
    this.validator = validator;
    this.threads = Math.max(1, threads);
  }

  /** Returns the outcome of one document: its figures, validated. */
  public Outcome.Read process(Document doc, List<Problem> warnings) {
    List<Validated> out = new ArrayList<>();
    for (Figure f : extractor.extract(doc)) {
      List<Violation> violations = validator.check(f, doc.text());
      out.add(new Validated(FigureValidator.apply(f, violations), violations));
    }
    return new Outcome.Read(doc, out, warnings);
  }

  /**
   * Runs every input through the pipeline and hands each outcome to {@code consumer}.
   *
   * @throws java.io.IOException when the consumer fails to write
   */
  public void run(Iterator<Item> inputs, Consumer consumer) throws java.io.IOException {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "humfig-worker");
              t.setDaemon(true);
              return t;
            });
    Deque<Future<Outcome>> window = new ArrayDeque<>();
    int limit = threads * 4;
    try {
      while (inputs.hasNext()) {
        Item item = inputs.next();
        if (item instanceof Item.Read r) {
          window.addLast(pool.submit(() -> safely(r)));
        } else {
          window.addLast(
              CompletableFuture.completedFuture(
                  new Outcome.Skipped(((Item.Skipped) item).problem())));
        }
        while (window.size() >= limit) {
          consumer.accept(take(window));
        }
      }
      while (!window.isEmpty()) {
        consumer.accept(take(window));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A document the extractor fails on is reported and skipped, not fatal to the run. */
  private Outcome safely(Item.Read r) {
    try {
      return process(r.document(), r.warnings());
    } catch (RuntimeException | StackOverflowError e) {
      Problem p =
          new Problem(
              r.document().origin(),
              "extraction failed ("
                  + e.getClass().getSimpleName()
                  + ": "
                  + e.getMessage()
                  + "); skipped");
      return new Outcome.Skipped(p);
    }
  }

  private static Outcome take(Deque<Future<Outcome>> window) {
    try {
      return window.removeFirst().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
