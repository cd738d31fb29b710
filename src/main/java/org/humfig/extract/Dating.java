package org.humfig.extract;

import java.util.List;
import org.humfig.model.DatePrecision;
import org.humfig.model.Figure;
import org.humfig.rule.Span;
import org.humfig.time.Period;
import org.humfig.time.TimeSpan;

/** Gives a figure its period: the time expression nearest its number in its sentence. */
final class Dating {

  void apply(Figure.Builder f, Story story, Analysis a, Span value, List<String> notes) {
    Period period = nearest(a.times(), value);
    if (period != null && period.placed()) {
      f.dateStart(period.start()).dateEnd(period.end()).datePrecision(period.precision());
      if (story.referenceNote() != null) {
        notes.add(story.referenceNote());
      }
    } else {
      f.datePrecision(DatePrecision.UNKNOWN);
    }
  }

  /** The time expression nearest the number in its sentence. */
  private static Period nearest(List<TimeSpan> times, Span value) {
    TimeSpan best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeSpan t : times) {
      int d = value.distance(new Span(t.start(), t.end()));
      if (d < bestDistance) {
        best = t;
        bestDistance = d;
      }
    }
    return best == null ? null : best.period();
  }
}
