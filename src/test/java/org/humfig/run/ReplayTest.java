package org.humfig.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.humfig.Outcome;
import org.humfig.Validated;
import org.humfig.document.Document;
import org.humfig.document.Problem;
import org.humfig.model.Figure;
import org.humfig.model.Metric;
import org.humfig.model.Unit;
import org.humfig.reconcile.Fact;
import org.humfig.reconcile.Reconciler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second pass sends the same items in the same order on any number of threads. */
class ReplayTest {

  @TempDir Path dir;

  private static Figure figure(int doc, int n, double value) {
    return Figure.builder()
        .id(String.format("%016x", doc * 1000L + n))
        .documentId("d" + doc)
        .sourceName("Outlet " + doc % 3)
        .publishedDate(LocalDate.of(2020, 3, 1 + doc % 20))
        .metric(Metric.KILLED)
        .category(Metric.KILLED.category())
        .value(value)
        .unit(Unit.PEOPLE)
        .population("people")
        .location(doc % 2 == 0 ? "Aleppo" : "Homs")
        .evidence("At least " + (int) value + " people were killed, the outlet said.")
        .build();
  }

  /** Writes 500 documents of two figures and a skipped input to a spill, and reconciles them. */
  private Replay replay(Spill spill) throws IOException {
    Reconciler reconciler = new Reconciler(Reconciler.Settings.DEFAULT);
    for (int doc = 0; doc < 500; doc++) {
      List<Validated> figures = new ArrayList<>();
      for (int n = 0; n < 2; n++) {
        Figure f = figure(doc, n, 10 + doc % 4 + n);
        figures.add(new Validated(f, List.of()));
        reconciler.add(f);
      }
      Document d =
          new Document(
              "d" + doc, "", "feed line " + doc, "", "", "", Optional.of(LocalDate.of(2020, 3, 1)));
      spill.write(new Outcome.Read(d, figures, List.of()));
      if (doc == 250) {
        spill.write(new Outcome.Skipped(new Problem("bad.txt", "empty file")));
      }
    }
    return new Replay(spill, reconciler.reconcile());
  }

  /** Returns what a writer saw, one line per item: the figures' groups, or the fact's id. */
  private static String line(Object item) {
    if (item instanceof Fact f) {
      return "fact " + f;
    }
    StringBuilder b = new StringBuilder(item.getClass().getSimpleName());
    for (Validated v : ((Outcome) item).figures()) {
      b.append(' ').append(v.figure().id()).append('/').append(v.figure().groupId());
    }
    return b.toString();
  }

  private List<List<String>> send(int threads, int writers) throws IOException {
    List<List<String>> seen = new ArrayList<>();
    List<Relay.Receiver<Object>> receivers = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      List<String> one = Collections.synchronizedList(new ArrayList<>());
      seen.add(one);
      receivers.add(item -> one.add(line(item)));
    }
    try (Spill spill = new Spill(dir)) {
      Replay.Totals totals = replay(spill).send(receivers, threads);
      assertThat(totals.facts()).isPositive();
    }
    return seen;
  }

  @Test
  void send_onSeveralThreads_givesEveryWriterTheItemsOfOneThread() throws IOException {
    List<String> one = send(1, 1).get(0);
    assertThat(one).hasSizeGreaterThan(501);
    assertThat(one.get(251)).isEqualTo("Skipped");
    assertThat(one.get(one.size() - 1)).startsWith("fact ");
    List<List<String>> two = send(3, 2);
    assertThat(two.get(0)).isEqualTo(one);
    assertThat(two.get(1)).isEqualTo(one);
  }

  @Test
  void send_aWriterFails_thePassStopsWithItsError() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          List<Relay.Receiver<Object>> receivers = new ArrayList<>();
          int[] count = {0};
          receivers.add(item -> {});
          receivers.add(
              item -> {
                if (++count[0] == 5) {
                  throw new IOException("disk full");
                }
              });
          try (Spill spill = new Spill(dir)) {
            Replay r = replay(spill);
            assertThatThrownBy(() -> r.send(receivers, 2))
                .isInstanceOf(IOException.class)
                .hasMessage("disk full");
          }
        });
  }

  @Test
  void send_aWriterFailsOnOneThread_thePassStopsWithItsError() throws IOException {
    List<Relay.Receiver<Object>> receivers =
        List.of(
            item -> {
              throw new IllegalStateException("bad row");
            });
    try (Spill spill = new Spill(dir)) {
      Replay r = replay(spill);
      assertThatThrownBy(() -> r.send(receivers, 1)).hasMessage("bad row");
      assertThatThrownBy(() -> replayAgain(receivers)).hasMessage("bad row");
    }
  }

  private void replayAgain(List<Relay.Receiver<Object>> receivers) throws IOException {
    try (Spill spill = new Spill(dir)) {
      replay(spill).send(receivers, 3);
    }
  }
}
