package org.humfig.extract;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.humfig.place.Gazetteer;
import org.humfig.place.Place;
import org.humfig.place.PlaceMention;
import org.humfig.text.Resource;
import org.humfig.text.Token;

/**
 * Finds where a figure happened: the place named nearest to it in its sentence, with a direction
 * ("east Aleppo" is recorded as "eastern Aleppo"), "the city" and "the city's east" resolved to the
 * last city named, and the last place named before it when its sentence names none.
 *
 * <p>Immutable; the per-document memory of places lives in a {@link Memory}.
 */
final class Locator {

  private static final String RESOURCE = "/lexicon/en/place.yaml";

  /**
   * A place referred to in a sentence.
   *
   * @param start index of the first token of the reference
   * @param end index just past its last token
   * @param text the location as recorded ("eastern Aleppo")
   * @param place the gazetteer place
   */
  record Located(int start, int end, String text, Place place) {}

  /** The places a document has named so far. Not thread-safe: one per document. */
  static final class Memory {
    private Located lastPlace;
    private Located lastCity;
  }

  private final Gazetteer gazetteer;
  private final Map<String, String> directions;
  private final Set<String> cityNouns;
  private final Set<String> partNouns;

  private Locator(Gazetteer gazetteer, Raw raw) {
    this.gazetteer = gazetteer;
    this.directions = Map.copyOf(raw.directions());
    this.cityNouns = Set.copyOf(raw.cityNouns());
    this.partNouns = Set.copyOf(raw.partNouns());
  }

  static Locator bundled(Gazetteer gazetteer) {
    return new Locator(gazetteer, Resource.yaml(RESOURCE, Raw.class));
  }

  /** Returns the places a sentence refers to, in order, and remembers them for later sentences. */
  List<Located> places(List<Token> tokens, Memory memory) {
    List<Located> found = new ArrayList<>();
    List<PlaceMention> mentions = gazetteer.find(tokens);
    int next = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (next < mentions.size() && mentions.get(next).start() == i) {
        PlaceMention m = mentions.get(next++);
        Place place = m.candidates().get(0);
        int start = m.start();
        String text = m.text();
        String direction = i > 0 ? directions.get(tokens.get(i - 1).norm()) : null;
        if (direction != null) {
          start = i - 1;
          text = direction + " " + text;
        }
        Located l = new Located(start, m.end(), text, place);
        remember(l, memory);
        found.add(l);
        i = m.end() - 1;
        continue;
      }
      Located anaphor = anaphor(tokens, i, memory);
      if (anaphor != null) {
        found.add(anaphor);
        memory.lastPlace = anaphor;
        i = anaphor.end() - 1;
      }
    }
    return found;
  }

  private static void remember(Located l, Memory memory) {
    memory.lastPlace = l;
    if (l.place().kind() == Place.Kind.CITY) {
      memory.lastCity = new Located(l.start(), l.end(), l.place().name(), l.place());
    }
  }

  /** "the city's east", "the eastern part of the city", "the city". */
  private Located anaphor(List<Token> tokens, int i, Memory memory) {
    if (memory.lastCity == null || !tokens.get(i).is("the") || i + 1 >= tokens.size()) {
      return null;
    }
    String city = memory.lastCity.text();
    Place place = memory.lastCity.place();
    String w1 = tokens.get(i + 1).norm();
    if (cityNouns.contains(w1)) {
      if (i + 3 < tokens.size() && tokens.get(i + 2).is("'s")) {
        String d = directions.get(tokens.get(i + 3).norm());
        if (d != null) {
          return new Located(i, i + 4, d + " " + city, place);
        }
      }
      if (i + 2 < tokens.size() && tokens.get(i + 2).is("of")) {
        return null;
      }
      return new Located(i, i + 2, city, place);
    }
    String d = directions.get(w1);
    if (d != null
        && i + 5 < tokens.size()
        && partNouns.contains(tokens.get(i + 2).norm())
        && tokens.get(i + 3).is("of")
        && tokens.get(i + 4).is("the")
        && cityNouns.contains(tokens.get(i + 5).norm())) {
      return new Located(i, i + 6, d + " " + city, place);
    }
    return null;
  }

  /**
   * Returns the place a figure refers to, or null when the document has named none: in its own
   * clause, the first place after its number and before the next figure's ("killed 15 in Gaza City
   * and 3 in Rafah") unless that place leads the next figure ("98 killed and 77 injured, in
   * Chittagong 30 dead"), else the nearest place before it ("In Rangamati, 98 people were killed"),
   * else the nearest in its clause; then the nearest place in an earlier clause, then the last
   * place named before the sentence, then a place in a later clause.
   *
   * @param tokens the sentence's tokens
   * @param candidates the places of the sentence, in order
   * @param value the figure's number
   * @param clauses the clause of each token
   * @param numbers where the sentence's figure numbers start
   * @param before the last place named before the sentence, or null
   */
  Located locate(
      List<Token> tokens,
      List<Located> candidates,
      org.humfig.rule.Span value,
      int[] clauses,
      java.util.Set<Integer> numbers,
      Located before) {
    int clause = clauses[value.start()];
    int next = clauses.length;
    for (int n : numbers) {
      if (n >= value.end() && n < next) {
        next = n;
      }
    }
    Located nearestBefore = null;
    Located nearestInClause = null;
    Located earlier = null;
    Located later = null;
    for (Located l : candidates) {
      int c = clauses[l.start()];
      if (c == clause) {
        if (l.start() >= value.end() && l.start() < next && !leads(tokens, l, numbers)) {
          return l;
        }
        if (l.end() <= value.start()) {
          nearestBefore = l;
        }
        if (nearestInClause == null
            || value.distance(span(l)) < value.distance(span(nearestInClause))) {
          nearestInClause = l;
        }
      } else if (c < clause) {
        earlier = l;
      } else if (later == null) {
        later = l;
      }
    }
    if (nearestBefore != null) {
      return nearestBefore;
    }
    if (nearestInClause != null) {
      return nearestInClause;
    }
    if (earlier != null) {
      return earlier;
    }
    return before != null ? before : later;
  }

  /** True when a figure's number follows the place at once: "in Chittagong 30 were dead". */
  private static boolean leads(List<Token> tokens, Located l, java.util.Set<Integer> numbers) {
    int k = l.end();
    return numbers.contains(k)
        || (k < tokens.size() && tokens.get(k).is(",") && numbers.contains(k + 1));
  }

  private static org.humfig.rule.Span span(Located l) {
    return new org.humfig.rule.Span(l.start(), l.end());
  }

  /** Returns the last place a document named, or null. */
  static Located last(Memory memory) {
    return memory.lastPlace;
  }

  private record Raw(
      Map<String, String> directions,
      @JsonProperty("city_nouns") List<String> cityNouns,
      @JsonProperty("part_nouns") List<String> partNouns) {}
}
