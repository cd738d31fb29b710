package org.humfig.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.humfig.text.Resource;

/**
 * Says which figures count the same people: everyone ({@code people}, {@code civilians}, and any
 * word the lexicon does not list), armed people, or the same narrower groups ({@code children},
 * {@code women}). The words are language data ({@code lexicon/en/population.yaml}).
 */
final class Populations {

  /** The class of a population that counts everyone. */
  static final String EVERYONE = "people";

  /** The class of a population of people under arms. */
  static final String ARMED = "armed";

  private static final String RESOURCE = "/lexicon/en/population.yaml";

  private record Raw(List<String> armed, Map<String, List<String>> groups) {}

  /** A phrase and the class it names. */
  private record Phrase(String text, String name) {}

  private final List<Phrase> phrases;

  private Populations(Raw raw) {
    List<Phrase> list = new ArrayList<>();
    raw.armed().forEach(w -> list.add(new Phrase(w, ARMED)));
    raw.groups().forEach((name, words) -> words.forEach(w -> list.add(new Phrase(w, name))));
    // Longest first, so "aid workers" is read before "workers".
    list.sort(
        Comparator.comparingInt((Phrase p) -> -p.text().length()).thenComparing(Phrase::text));
    this.phrases = List.copyOf(list);
  }

  /** Returns the population classes of the bundled English lexicon, read once a process. */
  static Populations english() {
    return English.POPULATIONS;
  }

  private static final class English {
    static final Populations POPULATIONS = new Populations(Resource.yaml(RESOURCE, Raw.class));
  }

  /**
   * Returns the class of {@code population} as written in a figure: {@value #ARMED} when it names
   * people under arms, the narrower groups it names joined by {@code +} ({@code children+women}),
   * else {@value #EVERYONE}.
   */
  String classOf(String population) {
    List<String> words = Places.words(population);
    if (words.isEmpty()) {
      return EVERYONE;
    }
    String text = " " + String.join(" ", words) + " ";
    TreeSet<String> groups = new TreeSet<>();
    for (Phrase p : phrases) {
      String needle = " " + p.text() + " ";
      int at = text.indexOf(needle);
      if (at >= 0) {
        if (p.name().equals(ARMED)) {
          return ARMED;
        }
        groups.add(p.name());
        text = text.substring(0, at) + " " + text.substring(at + needle.length() - 1);
      }
    }
    return groups.isEmpty() ? EVERYONE : String.join("+", groups);
  }
}
