package org.humfig.extract;

import java.util.ArrayList;
import java.util.List;
import org.humfig.model.Figure;
import org.humfig.rule.Capture;
import org.humfig.rule.Match;
import org.humfig.rule.Span;

/** Chooses a figure's place among those its sentence names, outside its sources' names. */
final class Placing {

  private final Locator locator;

  Placing(Locator locator) {
    this.locator = locator;
  }

  void apply(Figure.Builder f, Analysis a, Match m) {
    List<Locator.Located> candidates = new ArrayList<>();
    for (Locator.Located l : a.places()) {
      Span s = new Span(l.start(), l.end());
      if (a.attributions().stream()
          .noneMatch(x -> Spans.overlap(x.get(Capture.SOURCE).orElseThrow(), s))) {
        candidates.add(l);
      }
    }
    Locator.Located place = locator.locate(candidates, m.span(), a.before());
    if (place != null) {
      f.location(place.text()).countryCode(place.place().countryCode());
    }
  }
}
