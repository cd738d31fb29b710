package org.humfig.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.humfig.Humfig;
import org.humfig.Outcome;
import org.humfig.Validated;
import org.humfig.document.Document;
import org.humfig.document.Problem;
import org.humfig.model.Figure;
import org.humfig.model.Vocabulary;
import org.humfig.run.Outcomes;
import org.humfig.schema.Severity;
import org.humfig.validate.Violation;

/**
 * The current documents of a store, in the order they were stored, each with its current figures
 * and their violations, as outcomes. Two cursors walk side by side in one read transaction, so the
 * whole export is one snapshot and only one document is held at a time.
 *
 * <p>The figures cursor joins each figure with its violations: a figure comes once per violation
 * (once with none), ordered by document, figure and violation, which the tables' keys give without
 * sorting.
 */
final class Reading implements Outcomes {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String COUNTRY = "country_code";

  private final Store store;
  private final Selection selection;

  Reading(Store store, Selection selection) {
    this.store = store;
    this.selection = selection;
  }

  @Override
  public void forEach(Humfig.Consumer consumer) throws IOException {
    if (selection.country().isPresent() && store.schema().field(COUNTRY).isEmpty()) {
      throw new StoreException("the schema has no " + COUNTRY + " column to select countries by");
    }
    FigureRow row = store.row();
    int columns = store.schema().fields().size();
    String documents =
        "SELECT d.document_key, d.document_id, d.url, d.source, d.published, d.title, d.origin,"
            + " d.problems FROM documents d WHERE d.superseded_by IS NULL"
            + since()
            + (selection.country().isPresent()
                ? " AND EXISTS (SELECT 1 FROM figures f WHERE f.document_key = d.document_key"
                    + " AND f.superseded_by IS NULL"
                    + country()
                    + ")"
                : "")
            + " ORDER BY d.document_key";
    String figures =
        "SELECT f.document_key, f.figure_key, "
            + row.select("f")
            + ", v.field, v.value, v.rule, v.severity, v.message"
            + " FROM figures f JOIN documents d ON d.document_key = f.document_key"
            + " LEFT JOIN violations v ON v.figure_key = f.figure_key"
            + " WHERE f.superseded_by IS NULL"
            + since()
            + country()
            + " ORDER BY f.document_key, f.figure_key, v.position";
    try {
      store.beginRead();
      try (PreparedStatement ds = store.connection().prepareStatement(documents);
          PreparedStatement fs = store.connection().prepareStatement(figures)) {
        bind(ds);
        bind(fs);
        try (ResultSet d = ds.executeQuery();
            ResultSet f = fs.executeQuery()) {
          walk(d, f, row, columns, consumer);
        }
      } finally {
        store.rollback();
      }
    } catch (SQLException e) {
      throw store.failure(e);
    }
  }

  private void walk(ResultSet d, ResultSet f, FigureRow row, int columns, Humfig.Consumer consumer)
      throws SQLException, IOException {
    int violation = 3 + columns;
    boolean more = f.next();
    while (d.next()) {
      long key = d.getLong(1);
      while (more && f.getLong(1) < key) {
        more = f.next();
      }
      List<Validated> found = new ArrayList<>();
      while (more && f.getLong(1) == key) {
        long figureKey = f.getLong(2);
        Figure figure = row.read(f, 3, figureKey);
        List<Violation> violations = new ArrayList<>(2);
        do {
          String rule = f.getString(violation + 2);
          if (rule != null) {
            violations.add(
                new Violation(
                    f.getString(violation),
                    f.getString(violation + 1),
                    rule,
                    severity(f.getString(violation + 3), figureKey),
                    f.getString(violation + 4)));
          }
          more = f.next();
        } while (more && f.getLong(2) == figureKey);
        found.add(new Validated(figure, violations));
      }
      consumer.accept(new Outcome.Read(document(d), found, problems(d.getString(8))));
    }
  }

  private static Document document(ResultSet d) throws SQLException {
    String published = d.getString(5);
    return new Document(
        d.getString(2),
        "",
        d.getString(7),
        d.getString(6),
        d.getString(4),
        d.getString(3),
        published == null ? Optional.empty() : Optional.of(LocalDate.parse(published)));
  }

  private static List<Problem> problems(String json) throws IOException {
    if (json == null) {
      return List.of();
    }
    List<Problem> out = new ArrayList<>();
    for (JsonNode p : JSON.readTree(json)) {
      out.add(new Problem(p.path(0).asText(), p.path(1).asText()));
    }
    return out;
  }

  private static Severity severity(String id, long figureKey) throws StoreException {
    return Vocabulary.parse(Severity.class, id)
        .orElseThrow(
            () ->
                new StoreException("figure_key " + figureKey + ": unknown severity '" + id + "'"));
  }

  private String since() {
    return selection.since().isPresent()
        ? " AND (d.published >= ? OR (d.published IS NULL AND d.first_seen >= ?))"
        : "";
  }

  private String country() {
    return selection.country().isPresent() ? " AND f." + Layout.quote(COUNTRY) + " = ?" : "";
  }

  /** Binds the selection's values in the order the query names them. */
  private void bind(PreparedStatement p) throws SQLException {
    int at = 1;
    if (selection.since().isPresent()) {
      p.setString(at++, selection.since().get().toString());
      p.setString(at++, selection.since().get().toString());
    }
    if (selection.country().isPresent()) {
      p.setString(at, selection.country().get());
    }
  }
}
