package org.humfig.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.humfig.Humfig;
import org.humfig.Outcome;
import org.humfig.Validated;
import org.humfig.document.Document;
import org.humfig.document.Inputs;
import org.humfig.export.CsvWriter;
import org.humfig.export.Format;
import org.humfig.export.Run;
import org.humfig.extract.Extractor;
import org.humfig.run.Counts;
import org.humfig.run.Extraction;
import org.humfig.schema.TableSchema;
import org.humfig.validate.FigureValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

  static final TableSchema SCHEMA = TableSchema.bundled();
  static final LocalDate DAY = LocalDate.of(2017, 1, 1);
  static final Duration WAIT = Duration.ofSeconds(20);
  private static Humfig humfig;

  @TempDir Path dir;

  /** Returns the pipeline the tests share, made on first use. */
  static synchronized Humfig humfig() {
    if (humfig == null) {
      humfig = new Humfig(Extractor.english(), new FigureValidator(SCHEMA, DAY), 2);
    }
    return humfig;
  }

  private static Clock clock(LocalDate day) {
    return Clock.fixed(day.atTime(6, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  }

  /** Extracts {@code input} into {@code store} on {@code day}, exports to {@code out}. */
  static Changes extract(Path store, Path input, Path out, LocalDate day) throws IOException {
    Files.createDirectories(out);
    Run run = new Run("humfig test", day, List.of(input.toString()));
    try (Store s = Store.open(store, SCHEMA, WAIT);
        Recording r = s.record(run, clock(day));
        Inputs in = Inputs.open(List.of(input), Inputs.Options.DEFAULT)) {
      new Extraction(humfig(), SCHEMA, csv(out, run)).with(r).run(in, p -> {});
      return r.changes();
    }
  }

  /** Settings that write figures.csv and validation.json only, which keeps the tests fast. */
  static Extraction.Settings csv(Path out, Run run) {
    return new Extraction.Settings(out, EnumSet.of(Format.CSV), CsvWriter.Options.PLAIN, run);
  }

  static Extraction.Result export(Path store, Selection selection, Path out) throws IOException {
    return export(store, selection, out, EnumSet.of(Format.CSV));
  }

  static Extraction.Result export(Path store, Selection selection, Path out, Set<Format> formats)
      throws IOException {
    Files.createDirectories(out);
    Run run = new Run("humfig test", DAY, List.of("store"));
    try (Store s = Store.openExisting(store, SCHEMA, WAIT)) {
      return new Extraction(
              SCHEMA, new Extraction.Settings(out, formats, CsvWriter.Options.PLAIN, run))
          .run(s.outcomes(selection), p -> {});
    }
  }

  static List<String> rows(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    return lines.subList(1, lines.size());
  }

  static long count(Path store, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  static List<String> strings(Path store, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  @Test
  void rerun_sameInputs_addsNothing() throws Exception {
    Path store = dir.resolve("s.db");
    Path feed =
        Articles.write(
            dir.resolve("feed.jsonl"), List.of(Articles.HOMS, Articles.DEIR, Articles.KASSALA));

    Changes first = extract(store, feed, dir.resolve("o1"), DAY);
    Changes second = extract(store, feed, dir.resolve("o2"), DAY.plusDays(1));

    assertThat(first.added()).isEqualTo(3);
    assertThat(first.figuresAdded()).isEqualTo(rows(dir.resolve("o1/figures.csv")).size());
    assertThat(second).isEqualTo(new Changes(0, 3, 0, 0, 0));
    assertThat(count(store, "SELECT count(*) FROM documents")).isEqualTo(3);
    assertThat(count(store, "SELECT count(*) FROM figures")).isEqualTo(first.figuresAdded());
    assertThat(strings(store, "SELECT DISTINCT last_seen FROM documents"))
        .containsExactly("2017-01-02");
    assertThat(strings(store, "SELECT DISTINCT first_seen FROM documents"))
        .containsExactly("2017-01-01");
    assertThat(strings(store, "SELECT status || ' ' || documents_added FROM runs ORDER BY run_id"))
        .containsExactly("complete 3", "complete 0");
  }

  @Test
  void refetchedCopy_underAnotherIdAndAddress_addsNothing() throws Exception {
    Path store = dir.resolve("s.db");
    extract(
        store,
        Articles.write(dir.resolve("a.jsonl"), List.of(Articles.HOMS)),
        dir.resolve("o1"),
        DAY);
    long figures = count(store, "SELECT count(*) FROM figures");
    Articles copy = Articles.HOMS.as("mirror-88", "https://mirror.example.com/world/88");
    Articles respaced =
        Articles.HOMS
            .as("homs-again", null)
            .saying(Articles.HOMS.text().replace(" ", "  ") + "\r\n");

    Changes changes =
        extract(
            store,
            Articles.write(dir.resolve("b.jsonl"), List.of(copy, respaced)),
            dir.resolve("o2"),
            DAY);

    assertThat(changes).isEqualTo(new Changes(0, 2, 0, 0, 0));
    assertThat(count(store, "SELECT count(*) FROM documents")).isEqualTo(1);
    assertThat(count(store, "SELECT count(*) FROM figures")).isEqualTo(figures);
    assertThat(rows(dir.resolve("o2/figures.csv"))).hasSize((int) figures * 2);
  }

  @Test
  void correctedArticle_atTheSameAddress_supersedesAndKeepsHistory() throws Exception {
    Path store = dir.resolve("s.db");
    extract(
        store,
        Articles.write(dir.resolve("a.jsonl"), List.of(Articles.KASSALA, Articles.HOMS)),
        dir.resolve("o1"),
        DAY);
    Articles corrected =
        Articles.KASSALA
            .as("kassala-1-v2", Articles.KASSALA.url())
            .saying(
                "Floods killed 52 people and injured 12 in Kassala on Tuesday, officials said.");

    Changes changes =
        extract(
            store,
            Articles.write(dir.resolve("b.jsonl"), List.of(corrected)),
            dir.resolve("o2"),
            DAY.plusDays(1));

    assertThat(changes).isEqualTo(new Changes(0, 0, 1, 2, 2));
    assertThat(
            strings(
                store,
                "SELECT metric || ' ' || value FROM figures WHERE superseded_by IS NOT NULL ORDER BY"
                    + " figure_key"))
        .containsExactly("killed 40.0", "injured 12.0");
    assertThat(
            count(
                store,
                "SELECT count(*) FROM figures f JOIN documents d ON f.superseded_by = d.document_key"
                    + " WHERE d.document_id = 'kassala-1-v2'"))
        .isEqualTo(2);
    assertThat(count(store, "SELECT count(*) FROM current_documents")).isEqualTo(2);
    assertThat(strings(store, "SELECT document_id FROM documents WHERE superseded_by IS NOT NULL"))
        .containsExactly("kassala-1");

    export(store, Selection.ALL, dir.resolve("e"));
    List<String> exported = rows(dir.resolve("e/figures.csv"));
    assertThat(exported).noneMatch(r -> r.contains("kassala-1,")).anyMatch(r -> r.contains(",52,"));
    assertThat(exported).anyMatch(r -> r.contains("homs-1,"));
  }

  @Test
  void documentsSharingAnAddress_areAllKept() throws Exception {
    Path store = dir.resolve("s.db");
    String site = "https://site.example.org/";
    extract(
        store,
        Articles.write(
            dir.resolve("a.jsonl"),
            List.of(Articles.HOMS.as("h", site), Articles.DEIR.as("d", site))),
        dir.resolve("o1"),
        DAY);

    Changes later =
        extract(
            store,
            Articles.write(dir.resolve("b.jsonl"), List.of(Articles.KASSALA.as("k", site))),
            dir.resolve("o2"),
            DAY.plusDays(1));

    assertThat(later.added()).isEqualTo(1);
    assertThat(later.corrected()).isZero();
    assertThat(count(store, "SELECT count(*) FROM current_documents")).isEqualTo(3);
  }

  @Test
  void export_equalsWhatTheRunsFound() throws Exception {
    Path store = dir.resolve("s.db");
    extract(
        store,
        Articles.write(dir.resolve("a.jsonl"), List.of(Articles.HOMS, Articles.DEIR)),
        dir.resolve("o1"),
        DAY);
    extract(
        store,
        Articles.write(dir.resolve("b.jsonl"), List.of(Articles.KASSALA)),
        dir.resolve("o2"),
        DAY);

    Extraction.Result r =
        export(store, Selection.ALL, dir.resolve("e"), EnumSet.allOf(Format.class));

    List<String> found = new ArrayList<>(rows(dir.resolve("o1/figures.csv")));
    found.addAll(rows(dir.resolve("o2/figures.csv")));
    assertThat(rows(dir.resolve("e/figures.csv"))).containsExactlyElementsOf(found);
    assertThat(r.counts().documents()).isEqualTo(3);
    try (var book = new XSSFWorkbook(dir.resolve("e/figures.xlsx").toFile())) {
      assertThat(book.getSheet("Figures").getLastRowNum()).isEqualTo(found.size());
      assertThat(book.getSheet("Sources").getLastRowNum()).isEqualTo(3);
    }
    assertThat(r.written())
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "figures.csv",
            "consolidated.csv",
            "figures.xlsx",
            "validation.json",
            "figure.schema.json",
            "consolidated.schema.json",
            "datapackage.json");
  }

  @Test
  void export_ofOneRun_isByteForByteTheRunsExport() throws Exception {
    Path store = dir.resolve("s.db");
    Path examples = Path.of("examples");
    extract(store, examples, dir.resolve("o"), DAY);

    export(store, Selection.ALL, dir.resolve("e"));

    assertThat(Files.readAllBytes(dir.resolve("e/figures.csv")))
        .isEqualTo(Files.readAllBytes(dir.resolve("o/figures.csv")));
    assertThat(Files.readString(dir.resolve("e/validation.json")))
        .isEqualTo(Files.readString(dir.resolve("o/validation.json")));
  }

  @Test
  void export_selection_keepsDocumentsSinceADayAndFiguresOfACountry() throws Exception {
    Path store = dir.resolve("s.db");
    extract(
        store,
        Articles.write(
            dir.resolve("a.jsonl"), List.of(Articles.HOMS, Articles.DEIR, Articles.KASSALA)),
        dir.resolve("o"),
        DAY);
    List<String> all = rows(dir.resolve("o/figures.csv"));

    export(
        store,
        new Selection(Optional.of(LocalDate.of(2016, 12, 13)), Optional.empty()),
        dir.resolve("since"));
    Extraction.Result syria =
        export(store, new Selection(Optional.empty(), Optional.of("syr")), dir.resolve("syr"));

    assertThat(rows(dir.resolve("since/figures.csv")))
        .containsExactlyElementsOf(all.stream().filter(r -> !r.contains(",deir-1,")).toList())
        .hasSizeLessThan(all.size());
    List<String> syrian = rows(dir.resolve("syr/figures.csv"));
    assertThat(syrian).isNotEmpty().allMatch(r -> r.contains(",SYR,"));
    assertThat(syrian)
        .containsExactlyElementsOf(all.stream().filter(r -> r.contains(",SYR,")).toList());
    assertThat(syria.counts().documents())
        .isEqualTo(syrian.stream().map(r -> r.split(",")[1]).distinct().count());
  }

  @Test
  void selection_country_mustBeThreeLetters() {
    assertThatThrownBy(() -> new Selection(Optional.empty(), Optional.of("SY")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'SY' is not an ISO 3166-1 alpha-3 country code");
  }

  @Test
  void olderStore_isMigrated_andItsFiguresExport() throws Exception {
    Path store = dir.resolve("old.db");
    String script =
        new String(
            StoreTest.class.getResourceAsStream("/store/format-1-older-schema.sql").readAllBytes(),
            StandardCharsets.UTF_8);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store);
        Statement s = c.createStatement()) {
      for (String sql : script.split(";\\s*\\n")) {
        String body =
            sql.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
        if (!body.isBlank()) {
          s.executeUpdate(body);
        }
      }
    }
    assertThat(strings(store, "PRAGMA table_info(figures)")).doesNotContain("notes");

    Extraction.Result r = export(store, Selection.ALL, dir.resolve("e"));

    assertThat(r.counts().figures()).isEqualTo(1);
    assertThat(count(store, "PRAGMA user_version")).isEqualTo(Layout.FORMAT);
    assertThat(strings(store, "SELECT name FROM pragma_table_info('figures')"))
        .containsAll(SCHEMA.names());
    assertThat(strings(store, "SELECT value FROM meta WHERE key = 'schema_version'"))
        .containsExactly(SCHEMA.version());
    List<String> exported = Files.readAllLines(dir.resolve("e/figures.csv"));
    assertThat(exported.get(0)).isEqualTo(String.join(",", SCHEMA.names()));
    assertThat(exported.get(1))
        .startsWith("7d1e2f3a4b5c6d7e,idlib-7,Example News,https://news.example.org/idlib-camps,")
        .contains(",displacement,displaced,4500,4500,4500,exact,people,")
        .contains(
            ",displaced.passive,0.9,valid,"
                + ",".repeat(SCHEMA.names().size() - SCHEMA.names().indexOf("issues") - 3))
        .matches(".*,g[0-9a-f]{16},recommended");
  }

  @Test
  void newerStore_failsWithAMessageNamingIt() throws Exception {
    Path store = dir.resolve("new.db");
    try (Store s = Store.open(store, SCHEMA, WAIT)) {
      s.execute("PRAGMA user_version = " + (Layout.FORMAT + 1));
    }
    assertThatThrownBy(() -> Store.openExisting(store, SCHEMA, WAIT))
        .isInstanceOf(StoreException.class)
        .hasMessage(
            "store '"
                + store
                + "' has format "
                + (Layout.FORMAT + 1)
                + ", made by a newer humfig; this one reads formats up to "
                + Layout.FORMAT);
  }

  @Test
  void filesThatAreNoStore_failWithOneLine() throws Exception {
    Path text =
        Files.writeString(
            dir.resolve("notes.db"), "not a database at all, just text\n".repeat(100));
    Path other = dir.resolve("other.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other);
        Statement s = c.createStatement()) {
      s.executeUpdate("CREATE TABLE t (x)");
    }
    assertThatThrownBy(() -> Store.open(text, SCHEMA, WAIT))
        .isInstanceOf(StoreException.class)
        .hasMessage("'" + text + "' is not an SQLite database");
    assertThatThrownBy(() -> Store.open(other, SCHEMA, WAIT))
        .hasMessage(
            "'" + other + "' is an SQLite database but not a humfig store (it has other tables)");
    assertThatThrownBy(() -> Store.open(dir, SCHEMA, WAIT))
        .hasMessage("store '" + dir + "' is a folder, not a file");
    assertThatThrownBy(() -> Store.openExisting(dir.resolve("missing.db"), SCHEMA, WAIT))
        .hasMessage("store '" + dir.resolve("missing.db") + "' does not exist");
  }

  @Test
  void storeLockedByAnotherWriter_waitsThenFailsClearly() throws Exception {
    Path store = dir.resolve("s.db");
    try (Store s = Store.open(store, SCHEMA, WAIT)) {
      // created
    }
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + store);
        Statement s = other.createStatement()) {
      s.execute("BEGIN IMMEDIATE");
      long start = System.nanoTime();
      assertThatThrownBy(
              () -> {
                try (Store locked = Store.open(store, SCHEMA, Duration.ofMillis(300))) {
                  locked.record(new Run("humfig test", DAY, List.of()), clock(DAY)).close();
                }
              })
          .isInstanceOf(StoreException.class)
          .hasMessageContaining(
              "store '" + store + "' is busy: another run or program kept it locked");
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isGreaterThanOrEqualTo(Duration.ofMillis(250));
      s.execute("ROLLBACK");
    }
    assertThat(strings(store, "PRAGMA integrity_check")).containsExactly("ok");
  }

  @Test
  void twoRunsAtOnce_storeEachDocumentOnce() throws Exception {
    Path store = dir.resolve("s.db");
    List<Articles> many = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      many.add(
          new Articles(
              "flood-" + i,
              "Floods killed "
                  + (10 + i)
                  + " people and injured "
                  + (3 + i)
                  + " in Kassala on"
                  + " Tuesday, officials said.",
              "https://news.example.org/floods/" + i,
              "2016-12-14"));
    }
    Path a = Articles.write(dir.resolve("a.jsonl"), many.subList(0, 30));
    Path b = Articles.write(dir.resolve("b.jsonl"), many.subList(10, 40));
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      Future<Changes> first = two.submit(() -> extract(store, a, dir.resolve("oa"), DAY));
      Future<Changes> second = two.submit(() -> extract(store, b, dir.resolve("ob"), DAY));
      Changes x = first.get();
      Changes y = second.get();
      assertThat(x.added() + y.added()).isEqualTo(40);
      assertThat(x.unchanged() + y.unchanged()).isEqualTo(20);
    } finally {
      two.shutdownNow();
    }
    assertThat(strings(store, "PRAGMA integrity_check")).containsExactly("ok");
    assertThat(count(store, "SELECT count(DISTINCT content_hash) FROM documents")).isEqualTo(40);
    assertThat(count(store, "SELECT count(*) FROM documents")).isEqualTo(40);
    assertThat(count(store, "SELECT count(*) FROM figures")).isEqualTo(80);
  }

  @Test
  void runThatStopsEarly_isMarkedFailed_andKeepsTheDocumentsItStored() throws Exception {
    Path store = dir.resolve("s.db");
    try (Store s = Store.open(store, SCHEMA, WAIT);
        Recording r = s.record(new Run("humfig test", DAY, List.of("x")), clock(DAY))) {
      r.accept(humfig().process(Document.of("a", Articles.KASSALA.text(), DAY), List.of()));
      r.accept(new Outcome.Skipped(new org.humfig.document.Problem("b.txt", "empty file")));
    }
    assertThat(strings(store, "SELECT status FROM runs")).containsExactly("failed");
    assertThat(strings(store, "SELECT ended FROM runs")).containsExactly("2017-01-01T06:00:00Z");
    assertThat(count(store, "SELECT count(*) FROM documents")).isEqualTo(1);
    assertThat(count(store, "SELECT count(*) FROM figures")).isEqualTo(2);
  }

  @Test
  void finishedRun_recordsItsCounts() throws Exception {
    Path store = dir.resolve("s.db");
    try (Store s = Store.open(store, SCHEMA, WAIT);
        Recording r = s.record(new Run("humfig test", DAY, List.of("x", "y")), clock(DAY))) {
      Outcome read = humfig().process(Document.of("a", Articles.KASSALA.text(), DAY), List.of());
      r.accept(read);
      Counts counts = new Counts();
      counts.add(read);
      r.finish(counts);
      assertThat(r.runId()).isEqualTo(1);
    }
    assertThat(
            strings(
                store,
                "SELECT status || ' ' || inputs || ' ' || documents || ' ' || figures || ' ' ||"
                    + " figures_added || ' ' || started FROM runs"))
        .containsExactly("complete [\"x\",\"y\"] 1 2 2 2017-01-01T06:00:00Z");
  }

  @Test
  void documentLanguage_isTheOneItsFiguresGive() throws Exception {
    Path store = dir.resolve("s.db");
    Outcome.Read read = humfig().process(Document.of("a", Articles.KASSALA.text(), DAY), List.of());
    List<Validated> french =
        read.figures().stream()
            .map(v -> new Validated(v.figure().toBuilder().language("fr").build(), v.violations()))
            .toList();
    try (Store s = Store.open(store, SCHEMA, WAIT);
        Recording r = s.record(new Run("humfig test", DAY, List.of("x")), clock(DAY))) {
      r.accept(new Outcome.Read(read.document(), french, List.of()));
      r.accept(humfig().process(Document.of("b", "Nothing to count here.", DAY), List.of()));
    }
    assertThat(strings(store, "SELECT ifnull(language, '-') FROM documents ORDER BY document_key"))
        .containsExactly("fr", "-");
  }

  @Test
  void digest_readsWhiteSpaceRunsAsOneSpace() {
    assertThat(Digest.of("Floods  killed\r\n40 people. "))
        .isEqualTo(Digest.of("Floods killed 40 people."))
        .isNotEqualTo(Digest.of("Floods killed 41 people."))
        .hasSize(64);
  }
}
