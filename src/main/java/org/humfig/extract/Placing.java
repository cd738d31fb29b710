package org.humfig.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.humfig.model.Figure;
import org.humfig.place.Place;
import org.humfig.quantity.QuantitySpan;
import org.humfig.rule.Span;

/**
 * Chooses a figure's place among those its sentence names outside its sources' names, else the
 * place a source of its clause is named after ("officials in Kharkiv").
 */
final class Placing {

  private final Locator locator;

  Placing(Locator locator) {
    this.locator = locator;
  }

  void apply(Figure.Builder f, Analysis a, Span value, int[] clauses, List<Span> sources) {
    List<Locator.Located> candidates = new ArrayList<>();
    List<Locator.Located> ofSources = new ArrayList<>();
    for (Locator.Located l : a.places()) {
      Span s = new Span(l.start(), l.end());
      if (sources.stream().noneMatch(x -> Spans.overlap(x, s))) {
        candidates.add(l);
      } else {
        ofSources.add(l);
      }
    }
    Set<Integer> numbers = new HashSet<>();
    for (QuantitySpan q : a.view().quantities()) {
      numbers.add(q.start());
    }
    Locator.Located place =
        locator.locate(
            a.view().tokens(), candidates, value, clauses, numbers, a.before(), ofSources);
    if (place != null) {
      set(f, place);
    }
  }

  /** Gives a figure a place. */
  static void set(Figure.Builder f, Locator.Located place) {
    Place p = place.place();
    f.location(place.text())
        .countryCode(p.countryCode())
        .admin1(admin1(p))
        .latitude(p.latitude())
        .longitude(p.longitude())
        .geonamesId(p.geonamesId())
        .locationPrecision(place.precision());
  }

  /** The first-level division a place lies in: its own name for a division, none for a country. */
  private static String admin1(Place p) {
    return switch (p.kind()) {
      case COUNTRY -> null;
      case ADMIN1 -> p.name();
      case CITY -> p.admin1().isEmpty() ? null : p.admin1();
    };
  }
}
