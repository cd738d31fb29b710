package org.humfig.validate;

import java.util.ArrayList;
import java.util.List;
import org.humfig.model.Figure;
import org.humfig.schema.Check;
import org.humfig.schema.TableSchema;

/**
 * Runs the schema's dataset rules over figures in table order: {@code id.unique} (no figure_id
 * twice) and {@code part_of.known} (a part names a figure given before it). Keeps a compact index
 * of the ids seen. Not thread-safe: one per table.
 */
public final class DatasetChecker {

  private final IdIndex ids = new IdIndex();
  private final Check unique;
  private final Check partOf;

  /** Returns a checker for the dataset rules {@code schema} lists. */
  public DatasetChecker(TableSchema schema) {
    this.unique = schema.check(DatasetRules.UNIQUE).orElse(null);
    this.partOf = schema.check(DatasetRules.PART_OF).orElse(null);
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
}
