package org.humfig.quantity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.humfig.model.Qualifier;
import org.humfig.model.Vocabulary;
import org.humfig.text.PhraseTable;
import org.humfig.text.Resource;

/**
 * The words English uses to write numbers, read from {@code lexicon/en/quantity.yaml}: number
 * words, scales, vague amounts, fractions, qualifiers and unit words.
 *
 * <p>Immutable after loading; share one instance between threads.
 */
public final class QuantityLexicon {

  private static final String RESOURCE = "/lexicon/en/quantity.yaml";

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
  final Set<String> currencySigns;

  private QuantityLexicon(Raw raw) {
    numbers = Map.copyOf(raw.numbers());
    scales = Map.copyOf(raw.scales());
    pluralScales = Map.copyOf(raw.pluralScales());
    Set<String> withScale = Set.copyOf(raw.vagueWithScale());
    raw.vague()
        .forEach((k, v) -> vague.put(k, new Vague(v.get(0), v.get(1), withScale.contains(k))));
    raw.fractions().forEach(fractions::put);
    raw.qualifiers().forEach((k, v) -> qualifiers.put(k, qualifier(k, v)));
    raw.suffixes().forEach((k, v) -> suffixes.put(k, qualifier(k, v)));
    raw.measures()
        .forEach(
            (k, v) ->
                measures.put(
                    k,
                    new Measure(
                        Vocabulary.parse(Dimension.class, v.dimension())
                            .orElseThrow(
                                () ->
                                    new IllegalStateException(
                                        RESOURCE + ": unknown dimension '" + v.dimension() + "'")),
                        v.factor() == null ? 1.0 : v.factor())));
    currencySigns = raw.currencySigns().stream().collect(Collectors.toUnmodifiableSet());
  }

  private static Qualifier qualifier(String phrase, String id) {
    return Vocabulary.parse(Qualifier.class, id)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    RESOURCE + ": phrase '" + phrase + "': unknown qualifier '" + id + "'"));
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
    return new QuantityLexicon(Resource.yaml(RESOURCE, Raw.class));
  }

  private record RawMeasure(String dimension, Double factor) {}

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
      @JsonProperty("currency_signs") List<String> currencySigns) {}
}
