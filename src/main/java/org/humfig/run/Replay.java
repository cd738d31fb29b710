package org.humfig.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.humfig.Outcome;
import org.humfig.Validated;
import org.humfig.export.Exports;
import org.humfig.reconcile.Fact;
import org.humfig.reconcile.Reconciliation;

/**
 * The second pass of a run: the outcomes read back from the spill, each figure with its group and
 * role, then the consolidated facts, written to every export in that order.
 *
 * <p>On one thread all of it happens on the calling thread. On more, reading the spill and working
 * out the facts is one thread's work, and each export (figures.csv with consolidated.csv, the
 * workbook) is written by a thread of its own, fed in order through a {@link Relay}: the pass takes
 * as long as its slowest part, not their sum, and the bytes written are the same.
 */
final class Replay {

  /** Batches waiting per export, and outcomes or facts per batch. */
  private static final int BATCHES = 8;

  private static final int BATCH = 64;

  /**
   * What the pass wrote of the facts.
   *
   * @param facts the consolidated facts
   * @param conflicts how many of them its reports disagree on
   */
  record Totals(long facts, long conflicts) {}

  private final Spill spill;
  private final Reconciliation reconciled;

  /** Returns the second pass of the outcomes in {@code spill}, grouped as {@code reconciled}. */
  Replay(Spill spill, Reconciliation reconciled) {
    this.spill = spill;
    this.reconciled = reconciled;
  }

  /**
   * Writes every outcome and every fact to each of {@code exports}, on {@code threads} threads or
   * as many as the pass has parts, and returns the counts of facts.
   *
   * @throws IOException when the spill cannot be read or an export cannot be written
   */
  Totals write(List<Exports> exports, int threads) throws IOException {
    List<Relay.Receiver<Object>> writers = new ArrayList<>();
    for (Exports e : exports) {
      writers.add(item -> accept(e, item));
    }
    return send(writers, threads);
  }

  /**
   * Sends every outcome and every fact to each of {@code writers}, each on a thread of its own when
   * {@code threads} is more than one, and returns the counts of facts.
   *
   * @throws IOException when the spill cannot be read or a writer fails
   */
  Totals send(List<Relay.Receiver<Object>> writers, int threads) throws IOException {
    if (threads <= 1) {
      return send(
          item -> {
            for (Relay.Receiver<Object> w : writers) {
              w.accept(item);
            }
          });
    }
    List<Relay<Object>> relays = new ArrayList<>();
    for (int i = 0; i < writers.size(); i++) {
      relays.add(new Relay<>(BATCHES, BATCH));
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            writers.size() + 1,
            r -> {
              Thread t = new Thread(r, "humfig-writer");
              t.setDaemon(true);
              return t;
            });
    ExecutorCompletionService<Totals> parts = new ExecutorCompletionService<>(pool);
    try {
      List<Future<Totals>> futures = new ArrayList<>();
      futures.add(
          parts.submit(
              () -> {
                Totals totals =
                    send(
                        item -> {
                          for (Relay<Object> r : relays) {
                            put(r, item);
                          }
                        });
                for (Relay<Object> r : relays) {
                  r.end();
                }
                return totals;
              }));
      for (int i = 0; i < writers.size(); i++) {
        Relay.Receiver<Object> w = writers.get(i);
        Relay<Object> r = relays.get(i);
        futures.add(
            parts.submit(
                () -> {
                  r.drain(w);
                  return null;
                }));
      }
      for (int i = 0; i < futures.size(); i++) {
        parts.take().get(); // the first part to fail stops the pass
      }
      return futures.get(0).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing the exports", e);
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Sends every outcome, grouped, then every fact, to {@code sink}; returns the fact counts. */
  private Totals send(Relay.Receiver<Object> sink) throws IOException {
    int[] index = {0};
    spill.replay(outcome -> sink.accept(grouped(outcome, reconciled, index)));
    long[] conflicts = {0};
    try {
      reconciled.forEachFact(
          fact -> {
            conflicts[0] += fact.conflict() ? 1 : 0;
            try {
              sink.accept(fact);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return new Totals(reconciled.facts(), conflicts[0]);
  }

  private static void put(Relay<Object> relay, Object item) throws IOException {
    try {
      relay.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing the exports", e);
    }
  }

  private static void accept(Exports exports, Object item) throws IOException {
    if (item instanceof Outcome o) {
      exports.accept(o);
    } else {
      exports.accept((Fact) item);
    }
  }

  /** Returns the cause of a failed part as what the pass throws. */
  private static IOException rethrow(Throwable cause) {
    if (cause instanceof IOException io) {
      return io;
    }
    if (cause instanceof UncheckedIOException u) {
      return u.getCause();
    }
    if (cause instanceof RuntimeException r) {
      throw r;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    return new IOException(cause);
  }

  /**
   * Returns {@code outcome} with each figure's group and role, counting figures in {@code next}.
   */
  static Outcome grouped(Outcome outcome, Reconciliation facts, int[] next) {
    if (!(outcome instanceof Outcome.Read r)) {
      return outcome;
    }
    List<Validated> figures = new ArrayList<>(r.figures().size());
    for (Validated v : r.figures()) {
      figures.add(new Validated(facts.apply(next[0]++, v.figure()), v.violations()));
    }
    return new Outcome.Read(r.document(), figures, r.problems());
  }
}
