package org.humfig.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.humfig.model.Category;
import org.humfig.model.Figure;
import org.humfig.model.Metric;
import org.humfig.place.Place;
import org.humfig.quantity.QuantitySpan;
import org.humfig.rule.Span;

/**
 * Chooses a figure's place among those its sentence names outside its sources' names (for refugees,
 * not the country they come from; for people who arrived, crossed or returned, not where from),
 * else the place a source of its clause is named after ("officials in Kharkiv"), else, when the
 * story has named none, a place in an aside of its sentence. A figure of a sentence that names no
 * place, in a story that named none before it but its dateline, takes the country of the people it
 * counts by nationality ("1.2 million Iraqis"); refugees only when they came from a place the
 * sentence names ("52,000 Afghans crossed the border from Pakistan").
 */
final class Placing {

  private final Locator locator;

  Placing(Locator locator) {
    this.locator = locator;
  }

  void apply(
      Figure.Builder f,
      Story story,
      Analysis a,
      Span value,
      int[] clauses,
      List<Span> sources,
      Metric metric) {
    List<Locator.Located> candidates = new ArrayList<>();
    List<Locator.Located> ofSources = new ArrayList<>();
    List<Locator.Located> origins =
        metric == Metric.REFUGEES ? locator.origins(a.view().tokens(), a.places()) : List.of();
    List<Locator.Located> departures =
        metric == Metric.REFUGEES || metric == Metric.DISPLACED || metric == Metric.RETURNED
            ? locator.departures(a.view().tokens(), a.places())
            : List.of();
    for (Locator.Located l : a.places()) {
      if (origins.contains(l) || departures.contains(l)) {
        continue; // "Uganda hosts 900,000 refugees from South Sudan": they are in Uganda
      }
      if (l.end() > l.start()
          && l.end() < a.view().tokens().size()
          && locator.organisation(a.all(), a.index()[l.start()], a.index()[l.end() - 1] + 1)) {
        continue; // "in UN Mission in South Sudan (UNMISS) bases in Juba": in Juba
      }
      Span s = new Span(l.start(), l.end());
      if (sources.stream().noneMatch(x -> Spans.overlap(x, s))) {
        candidates.add(l);
      } else {
        ofSources.add(l);
      }
    }
    if (candidates.size() > 1) {
      // "displaced inside Iraq, 1 million since the Samarra bombings": Iraq
      List<Locator.Located> events =
          candidates.stream().filter(l -> locator.sinceEvent(a.view().tokens(), l)).toList();
      if (events.size() < candidates.size()) {
        candidates.removeAll(events);
      }
    }
    Set<Integer> numbers = new HashSet<>();
    for (QuantitySpan q : a.view().quantities()) {
      numbers.add(q.start());
    }
    boolean unplaced = candidates.isEmpty() && ofSources.isEmpty();
    Locator.Located place =
        unplaced && (metric != Metric.REFUGEES || !departures.isEmpty())
            ? locator.nationals(
                a.view().tokens(),
                value,
                a.before(),
                metric == Metric.FLED || metric == Metric.DISPLACED,
                metric.category() == Category.CASUALTY)
            : null;
    if (place == null && unplaced) {
      place = described(story, a);
    }
    if (place == null) {
      place =
          locator.locate(
              a.view().tokens(),
              candidates,
              value,
              clauses,
              numbers,
              a.before(),
              ofSources,
              story.places());
    }
    if (place != null
        && !origins.isEmpty()
        && !candidates.contains(place)
        && !ofSources.contains(place)
        && origins.get(0).place().countryCode().equals(place.place().countryCode())) {
      // "6.8 million refugees from Ukraine" after a sentence on Kupiansk: they are not there
      place = origins.get(0);
    }
    if (place == null) {
      place = aside(story, a);
    }
    if (place == null) {
      place = locator.measuredFrom(a.view().tokens(), story.places());
    }
    if (place != null) {
      set(f, place);
    }
  }

  /**
   * The first place named in an aside of the sentence, for a figure that has no other: "Typhoon
   * Yagi, the strongest storm to hit Vietnam in decades, has killed 143 people".
   */
  private Locator.Located aside(Story story, Analysis a) {
    if (a.index().length == a.all().size()) {
      return null; // nothing set aside
    }
    boolean[] shown = new boolean[a.all().size()];
    for (int i : a.index()) {
      shown[i] = true;
    }
    List<org.humfig.text.Token> all = a.all();
    IntPredicate number = k -> all.get(k).shape() == org.humfig.text.Token.Shape.NUMBER;
    Locator.Located item = null;
    for (Locator.Located l : locator.within(all, 0, story.places())) {
      if (shown[l.start()]) {
        continue;
      }
      if (locator.item(all, number, item, l)) {
        // not "including 40 in Punjab" nor "40 in Albay province on Luzon island": the place of a
        // part the aside counts
        item = l;
        continue;
      }
      return l;
    }
    return null;
  }

  /**
   * The place an aside of the sentence describes another by, for a figure whose sentence shows no
   * place: "killed in Minova, a town in South Kivu province, officials said" is South Kivu, not the
   * place an earlier sentence named; only a place in the story's country.
   */
  private Locator.Located described(Story story, Analysis a) {
    List<org.humfig.text.Token> all = a.all();
    if (a.index().length == all.size()) {
      return null; // nothing set aside
    }
    boolean[] shown = new boolean[all.size()];
    for (int i : a.index()) {
      shown[i] = true;
    }
    for (int k = 0; k < all.size(); k++) {
      if (shown[k] || (k > 0 && !shown[k - 1]) || !locator.describes(all, k)) {
        continue;
      }
      int end = k;
      while (end < all.size() && !shown[end]) {
        end++;
      }
      for (Locator.Located l : locator.within(all.subList(0, end), k, story.places())) {
        if (locator.inStory(l, story.places())) {
          return l;
        }
      }
    }
    return null;
  }

  /** Gives a figure a place. */
  static void set(Figure.Builder f, Locator.Located place) {
    Place p = place.place();
    f.location(place.text())
        .countryCode(p.countryCode().isEmpty() ? null : p.countryCode())
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
      case CITY, ADMIN2 -> p.admin1().isEmpty() ? null : p.admin1();
    };
  }
}
