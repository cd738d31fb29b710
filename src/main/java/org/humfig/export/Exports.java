package org.humfig.export;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.humfig.Outcome;
import org.humfig.reconcile.Fact;
import org.humfig.reconcile.Reconciler;
import org.humfig.schema.TableSchema;

/**
 * The export files of one run, written together: each outcome goes to every format, then each
 * consolidated fact ({@code figures.csv} comes with {@code consolidated.csv}; the workbook has
 * both), and the files replace earlier exports only when all of them are complete. With a {@link
 * Workspace}, every file is written in the run's temporary folder until then.
 */
public final class Exports implements Closeable {

  private final List<FigureWriter> writers = new ArrayList<>();
  private final List<Path> paths = new ArrayList<>();

  /**
   * Opens the exports of {@code formats} in folder {@code dir}.
   *
   * @throws IOException when a file cannot be created there
   */
  public Exports(Path dir, Set<Format> formats, TableSchema schema, CsvWriter.Options csv, Run run)
      throws IOException {
    this(dir, null, formats, schema, csv, run, Reconciler.Settings.DEFAULT);
  }

  /**
   * Opens the exports of {@code formats} in the folder of {@code workspace}, written in its
   * temporary folder until committed.
   *
   * @throws IOException when a file cannot be created there
   */
  public Exports(
      Workspace workspace, Set<Format> formats, TableSchema schema, CsvWriter.Options csv, Run run)
      throws IOException {
    this(workspace, formats, schema, csv, run, Reconciler.Settings.DEFAULT);
  }

  /**
   * Opens the exports of {@code formats} in the folder of {@code workspace}, written in its
   * temporary folder until committed, whose facts were reconciled with {@code reconcile} (the
   * workbook says how).
   *
   * @throws IOException when a file cannot be created there
   */
  public Exports(
      Workspace workspace,
      Set<Format> formats,
      TableSchema schema,
      CsvWriter.Options csv,
      Run run,
      Reconciler.Settings reconcile)
      throws IOException {
    this(workspace.dir(), workspace.temp(), formats, schema, csv, run, reconcile);
  }

  private Exports(
      Path dir,
      Path temp,
      Set<Format> formats,
      TableSchema schema,
      CsvWriter.Options csv,
      Run run,
      Reconciler.Settings reconcile)
      throws IOException {
    try {
      for (Format f : new TreeSet<>(formats)) {
        Path target = dir.resolve(f.file());
        Staging staging = temp == null ? new Staging(target) : new Staging(target, temp);
        writers.add(
            switch (f) {
              case CSV -> new CsvWriter(staging, schema, csv);
              case XLSX ->
                  new XlsxWriter(
                      staging, schema, run, XlsxLimits.EXCEL, temp, csv.hxl(), reconcile);
            });
        paths.add(target);
        if (f == Format.CSV) {
          Path facts = dir.resolve(ConsolidatedCsv.FILE);
          writers.add(
              new ConsolidatedCsv(
                  temp == null ? new Staging(facts) : new Staging(facts, temp),
                  TableSchema.consolidated(),
                  csv));
          paths.add(facts);
        }
      }
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Writes one outcome to every export. */
  public void accept(Outcome outcome) throws IOException {
    for (FigureWriter w : writers) {
      w.write(outcome);
    }
  }

  /** Writes one consolidated fact to every export that has a table of facts. */
  public void accept(Fact fact) throws IOException {
    for (FigureWriter w : writers) {
      w.write(fact);
    }
  }

  /** Completes every export and moves it into place; returns their paths. */
  public List<Path> commit() throws IOException {
    for (FigureWriter w : writers) {
      w.commit();
    }
    return List.copyOf(paths);
  }

  /**
   * Returns the SHA-256 of each committed export, by its final path, as worked out while it was
   * written.
   */
  public Map<Path, String> hashes() throws IOException {
    Map<Path, String> hashes = new HashMap<>();
    for (FigureWriter w : writers) {
      hashes.putAll(w.hashes());
    }
    return hashes;
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (FigureWriter w : writers) {
      try {
        w.close();
      } catch (IOException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
