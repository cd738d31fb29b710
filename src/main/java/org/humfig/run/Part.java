package org.humfig.run;

import java.io.IOException;
import java.util.Objects;
import java.util.function.Consumer;
import org.humfig.Humfig;
import org.humfig.Outcome;
import org.humfig.Validated;
import org.humfig.document.Problem;
import org.humfig.schema.TableSchema;
import org.humfig.validate.DatasetChecker;
import org.humfig.validate.Finding;
import org.humfig.validate.Violation;

/**
 * One table of a run: outcomes in input order become its rows, written by an export, counted, and
 * checked as a dataset. Each figure's violations and the dataset rules it breaks go out as findings
 * at the figure's row; problems with inputs go out as they come. A plain run is one part; a Spark
 * job has a part per partition, and their counts and findings add up.
 *
 * <p>Not thread-safe: outcomes arrive one at a time, as {@link Humfig#run} hands them over.
 */
public final class Part implements Humfig.Consumer {

  private final Humfig.Consumer export;
  private final Consumer<Finding> findings;
  private final Consumer<Problem> problems;
  private final DatasetChecker dataset;
  private final Counts counts = new Counts();
  private final int firstRow;
  private int row;

  /**
   * Returns an empty part.
   *
   * @param schema the schema whose dataset rules apply across the part's rows
   * @param firstRow the row of the first figure as the file shows it (2 under a header)
   * @param export writes each outcome's figures
   * @param findings takes what each figure breaks
   * @param problems takes each problem with an input
   */
  public Part(
      TableSchema schema,
      int firstRow,
      Humfig.Consumer export,
      Consumer<Finding> findings,
      Consumer<Problem> problems) {
    this(new DatasetChecker(schema), firstRow, export, findings, problems);
  }

  /**
   * Returns an empty part whose dataset rules run in {@code dataset}: one that checks the ids row
   * by row, or a {@link DatasetChecker#deferred deferred} one that checks them at {@link #finish}.
   */
  Part(
      DatasetChecker dataset,
      int firstRow,
      Humfig.Consumer export,
      Consumer<Finding> findings,
      Consumer<Problem> problems) {
    this.dataset = dataset;
    this.firstRow = firstRow;
    this.row = firstRow;
    this.export = Objects.requireNonNull(export, "export");
    this.findings = Objects.requireNonNull(findings, "findings");
    this.problems = Objects.requireNonNull(problems, "problems");
  }

  @Override
  public void accept(Outcome outcome) throws IOException {
    counts.add(outcome);
    outcome.problems().forEach(problems);
    export.accept(outcome);
    for (Validated v : outcome.figures()) {
      for (Violation x : v.violations()) {
        findings.accept(
            new Finding(row, x.column(), x.value(), x.rule(), x.severity(), x.message()));
      }
      dataset.check(row, v.figure()).forEach(findings);
      row++;
    }
  }

  /**
   * Checks the figure ids of the whole part, when its dataset checker is deferred, and sends what
   * they break to the findings.
   *
   * @param byId the figures that have an id, numbered from 0 in the part's order, ordered by id as
   *     text, then by number
   * @param ids gives the id of a figure by its number
   */
  void finish(int[] byId, java.util.function.IntFunction<String> ids) {
    dataset.finish(byId, ids, firstRow, findings);
  }

  /** Returns what the part read and found so far. */
  public Counts counts() {
    return counts;
  }

  /** Returns the number of rows written so far. */
  public long rows() {
    return row - firstRow;
  }
}
