package org.humfig.export;

import java.time.LocalDate;
import java.util.Comparator;
import org.humfig.model.Tally;
import org.humfig.reconcile.Fact;

/**
 * The consolidated facts of one place (or country), metric family and unit, summed up as they
 * stream past: how many, and the latest. Holds one fact, so memory grows with the number of rows of
 * the Summary, not of facts. Not thread-safe.
 */
final class XlsxAggregate {

  /**
   * The order in which a fact is "later" than another: totals and counts before additions (a
   * 24-hour count never stands for a toll), then the later day by {@link Fact#recency()} (undated
   * facts count as a week older than the day they were reported), then a running total, then the
   * longer period, then the higher value, then the group id so that ties resolve the same way.
   */
  static final Comparator<Fact> LATER =
      Comparator.comparing((Fact f) -> f.tally() != Tally.NEW)
          .thenComparing(Fact::recency, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(f -> f.tally() == Tally.CUMULATIVE)
          .thenComparing(
              Fact::dateStart,
              Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()).reversed())
          .thenComparing(Fact::valueBest)
          .thenComparing(Fact::groupId, Comparator.reverseOrder());

  private long facts;
  private Fact latest;

  /** Counts {@code fact}, which has a best value. */
  void add(Fact fact) {
    facts++;
    if (latest == null || LATER.compare(fact, latest) > 0) {
      latest = fact;
    }
  }

  /** Returns the number of facts counted. */
  long facts() {
    return facts;
  }

  /** Returns the latest fact, or null when none was counted. */
  Fact latest() {
    return latest;
  }

  /** Returns the latest fact's best value, or 0 when none was counted. */
  double value() {
    return latest == null ? 0 : latest.valueBest();
  }
}
