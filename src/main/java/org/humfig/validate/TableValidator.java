package org.humfig.validate;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.humfig.model.Figure;
import org.humfig.schema.Check;
import org.humfig.schema.Severity;
import org.humfig.schema.TableSchema;

/**
 * Validates a whole table of figures against the schema: its shape (columns, row widths, quoting),
 * each cell's type, each figure's field and cross-field rules, and the dataset rules (unique
 * figure_id). Findings come out in row order as they are found.
 *
 * <p>Rows are checked in batches on worker threads while the file is read; at most a few batches
 * are in flight, so memory stays bounded by the batch size and a compact index of the figure ids.
 */
public final class TableValidator {

  private static final int BATCH = 512;

  private final FigureValidator figures;
  private final TableSchema schema;
  private final int threads;

  /** Returns a table validator that checks each figure with {@code figures} on one thread. */
  public TableValidator(FigureValidator figures) {
    this(figures, 1);
  }

  /**
   * Returns a table validator that checks figures with {@code figures} on {@code threads} workers.
   */
  public TableValidator(FigureValidator figures, int threads) {
    this.figures = figures;
    this.schema = figures.schema();
    this.threads = Math.max(1, threads);
  }

  /**
   * Reads {@code table} and hands every finding to {@code sink}, in row order; returns the number
   * of data rows.
   *
   * @throws Table.Unreadable when the file cannot be read as a table at all
   */
  public int validate(Table table, Consumer<Finding> sink) throws IOException, Table.Unreadable {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "humfig-validate");
              t.setDaemon(true);
              return t;
            });
    try {
      Visitor v = new Visitor(sink, table.fixedWidth(), pool);
      table.read(v);
      v.finish();
      if (v.reader == null) {
        sink.accept(
            Finding.table(
                TableRules.EMPTY, Severity.ERROR, "the file is empty: no header, no rows"));
      } else if (v.rows == 0) {
        sink.accept(
            Finding.table(
                TableRules.NO_ROWS, Severity.WARNING, "the table has a header but no rows"));
      }
      return v.rows;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Returns the description of rule {@code id}: from {@code schema}, else from the table rules. */
  public static String describe(TableSchema schema, String id) {
    return schema.check(id).map(Check::description).orElse(TableRules.describe(id));
  }

  /**
   * A row checked on a worker: what it breaks on its own, its figure for the dataset rules, and
   * whether it counts as a row of data (a blank row does not).
   */
  private record Checked(int row, List<Finding> findings, Figure figure, boolean data) {}

  /** A row as read, waiting for a worker. */
  private record Pending(int row, List<String> cells) {}

  private final class Visitor implements Table.Visitor {
    private final Consumer<Finding> sink;
    private final boolean fixedWidth;
    private final ExecutorService pool;
    private final DatasetChecker dataset = new DatasetChecker(schema);
    private final Deque<Future<List<Checked>>> window = new ArrayDeque<>();
    private List<Pending> batch = new ArrayList<>(BATCH);
    private RowReader reader;
    private int rows;
    private boolean first = true;

    Visitor(Consumer<Finding> sink, boolean fixedWidth, ExecutorService pool) {
      this.sink = sink;
      this.fixedWidth = fixedWidth;
      this.pool = pool;
    }

    @Override
    public void header(int row, List<String> names) {
      reader = new RowReader(schema, row, names);
      reader.headerFindings().forEach(sink);
    }

    @Override
    public void row(int row, List<String> cells) {
      if (first) {
        first = false;
        if (!blank(cells)
            && cells.stream().filter(c -> !c.isBlank()).allMatch(c -> c.strip().startsWith("#"))) {
          return; // the HXL hashtag row
        }
      }
      // Whether the row is blank or ragged is found on a worker.
      batch.add(new Pending(row, cells));
      if (batch.size() >= BATCH) {
        submit();
      }
    }

    private void submit() {
      List<Pending> work = batch;
      batch = new ArrayList<>(BATCH);
      RowReader r = reader;
      window.addLast(pool.submit(() -> check(r, fixedWidth, work)));
      while (window.size() > threads * 2) {
        drain();
      }
    }

    private void drain() {
      try {
        for (Checked c : window.removeFirst().get()) {
          if (c.data()) {
            rows++;
          }
          c.findings().forEach(sink);
          if (c.figure() != null) {
            dataset.check(c.row(), c.figure()).forEach(sink);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }

    void finish() {
      if (!batch.isEmpty()) {
        submit();
      }
      while (!window.isEmpty()) {
        drain();
      }
    }

    @Override
    public void problem(Finding finding) {
      finish();
      sink.accept(finding);
    }
  }

  private static boolean blank(List<String> cells) {
    for (String c : cells) {
      if (!c.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private List<Checked> check(RowReader reader, boolean fixedWidth, List<Pending> work) {
    List<Checked> out = new ArrayList<>(work.size());
    for (Pending p : work) {
      List<Finding> findings = new ArrayList<>(2);
      List<String> cells = p.cells();
      if (blank(cells)) {
        findings.add(
            new Finding(p.row(), "", "", TableRules.BLANK, Severity.WARNING, "the row is empty"));
        out.add(new Checked(p.row(), findings, null, false));
        continue;
      }
      if (cells.size() > reader.width() || (cells.size() < reader.width() && fixedWidth)) {
        findings.add(
            new Finding(
                p.row(),
                "",
                "",
                TableRules.RAGGED,
                Severity.ERROR,
                "the row has " + cells.size() + " cells, the header " + reader.width()));
      }
      RowReader.Parsed parsed = reader.read(p.row(), cells);
      findings.addAll(parsed.findings());
      Figure f = parsed.figure();
      for (Violation v : figures.check(f)) {
        boolean missing =
            reader.missing().contains(v.column()) && v.rule().equals("field.required");
        boolean unreadable =
            parsed.findings().stream().anyMatch(x -> x.column().equals(v.column()));
        if (!missing && !unreadable) {
          findings.add(
              new Finding(p.row(), v.column(), v.value(), v.rule(), v.severity(), v.message()));
        }
      }
      out.add(new Checked(p.row(), findings, f, true));
    }
    return out;
  }
}
