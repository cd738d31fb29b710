package org.humfig.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.humfig.model.Figure;

/**
 * Keeps one figure where a document states the same figure twice: a headline restating the body, a
 * caption repeating a paragraph. Two figures are the same when metric, unit, value and bounds agree
 * and their locations do not differ; the first is kept and takes the attribution and date of the
 * second where it has none.
 */
final class Deduplication {

  private Deduplication() {}

  static List<Figure> apply(List<Figure> figures) {
    List<Figure> kept = new ArrayList<>();
    for (Figure f : figures) {
      int same = -1;
      for (int i = 0; i < kept.size() && same < 0; i++) {
        if (same(kept.get(i), f)) {
          same = i;
        }
      }
      if (same < 0) {
        kept.add(f);
      } else {
        kept.set(same, merge(kept.get(same), f));
      }
    }
    return kept;
  }

  private static boolean same(Figure a, Figure b) {
    return a.metric() == b.metric()
        && a.unit() == b.unit()
        && Objects.equals(a.value(), b.value())
        && Objects.equals(a.valueLow(), b.valueLow())
        && Objects.equals(a.valueHigh(), b.valueHigh())
        && (a.location() == null || b.location() == null || a.location().equals(b.location()));
  }

  private static Figure merge(Figure kept, Figure other) {
    Figure.Builder b = kept.toBuilder();
    if (kept.attributedTo() == null && other.attributedTo() != null) {
      b.attributedTo(other.attributedTo());
    }
    if (kept.dateStart() == null && other.dateStart() != null) {
      b.dateStart(other.dateStart()).dateEnd(other.dateEnd()).datePrecision(other.datePrecision());
    }
    if (kept.location() == null && other.location() != null) {
      b.location(other.location());
    }
    return b.build();
  }
}
