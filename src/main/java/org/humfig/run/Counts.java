package org.humfig.run;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.humfig.Outcome;
import org.humfig.Validated;
import org.humfig.model.Category;
import org.humfig.model.Status;

/**
 * What a run read and found: documents read and inputs skipped, figures by category and by
 * validation status. Counts of separate parts of a run (partitions, files) add up with {@link
 * #add(Counts)}. Not thread-safe.
 */
public final class Counts implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private long documents;
  private long skipped;
  private final EnumMap<Category, Long> categories = new EnumMap<>(Category.class);
  private final EnumMap<Status, Long> statuses = new EnumMap<>(Status.class);

  /** Counts one outcome. */
  public void add(Outcome outcome) {
    if (outcome instanceof Outcome.Skipped) {
      skipped++;
      return;
    }
    documents++;
    for (Validated v : outcome.figures()) {
      categories.merge(v.figure().category(), 1L, Long::sum);
      if (v.figure().status() != null) {
        statuses.merge(v.figure().status(), 1L, Long::sum);
      }
    }
  }

  /** Adds the counts of another part of the run. */
  public void add(Counts other) {
    documents += other.documents;
    skipped += other.skipped;
    other.categories.forEach((k, v) -> categories.merge(k, v, Long::sum));
    other.statuses.forEach((k, v) -> statuses.merge(k, v, Long::sum));
  }

  /** Returns the number of documents read. */
  public long documents() {
    return documents;
  }

  /** Returns the number of inputs skipped. */
  public long skipped() {
    return skipped;
  }

  /** Returns the number of figures found. */
  public long figures() {
    return categories.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Returns the number of figures of {@code category}. */
  public long figures(Category category) {
    return categories.getOrDefault(category, 0L);
  }

  /** Returns the number of figures with validation status {@code status}. */
  public long figures(Status status) {
    return statuses.getOrDefault(status, 0L);
  }

  /** Returns the figures by category, every category present. */
  public Map<Category, Long> byCategory() {
    Map<Category, Long> out = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      out.put(c, figures(c));
    }
    return out;
  }

  /**
   * Returns two lines for a person reading a run's end: "Found 23 figures: casualty 5, ...." and
   * "Validation: 12 valid, 11 with warnings, 0 invalid.", separated by the platform's line break.
   */
  public String found() {
    String byCategory =
        byCategory().entrySet().stream()
            .map(e -> e.getKey().id() + " " + e.getValue())
            .collect(Collectors.joining(", "));
    return String.format(
        "Found %d figure%s: %s.%nValidation: %d valid, %d with warnings, %d invalid.",
        figures(),
        figures() == 1 ? "" : "s",
        byCategory,
        figures(Status.VALID),
        figures(Status.WARNING),
        figures(Status.INVALID));
  }
}
