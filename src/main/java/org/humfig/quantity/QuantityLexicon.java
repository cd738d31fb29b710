package org.humfig.quantity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.humfig.model.Qualifier;
import org.humfig.model.Vocabulary;
import org.humfig.text.PhraseTable;
import org.humfig.text.Resource;
import org.humfig.text.WordSet;

/**
 * The words a language writes numbers with, read from its pack's {@code quantity.yaml} ({@code
 * lexicon/en/quantity.yaml}): number words, scales, vague amounts, fractions, qualifiers, unit
 * words, the marks inside digits and the words that join numbers into ranges.
 *
 * <p>Immutable after loading; share one instance between threads.
 */
public final class QuantityLexicon {

  private final String resource;

  /** A unit word: what it measures and the factor converting to the stored unit. */
  record Measure(Dimension dimension, double factor) {}

  /** A vague amount: its bounds, and whether a singular scale may follow ("several hundred"). */
  record Vague(double low, double high, boolean takesScale) {}

  final Map<String, Double> numbers;
  final Map<String, Double> scales;
  final Map<String, Double> pluralScales;
  final PhraseTable<Vague> vague = new PhraseTable<>();
  final PhraseTable<Double> fractions = new PhraseTable<>();
  final PhraseTable<Qualifier> qualifiers = new PhraseTable<>();
  final PhraseTable<Qualifier> suffixes = new PhraseTable<>();
  final PhraseTable<Measure> measures = new PhraseTable<>();
  final WordSet currencySigns;

  /** Words before a number that say what it measures, as a currency sign does: "aged 72". */
  final PhraseTable<Measure> signs = new PhraseTable<>();

  /** The first words of {@link #signs}. */
  final WordSet signStarts;

  /**
   * The first words of the unit phrases of each dimension, and of the fractions: a quantity other
   * than a count needs one of them, or a currency sign, in its sentence.
   */
  final Map<Dimension, WordSet> unitStarts;

  final WordSet fractionStarts;
  final char decimalMark;
  final char groupMark;
  final WordSet indefinite;

  /**
   * Nouns of one person that "a" counts as one before: "a [67-year-old] man", "an elderly woman".
   */
  final WordSet person;

  /** Words of the people a count counts, after a stray-spaced thousands group: "2, 940 people". */
  final WordSet counted;

  final WordSet half;
  final PhraseTable<Boolean> andHalf = new PhraseTable<>();

  /** The words between the two numbers of a ratio: "one [in] five", "one [out of every] four". */
  final PhraseTable<Boolean> ratioJoiners = new PhraseTable<>();

  /**
   * Phrases that make the number they open one member of a counted group ("one of [the] 40 people
   * killed"): the count is the group's.
   */
  final PhraseTable<Boolean> members = new PhraseTable<>();

  final WordSet between;
  final WordSet betweenJoiners;
  final WordSet rangeJoiners;
  final WordSet rangeBlockers;
  final WordSet rangeOpeners;

  /** For a qualifier phrase, the verbs before which it is their particle ("went [up to] 41"). */
  final PhraseTable<WordSet> qualifierBlockers = new PhraseTable<>();

  /** Words of an addition between a qualifier and its number: "at least [another] 400". */
  final PhraseTable<Boolean> additions = new PhraseTable<>();

  final WordSet numberJoiners;
  final WordSet fractionFollowers;
  final WordSet symbolScales;
  final WordSet vagueJoiners;

  /**
   * The words a quantity can start with: a qualifier's, a currency sign, "between", a vague
   * amount's or a fraction's first word, "half", "a" and the number words. A token outside them
   * that is no number starts no quantity.
   */
  final WordSet starts;

  private QuantityLexicon(Raw raw, String resource) {
    this.resource = resource;
    if (raw.digits() == null || raw.grammar() == null) {
      throw new IllegalStateException(resource + ": 'digits' and 'grammar' are required");
    }
    decimalMark = mark(raw.digits().decimal(), "decimal");
    groupMark = mark(raw.digits().group(), "group");
    Grammar g = raw.grammar();
    indefinite = words(g.indefinite());
    person = words(g.person());
    counted = words(g.counted());
    half = words(g.half());
    if (g.andHalf() != null) {
      g.andHalf().forEach(w -> andHalf.put(w, Boolean.TRUE));
    }
    if (g.members() != null) {
      g.members().forEach(w -> members.put(w, Boolean.TRUE));
    }
    if (g.ratioJoiners() != null) {
      g.ratioJoiners().forEach(w -> ratioJoiners.put(w, Boolean.TRUE));
    }
    between = words(g.between());
    betweenJoiners = words(g.betweenJoiners());
    rangeJoiners = words(g.rangeJoiners());
    rangeBlockers = words(g.rangeBlockers());
    rangeOpeners = words(g.rangeOpeners());
    if (g.qualifierBlockers() != null) {
      g.qualifierBlockers().forEach((phrase, verbs) -> qualifierBlockers.put(phrase, words(verbs)));
    }
    if (g.additions() != null) {
      g.additions().forEach(w -> additions.put(w, Boolean.TRUE));
    }
    numberJoiners = words(g.numberJoiners());
    fractionFollowers = words(g.fractionFollowers());
    symbolScales = words(g.symbolScales());
    vagueJoiners = words(g.vagueJoiners());
    numbers = Map.copyOf(raw.numbers());
    scales = Map.copyOf(raw.scales());
    pluralScales = Map.copyOf(raw.pluralScales());
    Set<String> withScale = Set.copyOf(raw.vagueWithScale());
    raw.vague()
        .forEach((k, v) -> vague.put(k, new Vague(v.get(0), v.get(1), withScale.contains(k))));
    raw.fractions().forEach(fractions::put);
    raw.qualifiers().forEach((k, v) -> qualifiers.put(k, qualifier(k, v)));
    raw.suffixes().forEach((k, v) -> suffixes.put(k, qualifier(k, v)));
    raw.measures().forEach((k, v) -> measures.put(k, measure(k, v)));
    currencySigns = new WordSet(raw.currencySigns());
    if (raw.signs() != null) {
      raw.signs().forEach((k, v) -> signs.put(k, measure(k, v)));
    }
    signStarts = new WordSet(signs.firstWords());
    Map<Dimension, Set<String>> units = new java.util.EnumMap<>(Dimension.class);
    org.humfig.text.Tokenizer tokenizer = new org.humfig.text.Tokenizer();
    raw.measures()
        .forEach(
            (k, v) ->
                units
                    .computeIfAbsent(
                        Vocabulary.parse(Dimension.class, v.dimension()).orElseThrow(),
                        d -> new java.util.HashSet<>())
                    .add(tokenizer.tokenize(k).get(0).norm()));
    Map<Dimension, WordSet> starting = new java.util.EnumMap<>(Dimension.class);
    units.forEach((d, words) -> starting.put(d, new WordSet(words)));
    unitStarts = java.util.Collections.unmodifiableMap(starting);
    fractionStarts = new WordSet(fractions.firstWords());
    Set<String> first = new java.util.HashSet<>(qualifiers.firstWords());
    first.addAll(raw.currencySigns());
    first.addAll(signs.firstWords());
    first.addAll(listed(g.between()));
    first.addAll(vague.firstWords());
    first.addAll(fractions.firstWords());
    first.addAll(listed(g.half()));
    first.addAll(listed(g.indefinite()));
    first.addAll(numbers.keySet());
    starts = new WordSet(first);
  }

  private Measure measure(String phrase, RawMeasure raw) {
    return new Measure(
        Vocabulary.parse(Dimension.class, raw.dimension())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        resource
                            + ": phrase '"
                            + phrase
                            + "': unknown dimension '"
                            + raw.dimension()
                            + "'")),
        raw.factor() == null ? 1.0 : raw.factor());
  }

  private static List<String> listed(List<String> words) {
    return words == null ? List.of() : words;
  }

  private char mark(String mark, String name) {
    if (mark == null || mark.length() != 1) {
      throw new IllegalStateException(resource + ": digits." + name + " must be one character");
    }
    return mark.charAt(0);
  }

  private static WordSet words(List<String> words) {
    return new WordSet(words == null ? List.of() : words);
  }

  private Qualifier qualifier(String phrase, String id) {
    return Vocabulary.parse(Qualifier.class, id)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    resource + ": phrase '" + phrase + "': unknown qualifier '" + id + "'"));
  }

  /** Returns the number words ("one", "twenty"), which a glued word must not be split into. */
  public Set<String> numberWords() {
    return numbers.keySet();
  }

  /** Returns every single word the lexicon knows (number words, scales, qualifiers, units). */
  public Set<String> words() {
    Set<String> words = new java.util.HashSet<>(numbers.keySet());
    words.addAll(scales.keySet());
    words.addAll(pluralScales.keySet());
    for (PhraseTable<?> t : List.of(vague, fractions, qualifiers, suffixes, measures)) {
      words.addAll(t.firstWords());
    }
    words.removeIf(w -> w.length() < 3 || !w.chars().allMatch(Character::isLetter));
    return words;
  }

  /** Returns the English lexicon bundled with humfig. */
  public static QuantityLexicon english() {
    return of("en");
  }

  /** The lexicons of the bundled packs read so far, by language. */
  private static final Map<String, QuantityLexicon> READ =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Returns the lexicon of the bundled language pack {@code language} ("en", "fr"), read once a
   * process.
   */
  public static QuantityLexicon of(String language) {
    return READ.computeIfAbsent(
        language,
        l -> {
          String resource = "/lexicon/" + l + "/quantity.yaml";
          return new QuantityLexicon(Resource.yaml(resource, Raw.class), resource);
        });
  }

  private record RawMeasure(String dimension, Double factor) {}

  private record Digits(String decimal, String group) {}

  private record Grammar(
      List<String> indefinite,
      List<String> person,
      List<String> counted,
      List<String> half,
      @JsonProperty("and_half") List<String> andHalf,
      List<String> members,
      List<String> between,
      @JsonProperty("between_joiners") List<String> betweenJoiners,
      @JsonProperty("range_joiners") List<String> rangeJoiners,
      @JsonProperty("range_blockers") List<String> rangeBlockers,
      @JsonProperty("range_openers") List<String> rangeOpeners,
      @JsonProperty("qualifier_blockers") Map<String, List<String>> qualifierBlockers,
      @JsonProperty("number_joiners") List<String> numberJoiners,
      @JsonProperty("fraction_followers") List<String> fractionFollowers,
      @JsonProperty("symbol_scales") List<String> symbolScales,
      @JsonProperty("vague_joiners") List<String> vagueJoiners,
      @JsonProperty("ratio_joiners") List<String> ratioJoiners,
      List<String> additions) {}

  private record Raw(
      Map<String, Double> numbers,
      Map<String, Double> scales,
      @JsonProperty("plural_scales") Map<String, Double> pluralScales,
      Map<String, List<Double>> vague,
      @JsonProperty("vague_with_scale") List<String> vagueWithScale,
      Map<String, Double> fractions,
      Map<String, String> qualifiers,
      Map<String, String> suffixes,
      Map<String, RawMeasure> measures,
      @JsonProperty("currency_signs") List<String> currencySigns,
      Map<String, RawMeasure> signs,
      Digits digits,
      Grammar grammar) {}
}
