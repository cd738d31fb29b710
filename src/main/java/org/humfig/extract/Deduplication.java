package org.humfig.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.humfig.model.Figure;

/**
 * Keeps one figure where a document states the same figure twice: a headline restating the body, a
 * caption repeating a paragraph. Two figures are the same when metric, unit and value agree and
 * their locations do not differ ("300 killed" in a headline restates "more than 300 people were
 * killed" in the body). The one that says more (qualifier, source, date, population, place) is
 * kept, where the first of them stood, and takes what only the other says.
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
        Figure a = kept.get(same);
        kept.set(same, richness(f) > richness(a) ? merge(f, a) : merge(a, f));
      }
    }
    return kept;
  }

  private static boolean same(Figure a, Figure b) {
    return a.metric() == b.metric()
        && a.unit() == b.unit()
        && Objects.equals(a.value(), b.value())
        && (a.location() == null || b.location() == null || a.location().equals(b.location()));
  }

  private static int richness(Figure f) {
    int n = f.qualifier() == org.humfig.model.Qualifier.EXACT ? 0 : 1;
    for (Object o : new Object[] {f.attributedTo(), f.dateStart(), f.population(), f.location()}) {
      if (o != null) {
        n++;
      }
    }
    return n;
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
      b.placeOf(other);
    }
    return b.build();
  }
}
