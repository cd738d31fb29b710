package org.humfig.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store under real processes: one killed while it writes, two writing at once. */
class StoreProcessIT {

  @TempDir Path dir;

  /** Paragraphs without figures, so that an article is as long as a short news story. */
  private static final String FILLER =
      ("Aid workers said the river had burst its banks after days of rain, and that families"
              + " were sheltering with relatives on higher ground. Local officials appealed for"
              + " tents, blankets and clean water, and said schools would stay closed until the"
              + " water receded.\n\n")
          .repeat(4);

  /** Returns {@code n} invented articles from {@code from} on, each with two figures. */
  static List<Articles> feed(int from, int n) {
    List<Articles> out = new ArrayList<>();
    for (int i = from; i < from + n; i++) {
      out.add(
          new Articles(
              "flood-" + i,
              "Heavy rain fell for a third day. Floods killed "
                  + (10 + i)
                  + " people and injured "
                  + (3 + i % 97)
                  + " in Kassala on Tuesday, officials said. Roads to the east remain closed.\n\n"
                  + FILLER,
              "https://news.example.org/floods/" + i,
              "2016-12-14"));
    }
    return out;
  }

  /** Starts {@code humfig extract} in a JVM of its own. */
  private Process extract(Path feed, Path store, String name) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            java.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            "org.humfig.cli.Main",
            "extract",
            feed.toString(),
            "--out",
            dir.resolve("out-" + name).toString(),
            "--format",
            "csv",
            "--threads",
            "1",
            "--store",
            store.toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve(name + ".log").toFile())
        .start();
  }

  @Test
  void runKilledWhileWriting_leavesTheStoreIntactWithCompleteDocumentsOnly() throws Exception {
    Path store = dir.resolve("s.db");
    Path early =
        Articles.write(
            dir.resolve("early.jsonl"), List.of(Articles.HOMS, Articles.DEIR, Articles.KASSALA));
    StoreTest.extract(store, early, dir.resolve("o1"), StoreTest.DAY);
    List<String> before = StoreTest.strings(store, "SELECT " + everything() + " FROM figures");
    int n = 1000;
    Path big = Articles.write(dir.resolve("big.jsonl"), feed(0, n));

    Process run = extract(big, store, "killed");
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    long stored = 0;
    while (stored < 100 && run.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(5);
      stored = StoreTest.count(store, "SELECT count(*) FROM documents WHERE run_id = 2");
    }
    assertThat(run.isAlive()).as("the run is still writing when it is killed").isTrue();
    run.destroyForcibly();
    assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(run.exitValue()).isNotZero();

    assertThat(StoreTest.strings(store, "PRAGMA integrity_check")).containsExactly("ok");
    assertThat(
            StoreTest.strings(store, "SELECT " + everything() + " FROM figures WHERE run_id = 1"))
        .containsExactlyElementsOf(before);
    long kept = StoreTest.count(store, "SELECT count(*) FROM documents WHERE run_id = 2");
    assertThat(kept).isBetween(100L, n - 1L);
    assertThat(
            StoreTest.count(
                store,
                "SELECT count(*) FROM documents d WHERE (SELECT count(*) FROM figures f"
                    + " WHERE f.document_key = d.document_key) <> 2 AND d.run_id = 2"))
        .as("documents with other than their two figures")
        .isZero();
    assertThat(
            StoreTest.count(
                store,
                "SELECT count(*) FROM violations v WHERE NOT EXISTS"
                    + " (SELECT 1 FROM figures f WHERE f.figure_key = v.figure_key)"))
        .isZero();
    assertThat(StoreTest.strings(store, "SELECT status || ' ' || ifnull(ended, '-') FROM runs"))
        .containsExactly("complete 2017-01-01T06:00:00Z", "running -");

    Changes resumed = StoreTest.extract(store, big, dir.resolve("o3"), LocalDate.of(2017, 1, 2));
    assertThat(resumed.unchanged()).isEqualTo(kept);
    assertThat(resumed.added()).isEqualTo(n - kept);
    assertThat(StoreTest.count(store, "SELECT count(*) FROM current_documents")).isEqualTo(n + 3);
  }

  @Test
  void twoRunsOnOneStoreAtOnce_bothFinishAndStoreEachDocumentOnce() throws Exception {
    Path store = dir.resolve("s.db");
    Path a = Articles.write(dir.resolve("a.jsonl"), feed(0, 300));
    Path b = Articles.write(dir.resolve("b.jsonl"), feed(150, 300));

    Process first = extract(a, store, "a");
    Process second = extract(b, store, "b");

    assertThat(first.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(second.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(first.exitValue()).as(Files.readString(dir.resolve("a.log"))).isZero();
    assertThat(second.exitValue()).as(Files.readString(dir.resolve("b.log"))).isZero();
    assertThat(StoreTest.strings(store, "PRAGMA integrity_check")).containsExactly("ok");
    assertThat(StoreTest.count(store, "SELECT count(*) FROM documents")).isEqualTo(450);
    assertThat(StoreTest.count(store, "SELECT count(DISTINCT content_hash) FROM documents"))
        .isEqualTo(450);
    assertThat(StoreTest.count(store, "SELECT count(*) FROM figures")).isEqualTo(900);
    assertThat(StoreTest.strings(store, "SELECT DISTINCT status FROM runs"))
        .containsExactly("complete");
    assertThat(
            StoreTest.count(
                store, "SELECT sum(documents_added) + sum(documents_unchanged) FROM runs"))
        .isEqualTo(600);
  }

  private static String everything() {
    return "figure_key || '|' || document_key || '|' || "
        + String.join(
            " || '|' || ",
            StoreTest.SCHEMA.names().stream().map(n -> "ifnull(\"" + n + "\", '')").toList());
  }
}
