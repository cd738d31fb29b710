package org.humfig.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import org.humfig.export.Run;
import org.humfig.run.Outcomes;
import org.humfig.schema.TableSchema;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A store: one SQLite file that accumulates documents, figures and runs.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("crisis.db"), TableSchema.bundled(), Store.WAIT);
 *     Recording recording = store.record(run, Clock.systemUTC())) {
 *   new Extraction(humfig, schema, settings).with(recording).run(inputs, problems);
 * }
 * try (Store store = Store.openExisting(Path.of("crisis.db"), schema, Store.WAIT)) {
 *   new Extraction(schema, settings).run(store.outcomes(Selection.ALL), problems);
 * }
 * }</pre>
 *
 * <p>Tables: {@code documents} (id, content hash, address, url, source, published, language, title,
 * first and last seen), {@code figures} (every column of {@code figures.csv}, the run that found it
 * and, once replaced, the document that superseded it), {@code violations} (the rules each figure
 * breaks), {@code runs} (start, end, tool, inputs, counts) and {@code meta}; the views {@code
 * current_documents} and {@code current_figures} leave out what corrections replaced.
 *
 * <p>The file is in WAL mode: readers (an export, an SQLite client) never block the writer, and a
 * writer waits up to the given time for another to finish its transaction before failing with a
 * message that says so. One connection; not thread-safe.
 */
public final class Store implements AutoCloseable {

  /** How long a run waits by default for another writer to finish a transaction. */
  public static final Duration WAIT = Duration.ofSeconds(30);

  private final Path file;
  private final TableSchema schema;
  private final Duration wait;
  private final Connection connection;
  private final FigureRow row;
  private boolean open;

  private Store(Path file, TableSchema schema, Duration wait, Connection c, FigureRow row) {
    this.file = file;
    this.schema = schema;
    this.wait = wait;
    this.connection = c;
    this.row = row;
  }

  /**
   * Opens the store in {@code file}, creating it (and its folder) when missing and migrating it
   * when it was made by an earlier humfig.
   *
   * @param wait how long to wait for another writer before failing
   * @throws StoreException with a one-line message naming the file when it cannot be used
   */
  public static Store open(Path file, TableSchema schema, Duration wait) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(file)) {
      try {
        Files.createDirectories(parent);
      } catch (IOException e) {
        throw new StoreException("cannot create the folder of store '" + file + "'", e);
      }
    }
    return connect(file, schema, wait);
  }

  /**
   * Opens the store in {@code file}, which must exist; migrates it when it was made by an earlier
   * humfig.
   *
   * @throws StoreException with a one-line message naming the file when it cannot be used
   */
  public static Store openExisting(Path file, TableSchema schema, Duration wait)
      throws IOException {
    if (!Files.exists(file)) {
      throw new StoreException("store '" + file + "' does not exist");
    }
    return connect(file, schema, wait);
  }

  private static Store connect(Path file, TableSchema schema, Duration wait) throws IOException {
    if (Files.isDirectory(file)) {
      throw new StoreException("store '" + file + "' is a folder, not a file");
    }
    FigureRow row = new FigureRow(schema);
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, wait.toMillis()));
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    Connection c;
    try {
      c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    } catch (SQLException e) {
      throw failure(file, wait, e);
    }
    Store store = new Store(file, schema, wait, c, row);
    try {
      if (!Layout.current(c, schema)) {
        store.begin();
        try {
          Layout.migrate(c, schema, file.toString());
          store.commit();
        } catch (SQLException | StoreException e) {
          store.rollback();
          throw e;
        }
      }
      return store;
    } catch (SQLException e) {
      store.closeQuietly();
      throw failure(file, wait, e);
    } catch (StoreException e) {
      store.closeQuietly();
      throw e;
    }
  }

  /**
   * Starts recording a run into the store: adds it to {@code runs} as running, and returns the sink
   * that writes its documents. {@code clock} dates the run's start and end.
   */
  public Recording record(Run run, Clock clock) throws IOException {
    try {
      return new Recording(this, run, clock);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Returns the documents of the store that {@code selection} keeps, with their figures. */
  public Outcomes outcomes(Selection selection) {
    return new Reading(this, selection);
  }

  /** Returns the store's file. */
  public Path file() {
    return file;
  }

  TableSchema schema() {
    return schema;
  }

  Connection connection() {
    return connection;
  }

  FigureRow row() {
    return row;
  }

  /** Starts a write transaction, waiting for another writer's to end. */
  void begin() throws SQLException {
    execute("BEGIN IMMEDIATE");
    open = true;
  }

  /** Starts a read transaction: what it reads is one snapshot, whatever writers do meanwhile. */
  void beginRead() throws SQLException {
    execute("BEGIN");
    open = true;
  }

  void commit() throws SQLException {
    execute("COMMIT");
    open = false;
  }

  /** Rolls back the open transaction, if any. */
  void rollback() {
    if (!open) {
      return;
    }
    open = false;
    try {
      execute("ROLLBACK");
    } catch (SQLException e) {
      // SQLite has rolled back by itself (it does on some errors): nothing is left to undo.
    }
  }

  void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  /** Returns the one-line error for an SQLite failure on this store. */
  StoreException failure(SQLException e) {
    return failure(file, wait, e);
  }

  static StoreException failure(Path file, Duration wait, SQLException e) {
    SQLiteErrorCode code =
        e instanceof SQLiteException s
            ? s.getResultCode()
            : SQLiteErrorCode.getErrorCode(e.getErrorCode());
    String name = "'" + file + "'";
    String message =
        switch (code == null ? SQLiteErrorCode.UNKNOWN_ERROR : code) {
          case SQLITE_BUSY, SQLITE_LOCKED ->
              "store "
                  + name
                  + " is busy: another run or program kept it locked for more than "
                  + wait.toSeconds()
                  + " s; try again when it has finished";
          case SQLITE_NOTADB -> name + " is not an SQLite database";
          case SQLITE_CANTOPEN -> "cannot open store " + name;
          case SQLITE_READONLY -> "store " + name + " is read-only";
          case SQLITE_FULL -> "store " + name + ": the disk is full";
          case SQLITE_CORRUPT -> "store " + name + " is damaged: " + reason(e);
          default -> "store " + name + ": " + reason(e);
        };
    return new StoreException(message, e);
  }

  private static String reason(SQLException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int paren = m.lastIndexOf('(');
    return paren >= 0 && m.endsWith(")") ? m.substring(paren + 1, m.length() - 1) : m;
  }

  private void closeQuietly() {
    try {
      connection.close();
    } catch (SQLException e) {
      // Already failing with a clearer message.
    }
  }

  @Override
  public void close() throws IOException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure(e);
    }
  }
}
