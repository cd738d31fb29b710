package org.humfig.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.humfig.model.Figure;
import org.humfig.schema.Check;
import org.humfig.schema.TableSchema;

/**
 * Runs the schema's dataset rules over figures in table order: {@code id.unique} (no figure_id
 * twice) and {@code part_of.known} (a part names a figure given before it). Keeps a compact index
 * of the ids seen, or, when the ids of the whole table are kept elsewhere ({@link
 * #deferred(TableSchema)}), only the parts' names until {@link #finish}. Not thread-safe: one per
 * table.
 */
public final class DatasetChecker {

  /** The ids seen, with the row of each; null when the ids are checked at {@link #finish}. */
  private final IdIndex ids;

  private final Check unique;
  private final Check partOf;

  /** The figures that name a part_of, in table order, when the ids are checked at the end. */
  private final List<Named> parts = new ArrayList<>(0);

  /** A figure at {@code row} that names figure {@code id} as what it is part of. */
  private record Named(int row, String id) {}

  /** Returns a checker for the dataset rules {@code schema} lists. */
  public DatasetChecker(TableSchema schema) {
    this(schema, new IdIndex());
  }

  private DatasetChecker(TableSchema schema, IdIndex ids) {
    this.ids = ids;
    this.unique = schema.check(DatasetRules.UNIQUE).orElse(null);
    this.partOf = schema.check(DatasetRules.PART_OF).orElse(null);
  }

  /**
   * Returns a checker for the dataset rules {@code schema} lists that keeps no index of the ids:
   * {@link #check} finds nothing, and {@link #finish} finds, from the table's ids kept elsewhere
   * (such as a run's reconciliation keys), what a checker that indexes them would have found row by
   * row.
   */
  public static DatasetChecker deferred(TableSchema schema) {
    return new DatasetChecker(schema, null);
  }

  /**
   * Returns the finding that figure id {@code id}, at row {@code row} of this table, was first used
   * at {@code first} in another table of the same dataset (a part of a run split in parts, {@code
   * "figures/part-00000.csv row 7"}); empty when the schema has no {@code id.unique} rule.
   */
  public java.util.Optional<Finding> reused(int row, String id, String first) {
    if (unique == null) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new Finding(
            row,
            "figure_id",
            id,
            unique.id(),
            unique.severity(),
            "figure_id " + id + " is used by " + first));
  }

  /** Returns what figure {@code f}, at table row {@code row}, breaks. */
  public List<Finding> check(int row, Figure f) {
    List<Finding> out = new ArrayList<>(0);
    if (f.id() == null) {
      return out;
    }
    if (ids == null) {
      if (partOf != null && f.partOf() != null) {
        parts.add(new Named(row, f.partOf()));
      }
      return out;
    }
    int earlier = ids.put(f.id(), row);
    if (earlier > 0 && unique != null) {
      out.add(
          new Finding(
              row,
              "figure_id",
              f.id(),
              unique.id(),
              unique.severity(),
              "figure_id " + f.id() + " is used by row " + earlier));
    }
    if (partOf != null && f.partOf() != null && !ids.contains(f.partOf())) {
      out.add(
          new Finding(
              row,
              "part_of",
              f.partOf(),
              partOf.id(),
              partOf.severity(),
              "part_of " + f.partOf() + " names no earlier figure"));
    }
    return out;
  }

  /**
   * Sends what the figures of a complete table break, rule by rule in row order, to {@code
   * findings}, when this checker is {@link #deferred(TableSchema) deferred}: the same findings
   * {@link #check} finds row by row in a checker that indexes the ids. The figures are numbered
   * from 0 in table order, the first at row {@code firstRow}.
   *
   * @param byId the figures that have an id, ordered by id as text, then by number
   * @param ids gives the id of a figure that has one, by number
   */
  public void finish(
      int[] byId, IntFunction<String> ids, int firstRow, Consumer<Finding> findings) {
    if (this.ids != null) {
      throw new IllegalStateException("this checker checked the ids row by row");
    }
    if (unique != null) {
      repeated(byId, ids, firstRow, findings);
    }
    for (Named p : parts) {
      int first = first(byId, ids, p.id());
      if (first < 0 || firstRow + first > p.row()) {
        findings.accept(
            new Finding(
                p.row(),
                "part_of",
                p.id(),
                partOf.id(),
                partOf.severity(),
                "part_of " + p.id() + " names no earlier figure"));
      }
    }
  }

  /** Finds each figure whose id an earlier figure has, in table order. */
  private void repeated(
      int[] byId, IntFunction<String> ids, int firstRow, Consumer<Finding> findings) {
    long[] repeats = new long[16]; // a figure's number, then its id's first figure's number
    int n = 0;
    String previous = null;
    int first = -1;
    for (int figure : byId) {
      String id = ids.apply(figure);
      if (id.equals(previous)) {
        if (n == repeats.length) {
          repeats = Arrays.copyOf(repeats, n * 2);
        }
        repeats[n++] = (long) figure << 32 | first;
      } else {
        previous = id;
        first = figure;
      }
    }
    Arrays.sort(repeats, 0, n);
    for (int r = 0; r < n; r++) {
      int figure = (int) (repeats[r] >>> 32);
      String id = ids.apply(figure);
      findings.accept(
          new Finding(
              firstRow + figure,
              "figure_id",
              id,
              unique.id(),
              unique.severity(),
              "figure_id " + id + " is used by row " + (firstRow + (int) repeats[r])));
    }
  }

  /** Returns the number of the first figure with id {@code id}, or -1 when none has it. */
  private static int first(int[] byId, IntFunction<String> ids, String id) {
    int lo = 0;
    int hi = byId.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ids.apply(byId[mid]).compareTo(id) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < byId.length && ids.apply(byId[lo]).equals(id) ? byId[lo] : -1;
  }
}
