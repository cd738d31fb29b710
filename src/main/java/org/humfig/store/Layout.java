package org.humfig.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.humfig.schema.Field;
import org.humfig.schema.SqlTable;
import org.humfig.schema.TableSchema;

/**
 * The tables of a store and how a store of any earlier format is brought to the current one.
 *
 * <p>The format is {@code PRAGMA user_version}. Each format is one step of statements, applied in
 * order: a new store takes every step, an older one the steps it lacks, so the path that creates a
 * store is the path that migrates one. The columns of {@code figures} besides the store's own come
 * from the table schema, one per field; a field added to the schema becomes a column on the next
 * opening ({@code ALTER TABLE ... ADD COLUMN}), empty in rows stored before, and a column the
 * schema no longer has is kept, unread.
 */
final class Layout {

  /** The current format of a store. */
  static final int FORMAT = 1;

  /** The columns of {@code figures} that the store keeps for itself. */
  static final List<String> OWN = List.of("figure_key", "document_key", "run_id", "superseded_by");

  private static final List<List<String>> STEPS =
      List.of(
          List.of(
              "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
              """
              CREATE TABLE runs (
                run_id INTEGER PRIMARY KEY,
                tool TEXT NOT NULL,
                run_date TEXT NOT NULL,
                inputs TEXT NOT NULL,
                started TEXT NOT NULL,
                ended TEXT,
                status TEXT NOT NULL,
                documents INTEGER,
                skipped INTEGER,
                figures INTEGER,
                documents_added INTEGER,
                documents_unchanged INTEGER,
                documents_corrected INTEGER,
                figures_added INTEGER,
                figures_superseded INTEGER)""",
              """
              CREATE TABLE documents (
                document_key INTEGER PRIMARY KEY,
                document_id TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                address TEXT NOT NULL,
                url TEXT,
                source TEXT,
                published TEXT,
                language TEXT,
                title TEXT,
                origin TEXT,
                problems TEXT,
                first_seen TEXT NOT NULL,
                last_seen TEXT NOT NULL,
                run_id INTEGER NOT NULL REFERENCES runs (run_id),
                superseded_by INTEGER REFERENCES documents (document_key))""",
              "CREATE INDEX documents_hash ON documents (content_hash) WHERE superseded_by IS NULL",
              "CREATE INDEX documents_address ON documents (address) WHERE superseded_by IS NULL",
              """
              CREATE TABLE figures (
                figure_key INTEGER PRIMARY KEY,
                document_key INTEGER NOT NULL REFERENCES documents (document_key),
                run_id INTEGER NOT NULL REFERENCES runs (run_id),
                superseded_by INTEGER REFERENCES documents (document_key))""",
              "CREATE INDEX figures_document ON figures (document_key)",
              """
              CREATE TABLE violations (
                figure_key INTEGER NOT NULL REFERENCES figures (figure_key),
                position INTEGER NOT NULL,
                field TEXT NOT NULL,
                value TEXT NOT NULL,
                rule TEXT NOT NULL,
                severity TEXT NOT NULL,
                message TEXT NOT NULL,
                PRIMARY KEY (figure_key, position)) WITHOUT ROWID""",
              "CREATE VIEW current_documents AS SELECT * FROM documents WHERE superseded_by IS NULL",
              "CREATE VIEW current_figures AS SELECT * FROM figures WHERE superseded_by IS NULL"));

  private Layout() {}

  /**
   * Brings the store to the current format and gives {@code figures} a column for every field of
   * {@code schema}; runs inside the caller's write transaction.
   *
   * @throws StoreException for a file that holds other tables, or a store of a newer format
   */
  static void migrate(Connection c, TableSchema schema, String store)
      throws SQLException, StoreException {
    int format;
    try (Statement s = c.createStatement()) {
      format = single(s, "PRAGMA user_version");
      if (format == 0 && single(s, "SELECT count(*) FROM sqlite_master") > 0) {
        throw new StoreException(
            "'" + store + "' is an SQLite database but not a humfig store (it has other tables)");
      }
      if (format > FORMAT) {
        throw new StoreException(
            "store '"
                + store
                + "' has format "
                + format
                + ", made by a newer humfig; this one reads formats up to "
                + FORMAT);
      }
      for (int step = format; step < FORMAT; step++) {
        for (String sql : STEPS.get(step)) {
          s.executeUpdate(sql);
        }
      }
      if (format < FORMAT) {
        s.executeUpdate("PRAGMA user_version = " + FORMAT);
      }
      for (Field f : missing(c, schema)) {
        s.executeUpdate(
            "ALTER TABLE figures ADD COLUMN "
                + quote(f.name())
                + " "
                + SqlTable.Dialect.SQLITE.type(f.type()));
      }
    }
    meta(c, "format", Integer.toString(FORMAT));
    meta(c, "schema_name", schema.name());
    meta(c, "schema_version", schema.version());
  }

  /**
   * Returns true when the store is of the current format and has a column for every field of {@code
   * schema}, so that opening it writes nothing.
   */
  static boolean current(Connection c, TableSchema schema) throws SQLException {
    try (Statement s = c.createStatement()) {
      return single(s, "PRAGMA user_version") == FORMAT && missing(c, schema).isEmpty();
    }
  }

  /** Returns the fields of {@code schema} that {@code figures} has no column for. */
  private static List<Field> missing(Connection c, TableSchema schema) throws SQLException {
    Set<String> present = new HashSet<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("PRAGMA table_info(figures)")) {
      while (r.next()) {
        present.add(r.getString("name").toLowerCase(Locale.ROOT));
      }
    }
    return schema.fields().stream()
        .filter(f -> !present.contains(f.name().toLowerCase(Locale.ROOT)))
        .toList();
  }

  private static void meta(Connection c, String key, String value) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
      p.setString(1, key);
      p.setString(2, value);
      p.executeUpdate();
    }
  }

  private static int single(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getInt(1) : 0;
    }
  }

  /** Returns {@code name} as a quoted SQL identifier. */
  static String quote(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }
}
