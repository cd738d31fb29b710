package org.humfig.extract;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.humfig.model.LocationPrecision;
import org.humfig.model.Vocabulary;
import org.humfig.place.Gazetteer;
import org.humfig.place.Place;
import org.humfig.place.PlaceMention;
import org.humfig.rule.Span;
import org.humfig.text.PhraseTable;
import org.humfig.text.Resource;
import org.humfig.text.Token;
import org.humfig.text.Tokenizer;
import org.humfig.text.WordMap;
import org.humfig.text.WordSet;
import org.humfig.time.DateFinder;

/**
 * Finds where a figure happened: the place named nearest to it in its clause, with a direction
 * ("east Aleppo" is recorded as "eastern Aleppo"), "the city" and "the city's east" resolved to the
 * last city named, a part of the story's country ("in the north", "in the eastern region"), a place
 * the gazetteer does not hold but the text calls one ("Armankul village"), and the last place named
 * before it when its sentence names none. A country is written by its common name; a place where a
 * source speaks or sits ("speaking in Geneva") is not a figure's place; a place before the sentence
 * in another country than the story's is the story's country.
 *
 * <p>Immutable; the per-document memory of places lives in a {@link Memory}.
 */
final class Locator {

  private static final String RESOURCE = "/lexicon/en/place.yaml";

  /** How many words may stand between a place and the word that restricts a figure to it. */
  private static final int MAX_RESTRICTED = 3;

  /** How many words may stand between a place's possessive and the place it owns. */
  private static final int MAX_POSSESSED = 5;

  /**
   * A place referred to in a sentence.
   *
   * @param start index of the first token of the reference
   * @param end index just past its last token
   * @param text the location as recorded ("eastern Aleppo")
   * @param place the gazetteer place, or the country of a place it does not hold
   * @param precision how precise the reference is
   */
  record Located(int start, int end, String text, Place place, LocationPrecision precision) {}

  /** The places a document has named so far. Not thread-safe: one per document. */
  static final class Memory {
    private Located lastPlace;

    /** The list {@link #lastPlace} ends, while it is still the last place: "in A, B and C". */
    private Located lastList;

    private Located listOf;
    private int datelineAt = -1;
    private int datelineEnd = -1;
    private Located lastCity;
    private final Map<LocationPrecision, Located> lastDivision =
        new java.util.EnumMap<>(LocationPrecision.class);
    private final Map<String, Integer> countries = new HashMap<>();
    private String main;

    /** The country of the first place the gazetteer finds in the sentence being read, or null. */
    private String sentence;

    /** The story's sentences, whose places break a tie no place before it breaks. */
    private List<List<Token>> story = List.of();

    /** How often the story names a place of one country only, by country; counted when needed. */
    private Map<String, Integer> onlyIn;

    /** How often the story names a people by its country's adjective, by country; when needed. */
    private Map<String, Integer> peoples;
  }

  /** Gives {@code memory} the sentences of its story, read when a place's country is in doubt. */
  void sentences(List<List<Token>> sentences, Memory memory) {
    memory.story = sentences;
  }

  private final Gazetteer gazetteer;
  private final WordMap<String> directions;
  private final WordSet cityNouns;
  private final WordSet divisionAnaphors;
  private final WordSet riverNouns;
  private final WordSet clockNouns;
  private final WordSet partNouns;
  private final WordMap<LocationPrecision> placeNouns;
  private final WordSet pluralPlaceNouns;
  private final WordSet regionNouns;
  private final WordSet countryNouns;
  private final WordSet neighbours;
  private final PhraseTable<Boolean> seats = new PhraseTable<>();
  private final PhraseTable<Boolean> feltWords = new PhraseTable<>();
  private final PhraseTable<Boolean> groupNameHeads = new PhraseTable<>();
  private final PhraseTable<Boolean> storyWide = new PhraseTable<>();
  private final PhraseTable<Boolean> storyWideLeads = new PhraseTable<>();
  private final PhraseTable<Boolean> storyWideEvents = new PhraseTable<>();
  private final PhraseTable<Boolean> actorVerbs = new PhraseTable<>();
  private final WordSet organisationJoiners;
  private final WordSet eventNouns;
  private final WordSet sinceWords;
  private final Map<String, String> demonyms;
  private final Map<String, String> nationals;

  /** The names of cities whose dateline says where agencies brief the press: "GENEVA". */
  private final Set<String> briefingDatelines;

  private final WordSet landNouns;
  private final WordSet articles;

  /** Words that start no place name, whatever their capitals: "In" of "In Jajarkot district". */
  private final WordSet notFirst;

  private final WordSet particles;

  /** Days and months, which name no place: "on Wednesday, the state agency said". */
  private final DateFinder days = new DateFinder();

  /** The hyphens that join a particle to the word of a name after it: "al-Shughur". */
  private static final String HYPHENS = "-\u2010\u2011";

  /** How many names joined by "and" or commas a plural place noun after them may make places. */
  private static final int MAX_JOINED = 4;

  private final WordSet ofWords;

  /** Words that make a sentence speak of the world, not of one country: "worldwide". */
  private final WordSet worldWords;

  /** Prepositions before a place's name: "in", "near". */
  private final WordSet placePrepositions;

  /** Words after a name that end it as a place's, after such a preposition: "in Tawila [while]". */
  private final WordSet nameEnders;

  private final WordSet andWords;
  private final WordSet possessives;
  private final WordSet appositives;
  private final WordSet agents;
  private final WordSet ranked;
  private final WordSet listRepeats;
  private final Set<String> notPlaces;
  private final Set<String> givenNames;
  private final WordSet nameParts;
  private final WordSet restrictives;
  private final WordSet countryPrepositions;
  private final WordSet personFollowers;
  private final WordSet pressTitles;
  private final WordSet origins;
  private final WordSet distanceUnits;
  private final WordSet kindOfNouns;
  private final WordSet originNouns;
  private final WordSet homeNouns;
  private final WordSet directionFollowers;
  private final WordSet arrivalWords;
  private final WordSet groupNouns;
  private final WordSet wholeCountry;
  private final PhraseTable<Boolean> countryTotals = new PhraseTable<>();
  private final WordSet capitalNouns;
  private final PhraseTable<Boolean> partMarkers = new PhraseTable<>();

  /** Places the gazetteer leaves out as English words, by name: their country and division. */
  private final Map<String, List<String>> wordPlaces = new HashMap<>();

  private final Map<String, Place> capitals = new HashMap<>();

  /**
   * The words a place the gazetteer does not name can start at, besides a capitalised word: an
   * article, a direction, a kind of place, a word for a capital, or the first word of a
   * country-wide phrase.
   */
  private final WordSet otherStarts;

  /** The words of directions and kinds of place, which a glued-word repair must keep whole. */
  private final Set<String> words;

  private Locator(Gazetteer gazetteer, Raw raw) {
    this.gazetteer = gazetteer;
    Set<String> words = new java.util.HashSet<>(raw.directions().keySet());
    words.addAll(raw.placeNouns().keySet());
    words.addAll(raw.pluralPlaceNouns().keySet());
    words.addAll(raw.regionNouns());
    this.words = Set.copyOf(words);
    this.directions = new WordMap<>(raw.directions());
    this.cityNouns = new WordSet(raw.cityNouns());
    this.divisionAnaphors = new WordSet(raw.divisionAnaphors());
    this.riverNouns = new WordSet(raw.riverNouns());
    this.clockNouns = new WordSet(raw.clockNouns() == null ? List.of() : raw.clockNouns());
    this.partNouns = new WordSet(raw.partNouns());
    Map<String, String> allPlaceNouns = new HashMap<>(raw.placeNouns());
    allPlaceNouns.putAll(raw.pluralPlaceNouns());
    Map<String, LocationPrecision> placeNouns = new HashMap<>();
    allPlaceNouns.forEach(
        (noun, precision) ->
            placeNouns.put(
                noun,
                Vocabulary.parse(LocationPrecision.class, precision)
                    .orElseThrow(
                        () ->
                            new IllegalStateException(
                                RESOURCE + ": place noun '" + noun + "': unknown precision"))));
    this.placeNouns = new WordMap<>(placeNouns);
    this.pluralPlaceNouns = new WordSet(raw.pluralPlaceNouns().keySet());
    this.briefingDatelines = Set.copyOf(raw.briefingDatelines());
    this.regionNouns = new WordSet(raw.regionNouns());
    this.countryNouns = new WordSet(raw.countryNouns());
    this.neighbours = new WordSet(raw.neighbours() == null ? List.of() : raw.neighbours());
    raw.speakerSeats().forEach(s -> seats.put(s, Boolean.TRUE));
    if (raw.feltWords() != null) {
      raw.feltWords().forEach(s -> feltWords.put(s, Boolean.TRUE));
    }
    raw.groupNameHeads().forEach(s -> groupNameHeads.put(s, Boolean.TRUE));
    raw.storyWide().forEach(s -> storyWide.put(s, Boolean.TRUE));
    if (raw.storyWideLeads() != null && raw.storyWideEvents() != null) {
      raw.storyWideLeads().forEach(s -> storyWideLeads.put(s, Boolean.TRUE));
      raw.storyWideEvents().forEach(s -> storyWideEvents.put(s, Boolean.TRUE));
    }
    this.demonyms = Map.copyOf(raw.demonyms());
    this.nationals = Map.copyOf(raw.nationals());
    this.landNouns = new WordSet(raw.landNouns());
    this.articles = new WordSet(raw.articles());
    this.notFirst = new WordSet(raw.nameNotFirst());
    this.particles = new WordSet(raw.nameParticles() == null ? List.of() : raw.nameParticles());
    this.ofWords = new WordSet(raw.partJoiners());
    this.placePrepositions = new WordSet(raw.placePrepositions());
    this.worldWords = new WordSet(raw.worldWords());
    this.nameEnders = new WordSet(raw.nameEnders());
    this.andWords = new WordSet(raw.listJoiners());
    this.possessives = new WordSet(raw.possessives());
    this.appositives = new WordSet(raw.appositives());
    this.agents = new WordSet(raw.agents());
    this.ranked = new WordSet(raw.ranked() == null ? List.of() : raw.ranked());
    this.listRepeats = new WordSet(raw.listRepeats());
    this.notPlaces = Set.copyOf(raw.notPlaces());
    this.givenNames = Set.copyOf(raw.givenNames());
    this.nameParts = new WordSet(raw.nameParts());
    this.restrictives = new WordSet(raw.restrictives());
    this.countryPrepositions = new WordSet(raw.countryPrepositions());
    this.personFollowers = new WordSet(raw.personFollowers());
    raw.actorVerbs().forEach(s -> actorVerbs.put(s, Boolean.TRUE));
    this.organisationJoiners = new WordSet(raw.organisationJoiners());
    this.eventNouns = new WordSet(raw.eventNouns());
    this.sinceWords = new WordSet(raw.sinceWords());
    this.pressTitles = new WordSet(raw.pressTitles());
    this.origins = new WordSet(raw.origins());
    this.distanceUnits = new WordSet(raw.distanceUnits());
    this.kindOfNouns = new WordSet(raw.kindOfNouns());
    this.originNouns = new WordSet(raw.originNouns());
    this.homeNouns = new WordSet(raw.homeNouns());
    this.directionFollowers = new WordSet(raw.directionFollowers());
    this.arrivalWords = new WordSet(raw.arrivalWords());
    this.groupNouns = new WordSet(raw.groupNouns());
    this.wholeCountry = new WordSet(raw.wholeCountry());
    raw.countryTotals().forEach(s -> countryTotals.put(s, Boolean.TRUE));
    this.capitalNouns = new WordSet(raw.capitalNouns());
    raw.partMarkers().forEach(s -> partMarkers.put(s, Boolean.TRUE));
    if (raw.wordPlaces() != null) {
      raw.wordPlaces()
          .forEach(
              (name, where) -> {
                if (where.isEmpty() || where.size() > 2) {
                  throw new IllegalStateException(
                      "word place '" + name + "' needs a country code and at most a division");
                }
                wordPlaces.put(name, where);
              });
    }
    Tokenizer tokenizer = new Tokenizer();
    raw.capitals()
        .forEach(
            (code, name) -> {
              List<Token> tokens = tokenizer.tokenize(name);
              Place city =
                  gazetteer.find(tokens).stream()
                      .filter(m -> m.start() == 0 && m.end() == tokens.size())
                      .flatMap(m -> m.candidates().stream())
                      .filter(p -> p.kind() == Place.Kind.CITY && p.countryCode().equals(code))
                      .findFirst()
                      .orElseThrow(
                          () ->
                              new IllegalStateException(
                                  RESOURCE + ": capital '" + name + "' is no city of " + code));
              capitals.put(code, city);
            });
    Set<String> starts = new java.util.HashSet<>(countryTotals.firstWords());
    starts.addAll(raw.wholeCountry());
    starts.addAll(raw.articles());
    starts.addAll(raw.directions().keySet());
    starts.addAll(allPlaceNouns.keySet());
    starts.addAll(raw.capitalNouns());
    this.otherStarts = new WordSet(starts);
  }

  /**
   * Returns the words of directions and kinds of place ("northeastern", "districts"), which are
   * whole words, never two glued together.
   */
  Set<String> words() {
    return words;
  }

  private static boolean is(Token t, WordSet words) {
    return words.contains(t);
  }

  /** Returns the reader of the bundled gazetteer's places, made once a process and shared. */
  static Locator bundled() {
    return Bundled.LOCATOR;
  }

  private static final class Bundled {
    static final Locator LOCATOR =
        new Locator(Gazetteer.bundled(), Resource.yaml(RESOURCE, Raw.class));
  }

  /** Returns the places a sentence refers to, in order, and remembers them for later sentences. */
  List<Located> places(List<Token> tokens, Memory memory) {
    Located previous = memory.lastPlace;
    List<Located> found = new ArrayList<>();
    List<PlaceMention> mentions = placed(tokens, gazetteer.find(tokens), memory);
    memory.sentence = null;
    for (int k = 0; k < mentions.size(); k++) {
      PlaceMention m = mentions.get(k);
      if (!person(tokens, m)
          && !notPlaces.contains(m.text())
          && !press(tokens, m)
          && !opensName(tokens, m, k + 1 < mentions.size() ? mentions.get(k + 1) : null)) {
        memory.sentence = m.candidates().get(0).countryCode();
        break;
      }
    }
    int next = 0;
    for (int i = 0; i < tokens.size(); i++) {
      PlaceMention m =
          next < mentions.size() && mentions.get(next).start() == i ? mentions.get(next++) : null;
      PlaceMention after = next < mentions.size() ? mentions.get(next) : null;
      Located longer =
          m == null
              ? null
              : opensName(tokens, m, after)
                  ? named(tokens, i, memory, after)
                  : givenName(tokens, m) ? introduced(tokens, i, memory, after) : null;
      if (m != null && longer == null) {
        i = m.end() - 1;
        int at = tokens.get(m.start()).start();
        if (at == memory.datelineAt || (at > memory.datelineAt && at < memory.datelineEnd)) {
          continue; // the dateline's place, remembered before the sentence
        }
        if (seat(tokens, m.start())
            || felt(tokens, m.start())
            || follows(groupNameHeads, tokens, m.start())
            || reference(tokens, m.start())
            || agent(tokens, m.start())
            || actor(tokens, m, memory, mentions)
            || notPlaces.contains(m.text())
            || person(tokens, m)
            || (m.end() < tokens.size() && is(tokens.get(m.end()), riverNouns))
            || (m.end() < tokens.size() && is(tokens.get(m.end()), clockNouns))) {
          continue;
        }
        if (press(tokens, m)) {
          count(choose(m.candidates(), found, memory).countryCode(), memory);
          continue; // the paper's place is not a figure's, but tells the story's country
        }
        Place place = qualifiedBy(tokens, m, next < mentions.size() ? mentions.get(next) : null);
        if (place == null) {
          place = choose(m.candidates(), found, memory);
        }
        if (foreignTown(tokens, m, place, memory)) {
          // "in the village of Ranikhet" in a story of Iowa: a town of the story's country
          place = new Place("", m.text(), Place.Kind.CITY, memory.main, "", 0, null, null);
        }
        if (group(tokens, m, place, memory, mentions)) {
          continue;
        }
        if (possessor(tokens, m, place, next < mentions.size() ? mentions.get(next) : null)
            || possessorOfNamed(tokens, m)
            || kindOf(tokens, m)) {
          remember(new Located(m.start(), m.end(), m.text(), place, precision(place)), memory);
          continue;
        }
        int start = m.start();
        String text =
            place.kind() == Place.Kind.COUNTRY
                ? gazetteer.name(place)
                : Character.isLowerCase(m.text().charAt(0)) ? place.name() : m.text();
        String direction = start > 0 ? directions.get(tokens.get(start - 1)) : null;
        if (direction != null) {
          start--;
          text = direction + " " + text;
        }
        LocationPrecision precision = precision(place);
        if (place.kind() == Place.Kind.COUNTRY && direction != null) {
          precision = LocationPrecision.ADMIN1;
        }
        int end = m.end();
        if (place.kind() == Place.Kind.ADMIN2 && division(tokens, end)) {
          text = text + " " + tokens.get(end).text(); // "Swat district"
          end++;
          i = end - 1;
        }
        Located l = new Located(start, end, text, place, precision);
        Located last = memory.lastPlace;
        remember(l, memory);
        if (restricted(tokens, m.end())) {
          memory.lastPlace = last;
        } else if (!found.isEmpty() && narrows(tokens, found.get(found.size() - 1), l)) {
          memory.lastPlace = found.get(found.size() - 1);
        }
        found.add(l);
        continue;
      }
      if (longer == null && !mayStartOther(tokens, i)) {
        continue; // most words: none of the readings below can start here
      }
      Located other = longer != null ? longer : capital(tokens, i, found, memory);
      if (other == null) {
        other = thisCountry(tokens, i, found, memory);
      }
      if (other == null) {
        other = territory(tokens, i);
      }
      if (other == null) {
        other = region(tokens, i, found, memory);
      }
      PlaceMention following = next < mentions.size() ? mentions.get(next) : null;
      if (other == null) {
        other = named(tokens, i, memory, following);
      }
      if (other == null && (following == null || following.start() != i + 2)) {
        other = titled(tokens, i, memory);
      }
      if (other == null) {
        other = anaphor(tokens, i, memory);
      }
      if (other == null) {
        other = numbered(tokens, i, memory);
      }
      if (other == null) {
        other = introduced(tokens, i, memory, following);
      }
      if (other != null) {
        found.add(other);
        if (!restricted(tokens, other.end())) {
          memory.lastPlace = other;
        }
        divided(other, memory);
        if (other.precision() == LocationPrecision.PLACE && namedAsCity(tokens, other)) {
          memory.lastCity = other; // "the town of Kamanyola ... the town's hospital"
        }
        i = other.end() - 1;
      }
    }
    List<Located> from = origins(tokens, found);
    if (from.contains(memory.lastPlace)) {
      // "aided refugees from Italy and East Germany. In the 1970s, 300,000 more came": not there
      memory.lastPlace = previous;
      for (Located l : found) {
        if (!from.contains(l)) {
          memory.lastPlace = l;
        }
      }
    }
    if (memory.lastPlace != null && found.contains(memory.lastPlace)) {
      Located list = common(tokens, found, memory.lastPlace);
      memory.lastList = list == memory.lastPlace ? null : list;
      memory.listOf = memory.lastPlace;
    }
    return found;
  }

  /**
   * False when no place the gazetteer does not name can start at token {@code i}: what {@link
   * #capital}, {@link #thisCountry}, {@link #territory}, {@link #region}, {@link #named}, {@link
   * #titled} and {@link #anaphor} each need before they read further.
   */
  private boolean mayStartOther(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return t.capitalized()
        || otherStarts.contains(t)
        || (i + 1 < tokens.size() && landNouns.contains(tokens.get(i + 1)));
  }

  /**
   * The mentions of a sentence, less the names only second-level divisions have that nothing puts
   * in their country; such a name's places are those of the countries that do. A district's name
   * ("Jajarkot", "Rangamati", "Myagdi") is a place when a division's kind follows it ("Jajarkot
   * district") or when its country, or a place in it, is named before it in the story or anywhere
   * in its sentence ("landslides in Myagdi, Nepal", "in Negros Occidental, Philippine officials
   * said"), or when another district's name of the sentence lies in the same country ("8 in Albay
   * and 5 in Sorsogon"); else it is more often a word, a person or a place in another country than
   * the district.
   */
  private List<PlaceMention> placed(
      List<Token> tokens, List<PlaceMention> mentions, Memory memory) {
    List<PlaceMention> out = null;
    for (int k = 0; k < mentions.size(); k++) {
      PlaceMention m = mentions.get(k);
      if (m.candidates().stream().anyMatch(p -> p.kind() != Place.Kind.ADMIN2)) {
        if (out != null) {
          out.add(m);
        }
        continue;
      }
      Set<String> named = new java.util.HashSet<>(memory.countries.keySet());
      for (PlaceMention o : mentions) {
        Place first = o.candidates().get(0);
        if (first.kind() != Place.Kind.ADMIN2) {
          named.add(first.countryCode());
        } else if (!o.text().equals(m.text())) {
          // two districts' names of one country put each other in it: "in Albay and Sorsogon"
          for (Place p : o.candidates()) {
            named.add(p.countryCode());
          }
        }
      }
      for (Token t : tokens) {
        String code = demonyms.get(t.text());
        if (code != null) {
          named.add(code);
        }
      }
      List<Place> inCountry =
          m.candidates().stream().filter(p -> named.contains(p.countryCode())).toList();
      if (out == null) {
        out = new ArrayList<>(mentions.subList(0, k));
      }
      if (!inCountry.isEmpty()) {
        out.add(new PlaceMention(m.start(), m.end(), m.text(), inCountry));
      } else if (division(tokens, m.end()) || introducedDistrict(tokens, m)) {
        out.add(m);
      }
    }
    return out == null ? mentions : out;
  }

  /**
   * True when a district's name of one country only stands after a preposition of place: "five
   * deaths were recorded in Albay".
   */
  private boolean introducedDistrict(List<Token> tokens, PlaceMention m) {
    String code = m.candidates().get(0).countryCode();
    return m.start() > 0
        && is(tokens.get(m.start() - 1), placePrepositions)
        && m.candidates().stream().allMatch(p -> p.countryCode().equals(code));
  }

  /** True when token {@code k} names a division's kind: "district", "province", "county". */
  private boolean division(List<Token> tokens, int k) {
    if (k >= tokens.size()) {
      return false;
    }
    LocationPrecision p = placeNouns.get(tokens.get(k));
    return p == LocationPrecision.ADMIN1 || p == LocationPrecision.ADMIN2;
  }

  /**
   * Of the places sharing a name, the first in the country of the place named just before it in the
   * sentence, else a great city far larger than the others ({@link #metropolis}), else in the
   * story's country, else in the country the story names most ("Sindh, Punjab" is Pakistan's
   * Punjab).
   */
  private Place choose(List<Place> candidates, List<Located> found, Memory memory) {
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    if (!found.isEmpty()) {
      String code = found.get(found.size() - 1).place().countryCode();
      for (Place p : candidates) {
        if (p.countryCode().equals(code)) {
          return p;
        }
      }
    }
    Place big = metropolis(candidates);
    if (big != null) {
      return big; // "killed in Paris" is France's, not a town's of the story's country
    }
    if (memory.main != null) {
      for (Place p : candidates) {
        if (p.countryCode().equals(memory.main)) {
          return p;
        }
      }
    }
    return mostNamed(candidates, memory);
  }

  /** The most people of a town whose name, called a town, may be another country's town's. */
  private static final long SMALL_TOWN = 100_000;

  /**
   * True when a small town of another country than the story's is named as a town or village ("the
   * village of Ranikhet" in a story of Iowa): news names its own country's small towns so; the
   * gazetteer holds only some of them, and a namesake abroad is not meant.
   */
  private boolean foreignTown(List<Token> tokens, PlaceMention m, Place place, Memory memory) {
    int k = m.start() - 2;
    return place.kind() == Place.Kind.CITY
        && place.population() < SMALL_TOWN
        && memory.main != null
        && !memory.main.equals(place.countryCode())
        && k >= 0
        && is(tokens.get(k + 1), ofWords)
        && placeNouns.get(tokens.get(k)) == LocationPrecision.PLACE;
  }

  /**
   * Of the places sharing a name, the one the division or country named after it and a comma holds:
   * "Paris, Texas", "Hyderabad, Sindh".
   */
  private Place qualifiedBy(List<Token> tokens, PlaceMention m, PlaceMention following) {
    if (m.candidates().size() < 2
        || following == null
        || following.start() != m.end() + 1
        || !tokens.get(m.end()).is(",")) {
      return null;
    }
    for (Place p : m.candidates()) {
      for (Place w : following.candidates()) {
        if (w.countryCode().equals(p.countryCode())
            && (w.kind() == Place.Kind.COUNTRY
                || (w.kind() == Place.Kind.ADMIN1 && w.name().equals(p.admin1())))) {
          return p;
        }
      }
    }
    return null;
  }

  /**
   * Of the places sharing a name, a city of a million people or more when every other is a town of
   * {@link #METROPOLIS_RATIO} times fewer people: "killed in Paris" or "in Moscow" means the great
   * city unless a place named before it in its sentence says otherwise, even in a story of Texas or
   * Idaho.
   */
  private Place metropolis(List<Place> candidates) {
    Place big = null;
    for (Place p : candidates) {
      if (p.kind() == Place.Kind.CITY
          && p.population() >= METROPOLIS
          && (big == null || p.population() > big.population())) {
        big = p;
      }
    }
    if (big == null) {
      return null;
    }
    for (Place p : candidates) {
      if (p != big
          && (p.kind() != Place.Kind.CITY
              || p.population() * METROPOLIS_RATIO > big.population())) {
        return null;
      }
    }
    return big;
  }

  /** The fewest people of a city whose name beats the towns' of its name. */
  private static final long METROPOLIS = 1_000_000;

  /** How many times more people such a city has than every town of its name. */
  private static final long METROPOLIS_RATIO = 50;

  /**
   * Of the places sharing a name, the first in the country whose places the whole story names most
   * often, counting the names of one country only ("Punjab" is Pakistan's in a story that goes on
   * to Lahore); the first when the story names none of their countries.
   */
  private Place mostNamed(List<Place> candidates, Memory memory) {
    Map<String, Integer> onlyIn = onlyIn(memory);
    Place best = candidates.get(0);
    int most = 0;
    for (Place p : candidates) {
      int n = onlyIn.getOrDefault(p.countryCode(), 0);
      if (n > most) {
        best = p;
        most = n;
      }
    }
    if (most == 0) {
      // "Pakistani officials said 15 died in Punjab": the people the story names, when it names
      // no place of one of the countries
      Map<String, Integer> peoples = peoples(memory);
      for (Place p : candidates) {
        int n = peoples.getOrDefault(p.countryCode(), 0);
        if (n > most) {
          best = p;
          most = n;
        }
      }
    }
    return best;
  }

  /** How often the whole story names a people by its country's adjective or as nationals. */
  private Map<String, Integer> peoples(Memory memory) {
    if (memory.peoples != null) {
      return memory.peoples;
    }
    Map<String, Integer> out = new HashMap<>();
    memory.peoples = out;
    for (List<Token> tokens : memory.story) {
      for (Token t : tokens) {
        String code = demonyms.get(t.text());
        if (code == null) {
          code = nationals.get(t.text());
        }
        if (code != null) {
          out.merge(code, 1, Integer::sum);
        }
      }
    }
    return out;
  }

  /** How often the whole story names a place of one country only, by country. */
  private Map<String, Integer> onlyIn(Memory memory) {
    if (memory.onlyIn == null) {
      memory.onlyIn = new HashMap<>();
      for (List<Token> tokens : memory.story) {
        List<PlaceMention> mentions = gazetteer.find(tokens);
        for (int n = 0; n < mentions.size(); n++) {
          PlaceMention m = mentions.get(n);
          PlaceMention before = n > 0 ? mentions.get(n - 1) : null;
          PlaceMention after = n + 1 < mentions.size() ? mentions.get(n + 1) : null;
          String code = m.candidates().get(0).countryCode();
          if (m.candidates().stream().allMatch(p -> p.countryCode().equals(code))
              && !notPlace(tokens, m, before, after)) {
            memory.onlyIn.merge(code, 1, Integer::sum);
          }
        }
      }
    }
    return memory.onlyIn;
  }

  /**
   * True when a name the gazetteer finds is, by its own words, no place to count: another found
   * name ends where it starts or starts where it ends ("Boko" and "Haram" of "Boko Haram"), or it
   * names a person, or is a name that is never a place.
   */
  private boolean notPlace(
      List<Token> tokens, PlaceMention m, PlaceMention before, PlaceMention after) {
    return (before != null && before.end() == m.start())
        || (after != null && after.start() == m.end())
        || notPlaces.contains(m.text())
        || person(tokens, m);
  }

  /** The country whose places the whole story names most, or null when it names none. */
  private Place mostNamedCountry(Memory memory) {
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(onlyIn(memory)).entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best == null ? null : gazetteer.country(best);
  }

  /**
   * Remembers the place of a story's dateline ("KATHMANDU, Aug 15 (Reuters) -"), starting at offset
   * {@code at} of the text, as the place named before its first sentence: a figure whose story
   * names no other place before it is placed there. The sentence that opens with the dateline does
   * not name it again, nor the rest of the dateline up to offset {@code end} ("MAIDUGURI, Nigeria
   * (AP) —"), so a place of its own, even in a later clause, comes first.
   */
  void dateline(PlaceMention m, int at, int end, Memory memory) {
    memory.datelineAt = at;
    memory.datelineEnd = end;
    Place place = m.candidates().get(0);
    if (briefingDatelines.contains(place.name())) {
      // "GENEVA (Reuters) - More than 4,000 people have fled clashes in the east of the country":
      // where agencies brief the press, not where the story is
      return;
    }
    Place country = gazetteer.country(place.countryCode());
    if (place.equals(capitals.get(place.countryCode())) && country != null) {
      // a capital's dateline heads a story of its whole country more often than of the city:
      // "MANILA, Philippines - The death toll has risen to 46, the disaster council said"
      Located capital = new Located(DATELINE, DATELINE, place.name(), place, precision(place));
      remember(
          new Located(DATELINE, DATELINE, gazetteer.name(country), country, precision(country)),
          memory);
      memory.lastCity = capital;
      return;
    }
    String text = place.kind() == Place.Kind.COUNTRY ? gazetteer.name(place) : place.name();
    remember(new Located(DATELINE, DATELINE, text, place, precision(place)), memory);
  }

  /** How many words may open an aside before the place noun that says it describes a place. */
  private static final int MAX_DESCRIBING = 4;

  /**
   * True when the aside that starts at {@code k} describes a place by its kind and where it lies:
   * ", a town in South Kivu province", ", a village of Zamfara State".
   */
  boolean describes(List<Token> tokens, int k) {
    int from = k < tokens.size() && tokens.get(k).is(",") ? k + 1 : k;
    for (int j = from; j + 1 < tokens.size() && j - from < MAX_DESCRIBING; j++) {
      Token t = tokens.get(j);
      if (t.shape() != Token.Shape.WORD) {
        return false;
      }
      if (placeNouns.get(t) != null) {
        Token next = tokens.get(j + 1);
        return is(next, ofWords) || is(next, countryPrepositions);
      }
    }
    return false;
  }

  /** True when a place lies in the story's country, as far as the story has named one. */
  boolean inStory(Located l, Memory memory) {
    return memory.main != null && memory.main.equals(l.place().countryCode());
  }

  /**
   * The story's country as a figure's place, for a figure whose story names no place at or before
   * it ("The death toll from floods that have ravaged the country has risen to 210", before the
   * story names Nairobi); null when the story names none, or when {@code tokens} speak of the world
   * ("120 million people are displaced worldwide"), or when only a newspaper's name has named its
   * country ("the Dhaka Tribune reported").
   */
  Located story(List<Token> tokens, Memory memory) {
    for (Token t : tokens) {
      if (is(t, worldWords)) {
        return null;
      }
    }
    Place country = memory.lastPlace == null ? null : country(memory);
    return country == null
        ? null
        : new Located(0, 0, gazetteer.name(country), country, LocationPrecision.COUNTRY);
  }

  /** Where a dateline's place stands in no sentence. */
  private static final int DATELINE = -1;

  /**
   * Returns the gazetteer places among {@code tokens} from {@code from} on, insertions included, in
   * order, without remembering them: the places of a list a sentence gives as an aside.
   */
  List<Located> within(List<Token> tokens, int from, Memory memory) {
    List<Located> out = new ArrayList<>();
    List<PlaceMention> mentions = placed(tokens, gazetteer.find(tokens), memory);
    boolean[] taken = new boolean[tokens.size()];
    for (PlaceMention m : mentions) {
      if (m.start() < from
          || notPlaces.contains(m.text())
          || person(tokens, m)
          || press(tokens, m)) {
        continue;
      }
      Place place = choose(m.candidates(), out, memory);
      String text =
          place.kind() == Place.Kind.COUNTRY
              ? gazetteer.name(place)
              : Character.isLowerCase(m.text().charAt(0)) ? place.name() : m.text();
      out.add(new Located(m.start(), m.end(), text, place, precision(place)));
      java.util.Arrays.fill(taken, m.start(), m.end(), true);
    }
    // names the gazetteer does not hold that a kind of place follows: "six in Mulshi tehsil"
    boolean added = false;
    int next = 0;
    for (int i = Math.max(0, from); i < tokens.size(); i++) {
      while (next < mentions.size() && mentions.get(next).start() <= i) {
        next++;
      }
      if (taken[i] || !tokens.get(i).capitalized() || tokens.get(i).acronym()) {
        continue; // "a [UN] camp in Juba": an organisation's site, not a place of its own
      }
      Located n = named(tokens, i, memory, next < mentions.size() ? mentions.get(next) : null);
      if (n != null && n.end() <= tokens.size() && !overlaps(taken, n)) {
        out.add(n);
        java.util.Arrays.fill(taken, n.start(), n.end(), true);
        added = true;
        i = n.end() - 1;
      }
    }
    if (added) {
      out.sort(java.util.Comparator.comparingInt(Located::start));
    }
    return out;
  }

  private static boolean overlaps(boolean[] taken, Located l) {
    for (int k = l.start(); k < l.end(); k++) {
      if (taken[k]) {
        return true;
      }
    }
    return false;
  }

  /** How many lower-case words may stand between a number and the people's nationality. */
  private static final int MAX_BEFORE_NATIONALS = 2;

  /**
   * The country of the people a figure counts, named by their nationality after its number ("1.2
   * million Iraqis have been uprooted", "six million displaced Syrians", "1,500 Afghan civilians"),
   * for a figure whose sentence names no place and whose story has named none before it but its
   * dateline: "BEIRUT - ... 6 million Syrians inside the country" is Syria. People {@code uprooted}
   * (who fled or were displaced) are also placed so when the place carried from {@code before} lies
   * in another country: "More than 187,000 Gazans have fled their homes" after a sentence on
   * Israel. Null otherwise.
   */
  Located nationals(
      List<Token> tokens, Span value, Located before, boolean uprooted, boolean casualties) {
    Located own = nationals(tokens, value, casualties);
    return own == null
            || before == null
            || before.start() == DATELINE
            || (uprooted && !own.place().countryCode().equals(before.place().countryCode()))
        ? own
        : null;
  }

  /** The country of the people counted by their nationality after {@code value}, or null. */
  private Located nationals(List<Token> tokens, Span value, boolean casualties) {
    for (int k = value.end(); k < tokens.size() && k - value.end() <= MAX_BEFORE_NATIONALS; k++) {
      Token t = tokens.get(k);
      // the dead, hurt or missing named by nationality ("40 Afghans drowned") died anywhere; its
      // people at home are where they are ("3,000 Afghan civilians were killed")
      String code = casualties ? null : nationals.get(t.text());
      if (code == null
          && k + 1 < tokens.size()
          && is(tokens.get(k + 1), casualties ? homeNouns : originNouns)) {
        code = demonyms.get(t.text()); // "1,500 Afghan civilians"
      }
      if (code != null) {
        Place country = gazetteer.country(code);
        return country == null
            ? null
            : new Located(k, k + 1, gazetteer.name(country), country, LocationPrecision.COUNTRY);
      }
      if (t.shape() != Token.Shape.WORD || t.capitalized()) {
        return null;
      }
    }
    return null;
  }

  /** True for a country's adjective as written: "Russian", "Israeli". */
  boolean demonym(Token t) {
    return demonyms.containsKey(t.text());
  }

  /** The precision of a gazetteer place. */
  static LocationPrecision precision(Place p) {
    return switch (p.kind()) {
      case COUNTRY -> LocationPrecision.COUNTRY;
      case ADMIN1 -> LocationPrecision.ADMIN1;
      case CITY -> LocationPrecision.PLACE;
      case ADMIN2 -> LocationPrecision.ADMIN2;
    };
  }

  private boolean seat(List<Token> tokens, int start) {
    return follows(seats, tokens, start);
  }

  /**
   * True when a place is only where a tremor was felt: "the quake was felt in Syria and Iran",
   * "felt as far away as Kabul", and every place after those words up to a number or a semicolon.
   * Such places are neither a figure's nor where the story goes on.
   */
  private boolean felt(List<Token> tokens, int start) {
    for (int k = start; k > 0; k--) {
      Token t = tokens.get(k - 1);
      if (t.shape() == Token.Shape.NUMBER || t.is(";")) {
        return false;
      }
      if (follows(feltWords, tokens, k)) {
        return true;
      }
    }
    return false;
  }

  /** True when a phrase of {@code phrases} ends at token {@code start}. */
  private static boolean follows(PhraseTable<Boolean> phrases, List<Token> tokens, int start) {
    for (int k = Math.max(0, start - phrases.longest()); k < start; k++) {
      for (PhraseTable.Hit<Boolean> hit : phrases.startingAt(tokens, k)) {
        if (hit.end() == start) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when a place is only the point another is measured from: "a town 40 km north of Damascus",
   * "located 12 kilometres southwest of El Fasher", "a town 60 km from Maiduguri".
   */
  private boolean reference(List<Token> tokens, int start) {
    if (start >= 3
        && is(tokens.get(start - 1), origins)
        && is(tokens.get(start - 2), distanceUnits)
        && tokens.get(start - 3).shape() == Token.Shape.NUMBER) {
      return true; // "a town 60 km from Maiduguri"
    }
    if (start < 3
        || !is(tokens.get(start - 1), ofWords)
        || directions.get(tokens.get(start - 2)) == null) {
      return false;
    }
    for (int k = Math.max(0, start - 8); k < start - 2; k++) {
      if (tokens.get(k).shape() == Token.Shape.NUMBER) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first place of a sentence that is only the point another is measured from, as the area it
   * measures ("72 km southwest of Marrakesh", in the place's country and division, without its
   * coordinates), or null: where a figure is when its sentence names no other place.
   */
  Located measuredFrom(List<Token> tokens, Memory memory) {
    boolean measures = false; // two word lookups a token, before a second pass of the gazetteer
    for (int k = 3; k < tokens.size() && !measures; k++) {
      measures = reference(tokens, k);
    }
    if (!measures) {
      return null;
    }
    for (PlaceMention m : gazetteer.find(tokens)) {
      if (!reference(tokens, m.start())) {
        continue;
      }
      int k = m.start() - 1;
      while (tokens.get(k).shape() != Token.Shape.NUMBER) {
        k--; // the distance's number, not a figure's before it
      }
      Place p = choose(m.candidates(), List.of(), memory);
      String text = Token.text(tokens, k, m.end());
      Place area =
          p.kind() == Place.Kind.COUNTRY
              ? new Place("", text, Place.Kind.COUNTRY, p.countryCode(), "", 0, null, null)
              : new Place(
                  "",
                  text,
                  Place.Kind.CITY,
                  p.countryCode(),
                  p.kind() == Place.Kind.ADMIN1 ? p.name() : p.admin1(),
                  0,
                  null,
                  null);
      return new Located(k, m.end(), text, area, LocationPrecision.ADMIN2);
    }
    return null;
  }

  /**
   * True when a place's name is a person's first name before a surname: "Ron Smith", "Orlando
   * Bloom"; not "Victoria Falls" or "Jordan Valley", whose next word is a part of a place's name. A
   * town's name that is no common first name is one before a surname and what people do or are:
   * "Secretary General Asha Mohammed said".
   */
  /**
   * True when a place's name that is also a first name opens a longer name after a preposition of
   * place: "fighting in [Abu] Suruj", a place the gazetteer does not hold, not a person.
   */
  private boolean givenName(List<Token> tokens, PlaceMention m) {
    return givenNames.contains(m.text())
        && m.start() > 0
        && is(tokens.get(m.start() - 1), placePrepositions)
        && person(tokens, m);
  }

  private boolean person(List<Token> tokens, PlaceMention m) {
    if (surname(tokens, m)) {
      return true;
    }
    if (m.end() >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(m.end());
    boolean name =
        next.shape() == Token.Shape.WORD
            && next.capitalized()
            && placeNouns.get(next) == null
            && !is(next, regionNouns)
            && !is(next, cityNouns)
            && !is(next, nameParts);
    if (givenNames.contains(m.text())) {
      return name;
    }
    return name
        && !next.acronym()
        && !is(next, notFirst)
        && !is(next, pressTitles)
        && !days.namesDay(next)
        && m.candidates().stream().allMatch(p -> p.kind() == Place.Kind.CITY)
        && speaks(tokens, m.end() + 1);
  }

  /**
   * True when a place's name only opens the longer name of a place the gazetteer does not hold,
   * which its kind follows: "Abu Shouk camp" is a camp, not the town of Abu. Not when the next word
   * is a place's name too, {@code following}. The place stays when the longer name cannot be placed
   * in a country.
   */
  private boolean opensName(List<Token> tokens, PlaceMention m, PlaceMention following) {
    if (m.end() >= tokens.size() || (following != null && following.start() == m.end())) {
      return false;
    }
    Token next = tokens.get(m.end());
    if (next.shape() != Token.Shape.WORD
        || !next.capitalized()
        || next.acronym()
        || is(next, notFirst)
        || placeNouns.get(next) != null
        || is(next, nameParts)
        || days.namesDay(next)) {
      return false;
    }
    int end = capitals(tokens, m.start());
    return end > m.end() && end < tokens.size() && placeNouns.get(tokens.get(end)) != null;
  }

  /**
   * True when a place is named for one figure only, as a part of the story's wider scene: "150,000
   * in the capital's metropolitan area alone". Its sentence takes it, but a later sentence that
   * names no place does not fall back to it.
   */
  private boolean restricted(List<Token> tokens, int end) {
    for (int k = end; k < tokens.size() && k - end <= MAX_RESTRICTED; k++) {
      Token t = tokens.get(k);
      if (is(t, restrictives)) {
        return true;
      }
      if (t.shape() != Token.Shape.WORD) {
        return false;
      }
    }
    return false;
  }

  /**
   * True when a place's name names an armed group before one of its nouns and cannot be where its
   * figures are: a town ("Fano militiamen", "Misrata fighters") or a place outside the story's
   * country. A region of the story's country stays ("Darfur rebels").
   */
  private boolean group(
      List<Token> tokens, PlaceMention m, Place place, Memory memory, List<PlaceMention> mentions) {
    if (m.end() >= tokens.size() || !is(tokens.get(m.end()), groupNouns)) {
      return false;
    }
    return place.kind() == Place.Kind.CITY
        || (memory.main != null && !memory.main.equals(place.countryCode()))
        || (place.kind() == Place.Kind.COUNTRY && elsewhere(m, place, memory, mentions));
  }

  /**
   * True when the sentence of a country's name names a place of another country, or the story named
   * one last: "Eight US soldiers were killed in eastern Afghanistan", "Two U.S. Marines were
   * killed" after Laghman; the country's forces then say whose they are, not where, even before the
   * story has a country.
   */
  private static boolean elsewhere(
      PlaceMention m, Place place, Memory memory, List<PlaceMention> mentions) {
    String code = place.countryCode();
    for (PlaceMention other : mentions) {
      if (other != m && !other.candidates().get(0).countryCode().equals(code)) {
        return true;
      }
    }
    return memory.lastPlace != null && !memory.lastPlace.place().countryCode().equals(code);
  }

  /**
   * True when a place only says whose the next place is: "Syria's northwestern province of Idlib",
   * "Pakistan's Sindh province", "Nigeria's Borno state" name Idlib, Sindh and Borno; the next
   * place follows the possessive within {@link #MAX_POSSESSED} words, with no punctuation between.
   */
  private boolean possessor(
      List<Token> tokens, PlaceMention m, Place place, PlaceMention following) {
    if (following == null
        || m.end() >= tokens.size()
        || !is(tokens.get(m.end()), possessives)
        || following.start() - m.end() > MAX_POSSESSED
        || following.candidates().stream()
            .noneMatch(
                p ->
                    p.kind() != Place.Kind.COUNTRY
                        && p.countryCode().equals(place.countryCode()))) {
      return false;
    }
    for (int k = m.end() + 1; k < following.start(); k++) {
      if (tokens.get(k).shape() != Token.Shape.WORD) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when a place only says where the place named after its kind and "of" lies: "the Idlib
   * [town of] Saraqeb", "the Borno [village of] Kawuri", "the Deir Ez Zor [town of] Albu Kamal".
   */
  private boolean kindOf(List<Token> tokens, PlaceMention m) {
    return m.start() > 0 && is(tokens.get(m.start() - 1), articles) && kindOf(tokens, m.end());
  }

  /**
   * True when a kind of place and "of" before a name stand at token {@code k}: "town of Saraqeb".
   */
  private boolean kindOf(List<Token> tokens, int k) {
    return k + 2 < tokens.size()
        && is(tokens.get(k), kindOfNouns)
        && is(tokens.get(k + 1), ofWords)
        && tokens.get(k + 2).capitalized();
  }

  /**
   * True when a place only says whose the place the text names next by its kind is: "Kerala's
   * Wayanad district", "Borno's Gwoza local government area".
   */
  private boolean possessorOfNamed(List<Token> tokens, PlaceMention m) {
    int k = m.end() + 1;
    if (k >= tokens.size() || !is(tokens.get(m.end()), possessives)) {
      return false;
    }
    if (!tokens.get(k).capitalized() || is(tokens.get(k), notFirst)) {
      return false;
    }
    int end = capitals(tokens, k);
    return end < tokens.size() && placeNouns.get(tokens.get(end)) != null;
  }

  /**
   * True when a place's name ends a person's name, after a given name and before what people do or
   * are: "Ahmed Salem said", "Ahmed Salem, a spokesman for the office", "the commissioner, Ana
   * Lima, told reporters".
   */
  private boolean surname(List<Token> tokens, PlaceMention m) {
    int before = m.start() - 1;
    if (before < 0 || m.end() >= tokens.size()) {
      return false;
    }
    Token given = tokens.get(before);
    String text = given.text();
    if (given.shape() != Token.Shape.WORD
        || !given.capitalized()
        || text.length() < 3
        || given.acronym()
        || is(given, notFirst)
        || directions.get(given) != null
        || demonyms.containsKey(text)
        || placeNouns.get(given) != null
        || is(given, nameParts)
        || (before > 0 && tokens.get(before - 1).capitalized())) {
      return false;
    }
    return speaks(tokens, m.end());
  }

  /**
   * True when what people do or are follows a name ending before token {@code k}: "said", ", said",
   * ", a spokesman".
   */
  private boolean speaks(List<Token> tokens, int k) {
    if (k >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(k);
    if (is(next, personFollowers)) {
      return true;
    }
    if (!next.is(",") || k + 1 >= tokens.size()) {
      return false;
    }
    Token after = tokens.get(k + 1);
    return is(after, personFollowers)
        || (k + 2 < tokens.size() && is(after, appositives) && !tokens.get(k + 2).capitalized());
  }

  /**
   * True when a place only names a newspaper: "the Kathmandu Post reported", "the Times of India";
   * the paper's town is not where its figures happened.
   */
  private boolean press(List<Token> tokens, PlaceMention m) {
    int end = m.end();
    if (end < tokens.size() && tokens.get(end).capitalized() && is(tokens.get(end), pressTitles)) {
      return true;
    }
    int start = m.start();
    return start >= 2
        && is(tokens.get(start - 1), ofWords)
        && tokens.get(start - 2).capitalized()
        && is(tokens.get(start - 2), pressTitles);
  }

  /**
   * True when the place of tokens [start, end) of a sentence's every token ends the name of an
   * organisation whose initials follow it: "sheltering in United Nations Mission in South Sudan
   * (UNMISS) bases in Juba" are in Juba, not anywhere in South Sudan.
   */
  boolean organisation(List<Token> all, int start, int end) {
    if (start < 3 || end + 2 >= all.size()) {
      return false;
    }
    Token head = all.get(start - 2);
    return is(all.get(start - 1), organisationJoiners)
        && head.shape() == Token.Shape.WORD
        && head.capitalized()
        && all.get(end).is("(")
        && all.get(end + 1).acronym()
        && all.get(end + 2).is(")");
  }

  /** How many words may stand between "since" and the place that names the event after it. */
  private static final int MAX_SINCE = 4;

  /**
   * True when a place only names the event a span of time starts with: "have fled their homes since
   * the 2012 Homs offensive", "since the Gorkha earthquake".
   */
  boolean sinceEvent(List<Token> tokens, Located l) {
    if (l.end() >= tokens.size() || !is(tokens.get(l.end()), eventNouns)) {
      return false;
    }
    for (int k = l.start() - 1; k >= 0 && l.start() - k <= MAX_SINCE; k--) {
      Token t = tokens.get(k);
      if (is(t, sinceWords)) {
        return true;
      }
      if (t.shape() == Token.Shape.PUNCT) {
        return false;
      }
    }
    return false;
  }

  /**
   * The places of a sentence that are where people came from, with the places listed after them:
   * "refugees from South Sudan", "refugees from Vietnam, Cambodia and Laos"; not "repatriated from
   * Pakistan", where "from" is the verb's.
   */
  List<Located> origins(List<Token> tokens, List<Located> places) {
    return fromAfter(tokens, places, originNouns, 0);
  }

  /**
   * The places of a sentence that people arrived, crossed or came back from, with the places listed
   * after them: "5,400 households arrived from El Fasher and Abu Shouk", "crossed from Lebanon into
   * Syria", "returned from Iran".
   */
  List<Located> departures(List<Token> tokens, List<Located> places) {
    return fromAfter(tokens, places, arrivalWords, MAX_BEFORE_FROM);
  }

  /** How many lower-case words may stand between a word of arriving and "from". */
  private static final int MAX_BEFORE_FROM = 2;

  /**
   * The places after "from" that follows a word of {@code before}, or up to {@code reach}
   * lower-case words after one ("crossed the border from Pakistan"), with the places listed after
   * each of them.
   */
  private List<Located> fromAfter(
      List<Token> tokens, List<Located> places, WordSet before, int reach) {
    List<Located> out = new ArrayList<>();
    Located previous = null;
    for (Located l : places) {
      int k = l.start();
      boolean from = false;
      if (k > 1 && is(tokens.get(k - 1), origins)) {
        for (int j = k - 2; j >= 0 && k - 2 - j <= reach && !from; j--) {
          Token t = tokens.get(j);
          from = is(t, before);
          if (t.shape() != Token.Shape.WORD || t.capitalized()) {
            break;
          }
        }
      }
      if (from || (previous != null && listed(tokens, previous, l))) {
        out.add(l);
        previous = l;
      } else {
        previous = null;
      }
    }
    return out;
  }

  /**
   * True when a country of a story of another country is who knows, says or acts, as the subject of
   * one of {@link #actorVerbs}: "The United States believes the rebels have lost 35% of the land"
   * and "the U.S. is concerned by shelling that has killed 45" are not the United States'. A
   * country the story is about, or named before it has any, stays ("Nepal said 30 people died"),
   * unless its sentence names a place of another country ("after Russia shelled a village in
   * Kherson region"), and so does one the sentence goes on to call "the country".
   */
  private boolean actor(
      List<Token> tokens, PlaceMention m, Memory memory, List<PlaceMention> mentions) {
    if (m.end() >= tokens.size()
        || (memory.main == null && !elsewhere(m, m.candidates().get(0), memory, mentions))
        || actorVerbs.startingAt(tokens, m.end()).isEmpty()
        || (m.start() > 0 && is(tokens.get(m.start() - 1), countryPrepositions))
        || (m.start() > 0 && is(tokens.get(m.start() - 1), origins))) {
      return false;
    }
    for (int k = m.end() + 1; k < tokens.size(); k++) {
      if (is(tokens.get(k), countryNouns) && is(tokens.get(k - 1), articles)) {
        return false; // "Lebanon believes that 900,000 refugees shelter within the country"
      }
    }
    return m.candidates().stream()
        .allMatch(
            p ->
                p.kind() == Place.Kind.COUNTRY
                    && (memory.main == null || !p.countryCode().equals(memory.main)));
  }

  /** True when a place is who did something, not where: "held by Turkey", "shelled by Russia". */
  private boolean agent(List<Token> tokens, int start) {
    return start > 0
        && is(tokens.get(start - 1), agents)
        && !(start > 1 && is(tokens.get(start - 2), ranked));
  }

  private static void remember(Located l, Memory memory) {
    memory.lastPlace = l;
    divided(l, memory);
    if (l.place().kind() == Place.Kind.CITY) {
      memory.lastCity =
          new Located(l.start(), l.end(), l.place().name(), l.place(), LocationPrecision.PLACE);
    }
    count(l.place().countryCode(), memory);
  }

  /** Remembers a division for "the state's toll" and "in the province". */
  private static void divided(Located l, Memory memory) {
    if (l.precision() == LocationPrecision.ADMIN1 || l.precision() == LocationPrecision.ADMIN2) {
      memory.lastDivision.put(l.precision(), l);
    }
  }

  /**
   * True when a place the text does not hold is named with a noun for a city: "the town of
   * Kamanyola", "Kamanyola town".
   */
  private boolean namedAsCity(List<Token> tokens, Located l) {
    int before = l.start() - 2;
    return is(tokens.get(l.end() - 1), cityNouns)
        || (before >= 0
            && is(tokens.get(before + 1), ofWords)
            && is(tokens.get(before), cityNouns));
  }

  /**
   * True when {@code wide}, a division or a country, only says where the place {@code narrow} named
   * just before it lies: "the town of Mokwa, Niger State", "Pont-Sonde, in Haiti's Artibonite
   * department". Later sentences then fall back to the narrow place.
   */
  private boolean narrows(List<Token> tokens, Located narrow, Located wide) {
    Place n = narrow.place();
    Place w = wide.place();
    if (narrow.end() >= wide.start()
        || !tokens.get(narrow.end()).is(",")
        || n.kind() != Place.Kind.CITY
        || w.kind() == Place.Kind.CITY
        || !n.countryCode().equals(w.countryCode())
        || wide.start() - narrow.end() > MAX_POSSESSED) {
      return false;
    }
    for (int k = narrow.end() + 1; k < wide.start(); k++) {
      Token t = tokens.get(k);
      if (!is(t, countryPrepositions) && !is(t, possessives) && !t.capitalized()) {
        return false;
      }
    }
    return wide.end() >= tokens.size() || !is(tokens.get(wide.end()), andWords);
  }

  /** Counts a mention of a country's place towards the story's country. */
  private static void count(String code, Memory memory) {
    int n = memory.countries.merge(code, 1, Integer::sum);
    if (memory.main == null || n > memory.countries.getOrDefault(memory.main, 0)) {
      memory.main = code;
    }
  }

  /**
   * After a sentence that breaks a figure down by place: the place later sentences fall back to is
   * again the one {@code before} it, when there was one.
   */
  void resume(Located before, Memory memory) {
    if (before != null) {
      memory.lastPlace = before;
    }
  }

  /** True when the last place {@code memory} holds is one of a sentence's {@code places}. */
  boolean namedLast(Memory memory, List<Located> places) {
    return memory.lastPlace != null && !places.isEmpty() && places.contains(memory.lastPlace);
  }

  /**
   * After a sentence: when its last place lies in one of its {@code sources}' names ("the Sudan
   * Doctors Network"), the place later sentences fall back to is its last place outside them, else
   * the place {@code before} it, if that lies in the same country ("in Gezira state"); a source's
   * place stays when nothing else of its country is known ("the independent monitor Yemen Data
   * Project" after "Tehran").
   */
  void forgetSources(Memory memory, List<Located> places, Located before, List<Span> sources) {
    Located last = memory.lastPlace;
    if (!inSource(last, sources)) {
      return;
    }
    Located keep = before;
    for (Located l : places) {
      if (!inSource(l, sources)) {
        keep = l;
      }
    }
    if (keep != null && keep.place().countryCode().equals(last.place().countryCode())) {
      memory.lastPlace = keep;
    }
  }

  private static boolean inSource(Located l, List<Span> sources) {
    return sources.stream().anyMatch(s -> Spans.overlap(s, span(l)));
  }

  /** The story's country: the country of most places named so far, or null. */
  private Place country(Memory memory) {
    return memory.main == null ? null : gazetteer.country(memory.main);
  }

  /**
   * A part of the story's country: "in the north", "the centre and south of the country", "in the
   * eastern region", "the mid-western region"; of the sentence's country when it opens on one ("In
   * Chad, 300 refugees arrived in camps in the east").
   */
  private Located region(List<Token> tokens, int i, List<Located> found, Memory memory) {
    int k = is(tokens.get(i), articles) ? i + 1 : i;
    if (k >= tokens.size()) {
      return null;
    }
    String direction = directions.get(tokens.get(k));
    if (direction == null) {
      return null;
    }
    Place country = frame(tokens, found);
    if (country == null) {
      country = country(memory);
    }
    if (country == null) {
      return null;
    }
    int end = k + 1;
    if (end + 2 < tokens.size()
        && regionNouns.contains(tokens.get(end))
        && is(tokens.get(end + 1), ofWords)
        && tokens.get(end + 2).capitalized()) {
      return null; // "the northwestern province of Idlib" is Idlib
    }
    if (end < tokens.size() && regionNouns.contains(tokens.get(end))) {
      String text = Token.text(tokens, k, end + 1) + ", " + gazetteer.name(country);
      return new Located(i, end + 1, text, country, LocationPrecision.ADMIN1);
    }
    if (k == i || directions.get(tokens.get(k)) == null || !bare(tokens, k)) {
      return null;
    }
    if (end + 2 < tokens.size()
        && is(tokens.get(end), ofWords)
        && is(tokens.get(end + 1), articles)
        && countryNouns.contains(tokens.get(end + 2))) {
      end += 3;
    }
    return new Located(
        i, end, direction + " " + gazetteer.name(country), country, LocationPrecision.ADMIN1);
  }

  /**
   * The country of the place a sentence opens on, set apart by a comma ("In Chad, ...", "In eastern
   * Chad, ..."), or null: the frame of the whole sentence.
   */
  private Place frame(List<Token> tokens, List<Located> found) {
    if (found.isEmpty()) {
      return null;
    }
    Located first = found.get(0);
    return first.start() == 1
            && is(tokens.get(0), countryPrepositions)
            && first.end() < tokens.size()
            && tokens.get(first.end()).is(",")
        ? gazetteer.country(first.place().countryCode())
        : null;
  }

  /**
   * "in the country", "across the country", "the national death toll": the last country its
   * sentence names, even as who speaks ("Jordan estimates that 600,000 Iraqis are in the country"),
   * but a neighbour ("neighbouring Mozambique"), else the story's country.
   */
  private Located thisCountry(List<Token> tokens, int i, List<Located> found, Memory memory) {
    PhraseTable.Hit<Boolean> total = countryTotals.longestAt(tokens, i);
    int end = total != null ? total.end() : is(tokens.get(i), wholeCountry) ? i + 1 : i + 2;
    if (total == null
        && end == i + 2
        && (i == 0
            || i + 1 >= tokens.size()
            || !is(tokens.get(i - 1), countryPrepositions)
            || !is(tokens.get(i), articles)
            || !countryNouns.contains(tokens.get(i + 1)))) {
      return null;
    }
    if (total == null && end < tokens.size() && is(tokens.get(end), possessives)) {
      for (int k = end + 1; k < tokens.size() && k - end <= MAX_POSSESSED; k++) {
        Token t = tokens.get(k);
        if (t.capitalized()) {
          return null; // "in the country's northern Shaanxi province" names Shaanxi
        }
        if (t.shape() != Token.Shape.WORD) {
          break;
        }
      }
    }
    Located last = null;
    for (int n = found.size() - 1; n >= 0 && last == null; n--) {
      Located l = found.get(n);
      // "washed into neighbouring Mozambique, raising the toll in the country": not Mozambique
      if (l.start() == 0 || !is(tokens.get(l.start() - 1), neighbours)) {
        last = l;
      }
    }
    Place country = last == null ? country(memory) : gazetteer.country(last.place().countryCode());
    if (last == null && country != null && !found.isEmpty()) {
      String code = country.countryCode();
      if (found.stream().anyMatch(l -> l.place().countryCode().equals(code))) {
        return null; // the neighbour is the story's country: which country is meant is unsaid
      }
    }
    if (country == null && found.isEmpty()) {
      country = adjectiveCountry(tokens, i); // "the Spanish government said ... in the country"
    }
    if (country == null) {
      return null;
    }
    // "in the country's north", "the country's southeast": a part of it
    int part = end + 1;
    if (total == null
        && end < tokens.size()
        && is(tokens.get(end), possessives)
        && part < tokens.size()
        && directions.get(tokens.get(part)) != null
        && !tokens.get(part).capitalized()) {
      String direction = directions.get(tokens.get(part));
      // after a possessive a direction's noun is its part: "the country's southeast killed"
      if (bare(tokens, part)
          || !direction.equals(tokens.get(part).text().toLowerCase(Locale.ROOT))) {
        return new Located(
            i,
            part + 1,
            direction + " " + gazetteer.name(country),
            country,
            LocationPrecision.ADMIN1);
      }
      if (part + 1 < tokens.size() && regionNouns.contains(tokens.get(part + 1))) {
        String text = Token.text(tokens, part, part + 2) + ", " + gazetteer.name(country);
        return new Located(i, part + 2, text, country, LocationPrecision.ADMIN1);
      }
    }
    return new Located(i, end, gazetteer.name(country), country, LocationPrecision.COUNTRY);
  }

  /**
   * The one country named by its adjective before token {@code i} of a sentence that names no
   * place: "the Spanish government said ... in the country". Null when none or two differ.
   */
  private Place adjectiveCountry(List<Token> tokens, int i) {
    String code = null;
    for (int k = 0; k < i; k++) {
      String c = demonyms.get(tokens.get(k).text());
      if (c != null) {
        if (code != null && !code.equals(c)) {
          return null;
        }
        code = c;
      }
    }
    return code == null ? null : gazetteer.country(code);
  }

  /**
   * "in the capital", "the capital's outskirts", "two neighbourhoods of Haiti's capital": the
   * capital of the country just named before its possessive, else of the country of the last place
   * its sentence names, else of the story's country. Not "the state capital", "the capital of Herat
   * province", "the capital, Kinshasa" (its name follows), "Mbandaka, the capital" (named before),
   * "north of the capital" nor "a news conference in the capital".
   */
  private Located capital(List<Token> tokens, int i, List<Located> found, Memory memory) {
    if (i == 0 || !is(tokens.get(i), capitalNouns)) {
      return null;
    }
    Token before = tokens.get(i - 1);
    Place country;
    Located last = memory.lastPlace;
    if (is(before, articles)) {
      if (seat(tokens, i - 1)
          || (i >= 2 && tokens.get(i - 2).is(","))
          || (i >= 3
              && is(tokens.get(i - 2), ofWords)
              && directions.get(tokens.get(i - 3)) != null)) {
        return null;
      }
      Place frame = frame(tokens, found);
      country =
          frame != null
              ? frame
              : found.isEmpty()
                  ? country(memory)
                  : gazetteer.country(found.get(found.size() - 1).place().countryCode());
    } else if (is(before, possessives)
        && last != null
        && last.end() == i - 1
        && last.place().kind() == Place.Kind.COUNTRY) {
      country = last.place();
    } else {
      return null;
    }
    if (i + 1 < tokens.size()) {
      Token next = tokens.get(i + 1);
      if (is(next, ofWords)
          || (next.is(",") && i + 2 < tokens.size() && tokens.get(i + 2).capitalized())) {
        return null;
      }
    }
    Place city = country == null ? null : capitals.get(country.countryCode());
    return city == null
        ? null
        : new Located(i - 1, i + 1, city.name(), city, LocationPrecision.PLACE);
  }

  /** A country named by its adjective before its land: "half of Syrian territory". */
  private Located territory(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size() || !landNouns.contains(tokens.get(i + 1))) {
      return null;
    }
    String code = demonyms.get(tokens.get(i).text());
    Place country = code == null ? null : gazetteer.country(code);
    return country == null
        ? null
        : new Located(i, i + 2, gazetteer.name(country), country, LocationPrecision.COUNTRY);
  }

  /** A direction used as a noun: "the north," "the south of the country", "the centre and". */
  private boolean bare(List<Token> tokens, int k) {
    if (k + 1 >= tokens.size()) {
      return true;
    }
    Token next = tokens.get(k + 1);
    return next.shape() == Token.Shape.PUNCT
        || is(next, ofWords)
        || is(next, andWords)
        || is(next, directionFollowers);
  }

  /**
   * A place the gazetteer does not hold but the text calls one: "Armankul village", "Armankul, a
   * village near the border".
   */
  private Located named(List<Token> tokens, int i, Memory memory, PlaceMention following) {
    if (!tokens.get(i).capitalized()
        || (i > 0 && tokens.get(i - 1).capitalized() && !is(tokens.get(i - 1), notFirst))
        || is(tokens.get(i), notFirst)
        || days.namesDay(tokens.get(i))) {
      return null;
    }
    int end = capitals(tokens, i);
    if (end >= tokens.size() || end == i || (end == i + 1 && demonym(tokens.get(i)))) {
      return null; // "the Indian state of Jammu and Kashmir" names its place after the noun
    }
    Place country = ofCountry(tokens, end, following);
    LocationPrecision precision = placeNouns.get(tokens.get(end));
    if (precision != null && i > 0 && is(tokens.get(i - 1), articles) && kindOf(tokens, end)) {
      return null; // "the Deir Ez Zor town of Albu Kamal" is Albu Kamal, named after "of"
    }
    if (precision != null) {
      return unknown(tokens, i, end, end + 1, precision, memory, country);
    }
    LocationPrecision joined = joinedKind(tokens, end);
    if (joined != null) {
      return unknown(tokens, i, end, end, joined, memory, country);
    }
    if (end + 2 < tokens.size()
        && tokens.get(end).is(",")
        && is(tokens.get(end + 1), appositives)
        && placeNouns.get(tokens.get(end + 2)) != null) {
      return unknown(tokens, i, end, end, placeNouns.get(tokens.get(end + 2)), memory, country);
    }
    return null;
  }

  /**
   * A place the gazetteer does not hold, named after a preposition of place and before a pause or a
   * word that goes on with the clause: "In Tawila, the number of displaced rose", "shelling near
   * Mugunga, according to", "electrocuted in Shahdara while". Not a day or month, a country's
   * adjective, a name in capitals, a source's seat, nor a name before a noun ("in RSF attacks").
   */
  private Located introduced(List<Token> tokens, int i, Memory memory, PlaceMention following) {
    if (i == 0 || !is(tokens.get(i - 1), placePrepositions)) {
      return null;
    }
    Token first = tokens.get(i);
    if (!first.capitalized()
        || is(first, notFirst)
        || first.acronym()
        || demonym(first)
        || days.namesDay(first)
        || placeNouns.get(first) != null
        || seat(tokens, i)) {
      return null;
    }
    int end = capitals(tokens, i);
    if (end == i || (following != null && following.start() < end)) {
      return null;
    }
    if (end < tokens.size()) {
      Token next = tokens.get(end);
      if (next.shape() != Token.Shape.PUNCT && !is(next, nameEnders) && !is(next, possessives)) {
        return null;
      }
      if (end + 1 < tokens.size()
          && is(next, placePrepositions)
          && tokens.get(end + 1).capitalized()
          && !days.namesDay(tokens.get(end + 1))) {
        return null; // a name that goes on: "the United Nations Mission in South Sudan"
      }
    }
    String name = Token.text(tokens, i, end);
    return notPlaces.contains(name)
        ? null
        : unknown(tokens, i, end, end, LocationPrecision.PLACE, memory, null);
  }

  /**
   * A division the gazetteer does not hold, named by its kind and its number after a preposition of
   * place: "four deaths in Cordillera, three in Region 2 and one in Region 1", "in Zone 3", "camps
   * in Sector IV".
   */
  private Located numbered(List<Token> tokens, int i, Memory memory) {
    if (i == 0
        || i + 1 >= tokens.size()
        || !(is(tokens.get(i - 1), placePrepositions) || is(tokens.get(i - 1), countryPrepositions))
        || !tokens.get(i).capitalized()) {
      return null;
    }
    LocationPrecision precision = placeNouns.get(tokens.get(i));
    Token n = tokens.get(i + 1);
    boolean numeral =
        n.shape() == Token.Shape.NUMBER
            ? n.text().length() <= 2 && n.text().chars().allMatch(Character::isDigit)
            : n.text().length() <= 4 && n.text().chars().allMatch(c -> "IVX".indexOf(c) >= 0);
    if (precision == null || !numeral || pluralPlaceNouns.contains(tokens.get(i))) {
      return null; // not "in Regions I, II and III": a kind in the plural names no one division
    }
    return unknown(tokens, i, i + 2, i + 2, precision, memory, null);
  }

  /** True when a wrongly decoded character breaks the name ending at {@code end}: "R\uFFFDo". */
  private static boolean broken(List<Token> tokens, int end) {
    if (end <= 0 || end >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(end);
    return next.shape() == Token.Shape.PUNCT
        && next.start() == tokens.get(end - 1).end()
        && PAUSES.indexOf(next.text().charAt(0)) < 0;
  }

  /** The punctuation that may follow a place's name at once: "In Tawila, ...". */
  private static final String PAUSES = ",.;:)!?\"'\u2019\u201d";

  /**
   * The country an unknown name's kind is said to be "of", from token {@code from}: "Kurigram and
   * Gaibandha districts [of northern Bangladesh]", "Albay province [of the Philippines]"; null when
   * the next gazetteer mention {@code following} is not that country.
   */
  private Place ofCountry(List<Token> tokens, int from, PlaceMention following) {
    if (following == null) {
      return null;
    }
    int k = from;
    while (k < tokens.size()
        && k - from <= 4 * MAX_JOINED
        && placeNouns.get(tokens.get(k)) == null) {
      k++;
    }
    if (k + 1 >= tokens.size() || !is(tokens.get(k + 1), ofWords)) {
      return null;
    }
    int at = k + 2;
    if (at < tokens.size() && is(tokens.get(at), articles)) {
      at++;
    }
    if (at < tokens.size() && directions.get(tokens.get(at)) != null) {
      at++;
    }
    if (following.start() != at) {
      return null;
    }
    for (Place p : following.candidates()) {
      if (p.kind() == Place.Kind.COUNTRY) {
        return p;
      }
    }
    return null;
  }

  /**
   * The kind of place named by a plural place noun after more names joined to the name ending at
   * {@code end}: "Swat [and Dir districts]", "Kurnool[, Guntur and Anantapur districts]"; null when
   * the names lead to no such noun.
   */
  private LocationPrecision joinedKind(List<Token> tokens, int end) {
    int k = end;
    for (int names = 0; names < MAX_JOINED && k + 1 < tokens.size(); names++) {
      Token joiner = tokens.get(k);
      if (!joiner.is(",") && !is(joiner, andWords)) {
        return null;
      }
      int next = k + 1;
      if (joiner.is(",") && is(tokens.get(next), andWords)) {
        next++;
      }
      if (next >= tokens.size() || is(tokens.get(next), notFirst)) {
        return null;
      }
      k = capitals(tokens, next);
      if (k == next || k >= tokens.size()) {
        return null;
      }
      LocationPrecision precision = placeNouns.get(tokens.get(k));
      if (precision != null) {
        return is(tokens.get(k), pluralPlaceNouns) ? precision : null;
      }
    }
    return null;
  }

  /** A place the gazetteer does not hold, named after its kind: "the village of Armankul". */
  private Located titled(List<Token> tokens, int i, Memory memory) {
    LocationPrecision precision = placeNouns.get(tokens.get(i));
    if (precision == null
        || i + 2 >= tokens.size()
        || !is(tokens.get(i + 1), ofWords)
        || !tokens.get(i + 2).capitalized()) {
      return null;
    }
    int end = capitals(tokens, i + 2);
    // "the Philippine province of Albay": the adjective names the country; not in a name of
    // capitalised words ("the Philippine Area of Responsibility")
    String code =
        i > 0 && !tokens.get(i).capitalized() ? demonyms.get(tokens.get(i - 1).text()) : null;
    Place country = code == null ? null : gazetteer.country(code);
    return unknown(tokens, i + 2, end, end, precision, memory, country);
  }

  /**
   * The end of a run of up to three words of a name from {@code i}: capitalised words, and after
   * the first, lower-case particles before a capitalised word ("Jisr al-Shughur", "Deir al Balah").
   */
  private int capitals(List<Token> tokens, int i) {
    int end = i;
    while (end < tokens.size()
        && end - i < 3
        && (tokens.get(end).capitalized() || (end > i && particle(tokens, end)))) {
      end++;
    }
    while (end > i + 1
        && !tokens.get(end - 1).capitalized()
        && is(tokens.get(end - 1), particles)) {
      end--; // the run stopped after a particle alone: "Deir al" of "Deir al Balah Ain"
    }
    return end;
  }

  /**
   * True when token {@code k} is a particle of a name: joined by a hyphen to a capitalised word
   * ("al-Shughur"), or alone before one ("al Balah").
   */
  private boolean particle(List<Token> tokens, int k) {
    Token t = tokens.get(k);
    if (t.shape() != Token.Shape.WORD) {
      return false;
    }
    String text = t.text();
    for (int c = 1; c + 1 < text.length(); c++) {
      if (HYPHENS.indexOf(text.charAt(c)) >= 0) {
        return particles.contains(text.substring(0, c).toLowerCase(java.util.Locale.ROOT))
            && Character.isUpperCase(text.codePointAt(c + 1));
      }
    }
    return is(t, particles) && k + 1 < tokens.size() && tokens.get(k + 1).capitalized();
  }

  /**
   * A place named by tokens [nameStart, nameEnd) in the country the text {@code named} for it, else
   * in the story's country so far, else in the country the whole story names most, referred to by
   * tokens [nameStart, end) or [start of its kind, end); null when none is known.
   */
  private Located unknown(
      List<Token> tokens,
      int nameStart,
      int nameEnd,
      int end,
      LocationPrecision precision,
      Memory memory,
      Place named) {
    if (broken(tokens, nameEnd)) {
      return null;
    }
    String name = Token.text(tokens, nameStart, nameEnd);
    List<String> word = wordPlaces.get(name);
    if (word != null) {
      // "killed in Swat", "the town of Hit": a place news names that is also an English word
      return town(
          tokens,
          nameStart,
          Math.max(end, nameEnd),
          name,
          word.get(0),
          word.size() > 1 ? word.get(1) : "",
          precision);
    }
    Place country = named != null ? named : country(memory);
    // not a kind of place in the plural ("three North Eastern states of Borno")
    boolean plural = is(tokens.get(Math.max(end, nameEnd) - 1), pluralPlaceNouns);
    if (country == null && memory.sentence != null && !plural) {
      // the sentence's first known place: "stormed the village of Um Sunta, the Wad Madani
      // council said"
      country = gazetteer.country(memory.sentence);
    }
    if (country == null && !plural) {
      country = mostNamedCountry(memory); // "displaced on Sumba island", Indonesia named later
    }
    if (country == null) {
      return null;
    }
    return town(
        tokens, nameStart, Math.max(end, nameEnd), name, country.countryCode(), "", precision);
  }

  /**
   * A town the gazetteer does not hold, named {@code name} in the country {@code code} (and its
   * first-level division {@code admin1}, or ""), referred to by tokens [start, end).
   */
  private static Located town(
      List<Token> tokens,
      int start,
      int end,
      String name,
      String code,
      String admin1,
      LocationPrecision precision) {
    Place place = new Place("", name, Place.Kind.CITY, code, admin1, 0, null, null);
    return new Located(start, end, Token.text(tokens, start, end), place, precision);
  }

  /**
   * "the city's east", "the eastern part of the city", "the city"; "the state's toll" and "in the
   * province", the last division of that kind named.
   */
  private Located anaphor(List<Token> tokens, int i, Memory memory) {
    if (!is(tokens.get(i), articles) || i + 1 >= tokens.size()) {
      return null;
    }
    if (is(tokens.get(i + 1), divisionAnaphors)) {
      return division(tokens, i, memory);
    }
    if (memory.lastCity == null) {
      return null;
    }
    String city = memory.lastCity.text();
    Place place = memory.lastCity.place();
    if (cityNouns.contains(tokens.get(i + 1))) {
      if (i + 3 < tokens.size() && is(tokens.get(i + 2), possessives)) {
        String d = directions.get(tokens.get(i + 3));
        if (d != null) {
          return new Located(i, i + 4, d + " " + city, place, LocationPrecision.PLACE);
        }
      }
      if (i + 2 < tokens.size() && is(tokens.get(i + 2), ofWords)) {
        return null;
      }
      return new Located(i, i + 2, city, place, LocationPrecision.PLACE);
    }
    String d = directions.get(tokens.get(i + 1));
    if (d != null
        && i + 5 < tokens.size()
        && partNouns.contains(tokens.get(i + 2))
        && is(tokens.get(i + 3), ofWords)
        && is(tokens.get(i + 4), articles)
        && cityNouns.contains(tokens.get(i + 5))) {
      return new Located(i, i + 6, d + " " + city, place, LocationPrecision.PLACE);
    }
    return null;
  }

  /**
   * The last division of the kind named at {@code i + 1} after the article at {@code i}, when a
   * preposition stands before the article or a possessive after the noun: "in the province", "the
   * state's toll"; null for "the state said" and "the province of Idlib". With no such division
   * named, a first-level division is the one the last city named lies in ("LAHORE - ... across the
   * province": Punjab).
   */
  private Located division(List<Token> tokens, int i, Memory memory) {
    int after = i + 2;
    boolean referred =
        (after < tokens.size() && is(tokens.get(after), possessives))
            || (i > 0
                && is(tokens.get(i - 1), countryPrepositions)
                && (after >= tokens.size() || !is(tokens.get(after), ofWords)));
    LocationPrecision kind = placeNouns.get(tokens.get(i + 1));
    Located last = referred ? memory.lastDivision.get(kind) : null;
    if (last != null) {
      return new Located(i, i + 2, last.text(), last.place(), last.precision());
    }
    Place city = memory.lastCity == null ? null : memory.lastCity.place();
    if (!referred || kind != LocationPrecision.ADMIN1 || city == null || city.admin1().isEmpty()) {
      return null;
    }
    Place division =
        new Place("", city.admin1(), Place.Kind.ADMIN1, city.countryCode(), "", 0, null, null);
    return new Located(i, i + 2, city.admin1(), division, LocationPrecision.ADMIN1);
  }

  /**
   * Returns the place a figure refers to, or null when the document has named none: in its own
   * clause, the first place after its number and before the next figure's ("killed 15 in Gaza City
   * and 3 in Rafah") unless that place leads the next figure ("98 killed and 77 injured, in
   * Chittagong 30 dead"), else the nearest place before it ("In Rangamati, 98 people were killed"),
   * else the nearest in its clause; then the place a source of its clause is named after
   * ("officials in Kharkiv said", "the Gaza health ministry") when it lies in the country of the
   * last place named before the sentence or in the story's country, and is more than that country
   * (a country too when that place lies outside the story's country); then the nearest place in an
   * earlier clause, then the last place named before the sentence, then a place in a later clause,
   * which comes before the dateline's place ("DHAKA - Nine were killed as a bus plunged into a
   * ditch in Gopalganj district").
   *
   * @param tokens the sentence's tokens
   * @param candidates the places of the sentence, in order
   * @param value the figure's number
   * @param clauses the clause of each token
   * @param numbers where the sentence's figure numbers start
   * @param before the last place named before the sentence, or null
   * @param ofSources the places inside the sentence's source phrases, in order
   * @param memory what the story has named before the sentence
   */
  Located locate(
      List<Token> tokens,
      List<Located> candidates,
      Span value,
      int[] clauses,
      java.util.Set<Integer> numbers,
      Located before,
      List<Located> ofSources,
      Memory memory) {
    Located l =
        nearest(tokens, candidates, value, clauses, numbers, before, ofSources, memory.main);
    if (l == null) {
      return null;
    }
    Located named = qualified(tokens, candidates, l);
    return named != null ? named : common(tokens, candidates, l);
  }

  /**
   * The place a chosen country or division only qualifies, with it: "near Mwanza, Tanzania, killing
   * 45" and "a church in Owo, Ondo state, killing 45" are Mwanza and Owo, written with what they
   * are in; not a list ("Aleppo, Idlib and Hama").
   */
  private Located qualified(List<Token> tokens, List<Located> candidates, Located wide) {
    int at = candidates.indexOf(wide);
    if (at <= 0
        || wide.place().kind() == Place.Kind.CITY
        || (at + 1 < candidates.size() && listed(tokens, wide, candidates.get(at + 1)))) {
      return null;
    }
    Located narrow = candidates.get(at - 1);
    Place n = narrow.place();
    if (narrow.end() + 1 != wide.start()
        || !tokens.get(narrow.end()).is(",")
        || n.kind() == Place.Kind.COUNTRY
        || (wide.place().kind() == Place.Kind.ADMIN1 && n.kind() != Place.Kind.CITY)
        || !n.countryCode().equals(wide.place().countryCode())
        || (at >= 2 && listed(tokens, candidates.get(at - 2), narrow))) {
      return null;
    }
    return new Located(
        narrow.start(), wide.end(), narrow.text() + ", " + wide.text(), n, narrow.precision());
  }

  /**
   * A list of places of one country that a figure belongs to as a whole, as written and widened
   * with its country, at the country's precision: "killed 40 people across Sindh, Punjab and
   * Balochistan" is "Sindh, Punjab and Balochistan, Pakistan"; a list of countries is a region of
   * no one country ("in Turkey and Syria"); the place itself when it stands alone or the list mixes
   * countries and their places.
   */
  private Located common(List<Token> tokens, List<Located> candidates, Located chosen) {
    int at = candidates.indexOf(chosen);
    if (at < 0) {
      return chosen;
    }
    int lo = at;
    int hi = at;
    while (lo > 0 && listed(tokens, candidates.get(lo - 1), candidates.get(lo))) {
      lo--;
    }
    while (hi + 1 < candidates.size()
        && listed(tokens, candidates.get(hi), candidates.get(hi + 1))) {
      hi++;
    }
    if (lo == hi || !joined(tokens, candidates.get(lo), candidates.get(hi))) {
      return chosen;
    }
    String code = chosen.place().countryCode();
    boolean countries = true;
    boolean sameCode = true;
    boolean oneCountry = true;
    for (int k = lo; k <= hi; k++) {
      Place p = candidates.get(k).place();
      countries &= p.kind() == Place.Kind.COUNTRY;
      sameCode &= p.countryCode().equals(code);
      oneCountry &= p.kind() != Place.Kind.COUNTRY && p.countryCode().equals(code);
    }
    int start = candidates.get(lo).start();
    int end = candidates.get(hi).end();
    if (countries && !sameCode) {
      // "in Turkey and Syria": a region wider than one country, of no one country
      String text = Token.text(tokens, start, end);
      Place region = new Place("", text, Place.Kind.COUNTRY, "", "", 0, null, null);
      return new Located(start, end, text, region, LocationPrecision.REGION);
    }
    Place country = oneCountry ? gazetteer.country(code) : null;
    if (country == null) {
      return chosen;
    }
    if (end < tokens.size() && placeNouns.get(tokens.get(end)) != null) {
      end++; // "Kasese and Mbale districts"
    }
    return new Located(
        start,
        candidates.get(hi).end(),
        Token.text(tokens, start, end) + ", " + gazetteer.name(country),
        country,
        LocationPrecision.COUNTRY);
  }

  /**
   * True when a list word joins places from {@code a} to {@code b} ("Sindh, Punjab and
   * Balochistan"): "Nasir, in Upper Nile state" and "Goma, North Kivu" name one place and its
   * province.
   */
  private boolean joined(List<Token> tokens, Located a, Located b) {
    for (int k = a.end(); k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (is(t, andWords)) {
        return true;
      }
      if (k >= b.end() && !t.is(",") && !t.capitalized() && !is(t, listRepeats)) {
        return false;
      }
    }
    return false;
  }

  /** True when only commas and list words stand between two places: "Homs, Hama and in Idlib". */
  private boolean listed(List<Token> tokens, Located a, Located b) {
    boolean joined = false;
    for (int k = a.end(); k < b.start(); k++) {
      Token t = tokens.get(k);
      if (t.is(",") || is(t, andWords)) {
        joined = true;
      } else if (!is(t, listRepeats) && !(k == a.end() && placeNouns.get(t) != null)) {
        // "in Yumbi [town], Bongende village and Nkolo village"
        return false;
      }
    }
    return joined;
  }

  private Located nearest(
      List<Token> tokens,
      List<Located> candidates,
      Span value,
      int[] clauses,
      java.util.Set<Integer> numbers,
      Located before,
      List<Located> ofSources,
      String storyCountry) {
    int clause = clauses[value.start()];
    int next = clauses.length;
    for (int n : numbers) {
      if (n >= value.end() && n < next) {
        next = n;
      }
    }
    // "58 people have died, 40 in Punjab and 15 in Sindh": the places of a breakdown that follows
    // are its parts', not the whole's
    List<Located> items = new ArrayList<>();
    Located item = null;
    for (Located l : candidates) {
      if (l.start() >= next && item(tokens, numbers::contains, item, l)) {
        items.add(l);
        item = l;
      }
    }
    Located nearestBefore = null;
    Located nearestInClause = null;
    Located earlier = null;
    Located later = null;
    Located frame = null;
    for (Located l : candidates) {
      int c = clauses[l.start()];
      if (c < clause && opens(tokens, l)) {
        frame = l;
      }
      if (c == clause) {
        if (l.start() >= value.end()
            && l.start() < next
            && (!leads(tokens, l, numbers) || attached(tokens, value, l))
            && countryTotals.longestAt(tokens, l.start()) == null) {
          return l; // not "killed 20 in Sindh, bringing the national toll to 312": that is 312's
        }
        if (l.end() <= value.start()) {
          nearestBefore = l;
        }
        if (l.start() >= next && part(tokens, next)) {
          continue; // "displaced 19,000, 16,000 of whom crossed into Congo": Congo is the 16,000's
        }
        if (items.size() > 1 && items.contains(l)) {
          continue;
        }
        if (nearestInClause == null
            || value.distance(span(l)) < value.distance(span(nearestInClause))) {
          nearestInClause = l;
        }
      } else if (c < clause) {
        earlier = l;
      } else if (later == null && !(items.size() > 1 && items.contains(l))) {
        // "The toll rose to 112, with 40 in Punjab and 15 in Sindh": not an item's place either
        later = l;
      }
    }
    if (nearestBefore != null) {
      Located part = partOf(tokens, candidates, nearestBefore);
      return part != null ? part : nearestBefore;
    }
    if (nearestInClause != null) {
      return nearestInClause;
    }
    Located source = null;
    for (Located l : ofSources) {
      String code = l.place().countryCode();
      boolean inStory = code.equals(storyCountry);
      boolean within =
          (before == null || l.place().kind() != Place.Kind.COUNTRY)
              && (before == null
                  || before.place().countryCode().isEmpty()
                  || before.place().countryCode().equals(code)
                  || inStory);
      // "as negotiators met in Qatar. The Gaza health ministry said": the story's country
      boolean away = before != null && inStory && !before.place().countryCode().equals(code);
      if (clauses[l.start()] == clause && (within || away)) {
        source = l;
      }
    }
    if (frame != null
        && (earlier == frame || earlier.precision().compareTo(frame.precision()) >= 0)
        && (source == null || source.place().countryCode().equals(frame.place().countryCode()))) {
      // "In Canoas, in the metropolitan region of Porto Alegre, ... 35 died" and "In Maiduguri,
      // ..., the Borno State Government said": the place the sentence opens with, unless a finer
      // one follows it ("In Sudan, in the Darfur region, ...")
      return frame;
    }
    if (source != null) {
      return source;
    }
    if (earlier != null) {
      Located part = partOf(tokens, candidates, earlier);
      return part != null ? part : earlier;
    }
    if (before != null && (before.start() != DATELINE || later == null)) {
      return before;
    }
    return later;
  }

  /**
   * The place named just before {@code whole} as a part of it, or null: "the Kurigram and Gaibandha
   * districts of northern Bangladesh" are where a figure after them is, not the country's north; so
   * are a town in a division or country of its own ("the town of Derna in eastern Libya", "Mafa, a
   * town in Borno state").
   */
  private Located partOf(List<Token> tokens, List<Located> candidates, Located whole) {
    int at = candidates.indexOf(whole);
    if (at <= 0) {
      return null;
    }
    Located part = candidates.get(at - 1);
    int k = part.end();
    if (k < tokens.size() && placeNouns.get(tokens.get(k)) != null) {
      k++;
    }
    if (k + 1 == whole.start() && is(tokens.get(k), ofWords)) {
      return within(part, whole);
    }
    Place p = part.place();
    Place w = whole.place();
    if (p.kind() != Place.Kind.CITY
        || w.kind() == Place.Kind.CITY
        || !p.countryCode().equals(w.countryCode())) {
      return null;
    }
    if (k + 3 < whole.start()
        && tokens.get(k).is(",")
        && is(tokens.get(k + 1), appositives)
        && placeNouns.get(tokens.get(k + 2)) != null) {
      k += 3; // "Mafa, a town in Borno state"
    }
    if (k >= whole.start() || !is(tokens.get(k), countryPrepositions)) {
      return null;
    }
    for (int j = k + 1; j < whole.start(); j++) {
      if (!tokens.get(j).capitalized() && !is(tokens.get(j), possessives)) {
        return null; // "in Burkina Faso's Soum province" names the country on the way
      }
    }
    return part;
  }

  /**
   * A place the gazetteer does not hold, taken in the country of the place it is a part of: "the
   * Hay al-Salam district of northern Beirut" is in Lebanon, whatever country the story names most.
   */
  private Located within(Located part, Located whole) {
    Place p = part.place();
    String code = whole.place().countryCode();
    if (!p.id().isEmpty() || code.isEmpty() || p.countryCode().equals(code)) {
      return part;
    }
    Place moved = new Place("", p.name(), p.kind(), code, "", 0, null, null);
    return new Located(part.start(), part.end(), part.text(), moved, part.precision());
  }

  /**
   * The place before a sentence for its figures, when the sentence names none of its own: the
   * story's country for a sentence about the whole story ("The conflict has killed tens of
   * thousands", "Overall, 2 million have fled"), else the last place named before it.
   */
  Located before(List<Token> tokens, Memory memory) {
    if (entry(tokens)) {
      // the story's country, as a dateline is: "1 million Iraqis" of an entry are still Iraq's
      Place country = memory.lastPlace == null ? null : country(memory);
      return country == null
          ? null
          : new Located(DATELINE, DATELINE, gazetteer.name(country), country, precision(country));
    }
    int open = 0;
    while (open < tokens.size() && tokens.get(open).shape() != Token.Shape.WORD) {
      open++; // a time or a bullet before the opening: "10:15 - In total, ..."
    }
    if (open < tokens.size()
        && (storyWide.longestAt(tokens, open) != null || ofWholeStory(tokens, open))) {
      Place country = country(memory);
      if (country != null) {
        return new Located(0, 0, gazetteer.name(country), country, LocationPrecision.COUNTRY);
      }
    }
    if (memory.lastList != null && memory.listOf == memory.lastPlace) {
      return memory.lastList; // "in Dara, Kulu and Mambo. 3,000 were displaced": all three
    }
    return memory.lastPlace;
  }

  /**
   * True when the figures of a sentence are told of the story's whole event after its opening
   * {@code open}: "have been killed [in the war]", "died [as a result of the conflict]", "fled
   * [since the war] began"; not "the deadliest attack in the war", which tells of one attack.
   */
  private boolean ofWholeStory(List<Token> tokens, int open) {
    for (int k = open + 1; k < tokens.size(); k++) {
      if (!storyWideLeads.mayStartWith(tokens.get(k))) {
        continue;
      }
      PhraseTable.Hit<Boolean> lead = storyWideLeads.longestAt(tokens, k);
      if (lead != null && storyWideEvents.longestAt(tokens, lead.end()) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a sentence is an entry of a timeline, opening with its date and a dash: "June 20,
   * 2014 – The UN says ...", "May 2017 - ...". An entry tells of its own event; the place of the
   * entry before it does not carry on.
   */
  private boolean entry(List<Token> tokens) {
    if (tokens.size() < 3 || !days.namesDay(tokens.get(0))) {
      return false;
    }
    for (int k = 1; k < Math.min(tokens.size() - 1, 6); k++) {
      Token t = tokens.get(k);
      if (t.shape() == Token.Shape.NUMBER && t.text().length() == 4) {
        String dash = tokens.get(k + 1).text();
        return dash.equals("-") || dash.equals("\u2013") || dash.equals("\u2014");
      }
      if (!(t.shape() == Token.Shape.NUMBER || t.is(",") || t.is("-"))) {
        return false;
      }
    }
    return false;
  }

  /** True when a sentence opens with a place after a preposition: "[In Maiduguri], ...". */
  private boolean opens(List<Token> tokens, Located l) {
    return l.start() == 1 && is(tokens.get(0), placePrepositions);
  }

  /** True when a figure's number follows the place at once: "in Chittagong 30 were dead". */
  private static boolean leads(List<Token> tokens, Located l, java.util.Set<Integer> numbers) {
    int k = l.end();
    return numbers.contains(k)
        || (k < tokens.size() && tokens.get(k).is(",") && numbers.contains(k + 1));
  }

  /**
   * True when a place follows a figure's number through a preposition, with at most its noun
   * between: in "12 died in Buner, five in Swat, two in Shangla" Swat is the five's, though the two
   * follow it.
   */
  private boolean attached(List<Token> tokens, Span value, Located l) {
    int p = prepositionBefore(tokens, l);
    int between = p + 1 - value.end();
    if (between < 1 || between > 2) {
      return false;
    }
    Token preposition = tokens.get(p);
    return (is(preposition, placePrepositions) || is(preposition, origins))
        && (between == 1 || tokens.get(value.end()).shape() == Token.Shape.WORD);
  }

  /**
   * True when a place follows a one-token number through a preposition alone, as an item of a
   * breakdown does ("40 in Punjab", "two in the Western Visayas region", "three in southern
   * Sorsogon"): the place of that number. With a word between ("11 missing in Hunan", "55 camps in
   * Thrissur") the place may be shared, and is not taken as the item's.
   */
  private boolean itemPlace(List<Token> tokens, java.util.function.IntPredicate number, Located l) {
    int k = prepositionBefore(tokens, l);
    return k >= 1 && is(tokens.get(k), placePrepositions) && number.test(k - 1);
  }

  /**
   * Returns where the preposition before place {@code l} stands, past a direction and an article
   * ("three in [southern] Sorsogon", "two in [the] Western Visayas region"); -1 before the first
   * token.
   */
  private int prepositionBefore(List<Token> tokens, Located l) {
    int k = l.start() - 1;
    if (k >= 0 && directions.get(tokens.get(k)) != null) {
      k--;
    }
    if (k >= 0 && is(tokens.get(k), articles)) {
      k--;
    }
    return k;
  }

  /**
   * True when {@code l} is a place of a breakdown's item: its own ("40 in Punjab") or a wider place
   * that only locates the item place {@code previous} before it (null when there is none).
   */
  boolean item(
      List<Token> tokens, java.util.function.IntPredicate number, Located previous, Located l) {
    return itemPlace(tokens, number, l) || (previous != null && qualifiesItem(tokens, previous, l));
  }

  /** How many words may join an item's place to a wider place that only locates it. */
  private static final int MAX_QUALIFYING = 3;

  /**
   * True when {@code l} follows the item's place {@code item} through a few words and no pause,
   * number or list joiner, as a wider place that only locates it: "40 in Albay province [on Luzon
   * island]" is an item of the breakdown, as Albay is.
   */
  private boolean qualifiesItem(List<Token> tokens, Located item, Located l) {
    if (l.start() < item.end() || l.start() - item.end() > MAX_QUALIFYING) {
      return false;
    }
    for (int k = item.end(); k < l.start(); k++) {
      Token t = tokens.get(k);
      if (t.shape() != Token.Shape.WORD || is(t, andWords)) {
        return false;
      }
    }
    return l.start() > item.end();
  }

  /**
   * True when the number at token {@code n} counts a part of the one before ("16,000 [of whom]",
   * "30 [of them]"), within two tokens of its start.
   */
  private boolean part(List<Token> tokens, int n) {
    for (int k = n + 1; k <= n + 2 && k < tokens.size(); k++) {
      if (partMarkers.startingAt(tokens, k).iterator().hasNext()) {
        return true;
      }
    }
    return false;
  }

  private static Span span(Located l) {
    return new Span(l.start(), l.end());
  }

  private record Raw(
      Map<String, String> directions,
      @JsonProperty("city_nouns") List<String> cityNouns,
      @JsonProperty("division_anaphors") List<String> divisionAnaphors,
      @JsonProperty("river_nouns") List<String> riverNouns,
      @JsonProperty("clock_nouns") List<String> clockNouns,
      @JsonProperty("part_nouns") List<String> partNouns,
      @JsonProperty("place_nouns") Map<String, String> placeNouns,
      @JsonProperty("plural_place_nouns") Map<String, String> pluralPlaceNouns,
      @JsonProperty("region_nouns") List<String> regionNouns,
      @JsonProperty("country_nouns") List<String> countryNouns,
      List<String> neighbours,
      @JsonProperty("speaker_seats") List<String> speakerSeats,
      @JsonProperty("felt_words") List<String> feltWords,
      @JsonProperty("group_name_heads") List<String> groupNameHeads,
      Map<String, String> demonyms,
      Map<String, String> nationals,
      @JsonProperty("land_nouns") List<String> landNouns,
      List<String> articles,
      @JsonProperty("name_not_first") List<String> nameNotFirst,
      @JsonProperty("name_particles") List<String> nameParticles,
      @JsonProperty("part_joiners") List<String> partJoiners,
      @JsonProperty("list_joiners") List<String> listJoiners,
      List<String> possessives,
      List<String> appositives,
      List<String> agents,
      List<String> ranked,
      @JsonProperty("list_repeats") List<String> listRepeats,
      @JsonProperty("not_places") List<String> notPlaces,
      @JsonProperty("given_names") List<String> givenNames,
      @JsonProperty("name_parts") List<String> nameParts,
      List<String> restrictives,
      @JsonProperty("country_prepositions") List<String> countryPrepositions,
      @JsonProperty("story_wide") List<String> storyWide,
      @JsonProperty("story_wide_leads") List<String> storyWideLeads,
      @JsonProperty("story_wide_events") List<String> storyWideEvents,
      @JsonProperty("person_followers") List<String> personFollowers,
      @JsonProperty("actor_verbs") List<String> actorVerbs,
      @JsonProperty("organisation_joiners") List<String> organisationJoiners,
      @JsonProperty("event_nouns") List<String> eventNouns,
      @JsonProperty("since_words") List<String> sinceWords,
      @JsonProperty("press_titles") List<String> pressTitles,
      List<String> origins,
      @JsonProperty("distance_units") List<String> distanceUnits,
      @JsonProperty("origin_nouns") List<String> originNouns,
      @JsonProperty("home_nouns") List<String> homeNouns,
      @JsonProperty("direction_followers") List<String> directionFollowers,
      @JsonProperty("arrival_words") List<String> arrivalWords,
      @JsonProperty("group_nouns") List<String> groupNouns,
      @JsonProperty("whole_country") List<String> wholeCountry,
      @JsonProperty("country_totals") List<String> countryTotals,
      @JsonProperty("capital_nouns") List<String> capitalNouns,
      Map<String, String> capitals,
      @JsonProperty("part_markers") List<String> partMarkers,
      @JsonProperty("word_places") Map<String, List<String>> wordPlaces,
      @JsonProperty("place_prepositions") List<String> placePrepositions,
      @JsonProperty("name_enders") List<String> nameEnders,
      @JsonProperty("world_words") List<String> worldWords,
      @JsonProperty("briefing_datelines") List<String> briefingDatelines,
      @JsonProperty("kind_of_nouns") List<String> kindOfNouns) {}
}
