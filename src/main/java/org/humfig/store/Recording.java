package org.humfig.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.humfig.Outcome;
import org.humfig.Validated;
import org.humfig.document.Document;
import org.humfig.document.Problem;
import org.humfig.export.Run;
import org.humfig.run.Counts;
import org.humfig.run.Sink;
import org.humfig.validate.Violation;

/**
 * One run being written into a store: each document read goes in with its figures and their
 * violations in one transaction, in input order, so the store holds complete documents whenever the
 * run stops. A document whose text the store holds already (under any id or address) adds nothing;
 * a document with a new text at an address where exactly one document from an earlier run is
 * current replaces it, and the replaced document and its figures stay, marked as superseded.
 * Skipped inputs are not stored. Not thread-safe: the run's consuming thread drives it.
 */
public final class Recording implements Sink, Closeable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Store store;
  private final Clock clock;
  private final long runId;
  private final String day;
  private final PreparedStatement byHash;
  private final PreparedStatement byAddress;
  private final PreparedStatement seen;
  private final PreparedStatement document;
  private final PreparedStatement supersedeDocument;
  private final PreparedStatement supersedeFigures;
  private final PreparedStatement figure;
  private final PreparedStatement violation;
  private final PreparedStatement nextDocument;
  private final PreparedStatement nextFigure;
  private long added;
  private long unchanged;
  private long corrected;
  private long figuresAdded;
  private long figuresSuperseded;
  private boolean finished;

  Recording(Store store, Run run, Clock clock) throws SQLException {
    this.store = store;
    this.clock = clock;
    this.day = run.date().toString();
    Connection c = store.connection();
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO runs (tool, run_date, inputs, started, status)"
                + " VALUES (?, ?, ?, ?, 'running')")) {
      p.setString(1, run.tool());
      p.setString(2, day);
      p.setString(3, json(run.inputs()));
      p.setString(4, now());
      p.executeUpdate();
    }
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT last_insert_rowid()")) {
      r.next();
      this.runId = r.getLong(1);
    }
    this.byHash =
        c.prepareStatement(
            "SELECT document_key FROM documents"
                + " WHERE content_hash = ? AND superseded_by IS NULL LIMIT 1");
    this.byAddress =
        c.prepareStatement(
            "SELECT document_key, run_id FROM documents"
                + " WHERE address = ? AND superseded_by IS NULL LIMIT 2");
    this.seen = c.prepareStatement("UPDATE documents SET last_seen = ? WHERE document_key = ?");
    this.document =
        c.prepareStatement(
            "INSERT INTO documents (document_key, document_id, content_hash, address, url, source,"
                + " published, language, title, origin, problems, first_seen, last_seen, run_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    this.supersedeDocument =
        c.prepareStatement("UPDATE documents SET superseded_by = ? WHERE document_key = ?");
    this.supersedeFigures =
        c.prepareStatement(
            "UPDATE figures SET superseded_by = ? WHERE document_key = ? AND superseded_by IS NULL");
    this.figure = c.prepareStatement(store.row().insert());
    this.violation =
        c.prepareStatement(
            "INSERT INTO violations (figure_key, position, field, value, rule, severity, message)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)");
    this.nextDocument =
        c.prepareStatement("SELECT coalesce(max(document_key), 0) + 1 FROM documents");
    this.nextFigure = c.prepareStatement("SELECT coalesce(max(figure_key), 0) + 1 FROM figures");
  }

  /** Returns the id of this run in the store's {@code runs} table. */
  public long runId() {
    return runId;
  }

  /** Returns what the run has changed in the store so far. */
  public Changes changes() {
    return new Changes(added, unchanged, corrected, figuresAdded, figuresSuperseded);
  }

  @Override
  public void accept(Outcome outcome) throws IOException {
    if (!(outcome instanceof Outcome.Read read)) {
      return;
    }
    try {
      store.begin();
      write(read);
      store.commit();
    } catch (SQLException e) {
      store.rollback();
      throw store.failure(e);
    }
  }

  private void write(Outcome.Read read) throws SQLException, IOException {
    Document doc = read.document();
    String hash = Digest.of(doc.text());
    Long same = key(byHash, hash);
    if (same != null) {
      seen.setString(1, day);
      seen.setLong(2, same);
      seen.executeUpdate();
      unchanged++;
      return;
    }
    String address = doc.sourceUrl().isEmpty() ? doc.id() : doc.sourceUrl();
    Long earlier = earlier(address);
    long key = next(nextDocument);
    insert(key, doc, hash, address, read);
    if (earlier != null) {
      supersedeDocument.setLong(1, key);
      supersedeDocument.setLong(2, earlier);
      supersedeDocument.executeUpdate();
      supersedeFigures.setLong(1, key);
      supersedeFigures.setLong(2, earlier);
      figuresSuperseded += supersedeFigures.executeUpdate();
      corrected++;
    } else {
      added++;
    }
    figures(key, read.figures());
  }

  /** Returns the one current document at {@code address} if an earlier run stored it. */
  private Long earlier(String address) throws SQLException {
    byAddress.setString(1, address);
    try (ResultSet r = byAddress.executeQuery()) {
      if (!r.next()) {
        return null;
      }
      long key = r.getLong(1);
      boolean earlierRun = r.getLong(2) != runId;
      return !r.next() && earlierRun ? key : null;
    }
  }

  private void insert(long key, Document doc, String hash, String address, Outcome.Read read)
      throws SQLException {
    List<Problem> problems = read.problems();
    document.setLong(1, key);
    document.setString(2, doc.id());
    document.setString(3, hash);
    document.setString(4, address);
    text(document, 5, doc.sourceUrl());
    text(document, 6, doc.sourceName());
    text(document, 7, doc.published().map(Object::toString).orElse(""));
    text(document, 8, language(read));
    text(document, 9, doc.title());
    text(document, 10, doc.origin());
    text(
        document,
        11,
        problems.isEmpty()
            ? ""
            : json(problems.stream().map(p -> List.of(p.where(), p.message())).toList()));
    document.setString(12, day);
    document.setString(13, day);
    document.setLong(14, runId);
    document.executeUpdate();
  }

  /** Returns the document's language as its figures give it, or empty when none does. */
  private static String language(Outcome.Read read) {
    return read.figures().stream()
        .map(v -> v.figure().language())
        .filter(l -> l != null && !l.isEmpty())
        .findFirst()
        .orElse("");
  }

  private void figures(long documentKey, List<Validated> figures) throws SQLException {
    if (figures.isEmpty()) {
      return;
    }
    long key = next(nextFigure);
    boolean violations = false;
    for (Validated v : figures) {
      figure.setLong(1, key);
      figure.setLong(2, documentKey);
      figure.setLong(3, runId);
      store.row().bind(figure, 4, v.figure());
      figure.addBatch();
      int position = 0;
      for (Violation x : v.violations()) {
        violation.setLong(1, key);
        violation.setInt(2, position++);
        violation.setString(3, x.column());
        violation.setString(4, x.value());
        violation.setString(5, x.rule());
        violation.setString(6, x.severity().id());
        violation.setString(7, x.message());
        violation.addBatch();
        violations = true;
      }
      key++;
    }
    figure.executeBatch();
    if (violations) {
      violation.executeBatch();
    }
    figuresAdded += figures.size();
  }

  /**
   * Returns the next key of a table. Keys are given here, inside the write transaction, rather than
   * by SQLite, so that a document's figures and their violations go in as batches.
   */
  private static long next(PreparedStatement max) throws SQLException {
    try (ResultSet r = max.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private static Long key(PreparedStatement p, String value) throws SQLException {
    p.setString(1, value);
    try (ResultSet r = p.executeQuery()) {
      return r.next() ? r.getLong(1) : null;
    }
  }

  private static void text(PreparedStatement p, int at, String value) throws SQLException {
    if (value == null || value.isEmpty()) {
      p.setNull(at, Types.VARCHAR);
    } else {
      p.setString(at, value);
    }
  }

  @Override
  public void finish(Counts counts) throws IOException {
    try (PreparedStatement p =
        store
            .connection()
            .prepareStatement(
                "UPDATE runs SET ended = ?, status = 'complete', documents = ?, skipped = ?,"
                    + " figures = ?, documents_added = ?, documents_unchanged = ?,"
                    + " documents_corrected = ?, figures_added = ?, figures_superseded = ?"
                    + " WHERE run_id = ?")) {
      p.setString(1, now());
      p.setLong(2, counts.documents());
      p.setLong(3, counts.skipped());
      p.setLong(4, counts.figures());
      p.setLong(5, added);
      p.setLong(6, unchanged);
      p.setLong(7, corrected);
      p.setLong(8, figuresAdded);
      p.setLong(9, figuresSuperseded);
      p.setLong(10, runId);
      p.executeUpdate();
      finished = true;
    } catch (SQLException e) {
      throw store.failure(e);
    }
  }

  /** Marks the run as failed unless it finished, and releases the statements. */
  @Override
  public void close() throws IOException {
    try {
      if (!finished) {
        try (PreparedStatement p =
            store
                .connection()
                .prepareStatement(
                    "UPDATE runs SET ended = ?, status = 'failed' WHERE run_id = ?")) {
          p.setString(1, now());
          p.setLong(2, runId);
          p.executeUpdate();
        }
      }
      for (PreparedStatement p :
          List.of(
              byHash,
              byAddress,
              seen,
              document,
              supersedeDocument,
              supersedeFigures,
              figure,
              violation,
              nextDocument,
              nextFigure)) {
        p.close();
      }
    } catch (SQLException e) {
      throw store.failure(e);
    }
  }

  private String now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("lists of strings always serialise", e);
    }
  }
}
