package org.humfig.time;

import java.time.LocalDate;
import org.humfig.model.DatePrecision;

/**
 * The span of days a figure refers to.
 *
 * @param start first day, or null when the text names a time that cannot be placed (no reference
 *     date)
 * @param end last day, or null likewise
 * @param precision how precisely the text names the time
 */
public record Period(LocalDate start, LocalDate end, DatePrecision precision) {

  /** A period that the text names but that cannot be placed on the calendar. */
  public static final Period UNPLACED = new Period(null, null, DatePrecision.UNKNOWN);

  /** Returns a one-day period. */
  public static Period day(LocalDate d) {
    return new Period(d, d, DatePrecision.DAY);
  }

  /** Returns true when the period has calendar dates. */
  public boolean placed() {
    return start != null;
  }
}
