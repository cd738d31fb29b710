package org.humfig.time;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.humfig.model.DatePrecision;
import org.humfig.model.Vocabulary;
import org.humfig.text.PhraseTable;
import org.humfig.text.Resource;

/**
 * The words English news uses for dates, read from {@code lexicon/en/time.yaml}. Immutable after
 * loading.
 */
final class TimeLexicon {

  private final String resource;

  /** Where a fixed phrase's period starts and ends. */
  enum Anchor {
    NONE,
    WEEK,
    LAST_WEEK,
    MONTH,
    LAST_MONTH,
    YEAR,
    LAST_YEAR
  }

  /** A fixed phrase such as "yesterday" or "earlier this week". */
  record Phrase(int offset, int endOffset, Anchor anchor, DatePrecision precision) {}

  final Map<String, Integer> months;
  final Map<String, Integer> weekdays;
  final Set<String> dayParts;
  final Map<String, Integer> counts;
  final PhraseTable<Phrase> phrases = new PhraseTable<>();
  final PhraseTable<Boolean> spans = new PhraseTable<>();
  final Map<String, Integer> spanUnits;
  final Set<String> yearPrepositions;
  final Set<String> weekdayModifiers;
  final Set<String> weekdayPrevious;
  final Set<String> since;
  final Set<String> rangeOpeners;
  final Set<String> rangeJoiners;
  final Set<String> spanPrepositions;
  final Set<String> ordinalSuffixes;
  final Set<String> dayJoiners;
  final PhraseTable<Boolean> datelineWords = new PhraseTable<>();
  final PhraseTable<Boolean> asOf = new PhraseTable<>();
  final PhraseTable<Boolean> ongoing = new PhraseTable<>();
  final boolean capitalizedMonths;

  private TimeLexicon(Raw raw, String resource) {
    this.resource = resource;
    months = Map.copyOf(raw.months());
    weekdays = Map.copyOf(raw.weekdays());
    dayParts = Set.copyOf(raw.dayParts());
    counts = Map.copyOf(raw.counts());
    raw.phrases()
        .forEach(
            (k, v) ->
                phrases.put(
                    k,
                    new Phrase(
                        v.offset() == null ? 0 : v.offset(),
                        v.endOffset() == null ? 0 : v.endOffset(),
                        v.anchor() == null
                            ? Anchor.NONE
                            : Anchor.valueOf(v.anchor().toUpperCase(java.util.Locale.ROOT)),
                        Vocabulary.parse(DatePrecision.class, v.precision())
                            .orElseThrow(
                                () ->
                                    new IllegalStateException(
                                        resource + ": phrase '" + k + "': unknown precision")))));
    raw.spans().forEach(s -> spans.put(s, Boolean.TRUE));
    spanUnits = Map.copyOf(raw.spanUnits());
    yearPrepositions = Set.copyOf(raw.yearPrepositions());
    weekdayModifiers = Set.copyOf(raw.weekdayModifiers());
    weekdayPrevious = Set.copyOf(raw.weekdayPrevious());
    since = Set.copyOf(raw.since());
    rangeOpeners = Set.copyOf(raw.rangeOpeners());
    rangeJoiners = Set.copyOf(raw.rangeJoiners());
    spanPrepositions = Set.copyOf(raw.spanPrepositions());
    ordinalSuffixes = Set.copyOf(raw.ordinalSuffixes());
    dayJoiners = raw.dayJoiners() == null ? Set.of() : Set.copyOf(raw.dayJoiners());
    raw.datelineWords().forEach(w -> datelineWords.put(w, Boolean.TRUE));
    raw.asOf().forEach(w -> asOf.put(w, Boolean.TRUE));
    raw.ongoing().forEach(w -> ongoing.put(w, Boolean.TRUE));
    capitalizedMonths = raw.capitalizedMonths() == null || raw.capitalizedMonths();
  }

  static TimeLexicon english() {
    return of("en");
  }

  /** Returns the date words of the bundled language pack {@code language}. */
  static TimeLexicon of(String language) {
    String resource = org.humfig.text.Packs.of(language).resource("time.yaml");
    return new TimeLexicon(Resource.yaml(resource, Raw.class), resource);
  }

  private record RawPhrase(
      Integer offset,
      @JsonProperty("end_offset") Integer endOffset,
      String anchor,
      String precision) {}

  private record Raw(
      Map<String, Integer> months,
      Map<String, Integer> weekdays,
      @JsonProperty("day_parts") List<String> dayParts,
      Map<String, Integer> counts,
      Map<String, RawPhrase> phrases,
      List<String> spans,
      @JsonProperty("span_units") Map<String, Integer> spanUnits,
      @JsonProperty("year_prepositions") List<String> yearPrepositions,
      @JsonProperty("weekday_modifiers") List<String> weekdayModifiers,
      @JsonProperty("weekday_previous") List<String> weekdayPrevious,
      List<String> since,
      @JsonProperty("range_openers") List<String> rangeOpeners,
      @JsonProperty("range_joiners") List<String> rangeJoiners,
      @JsonProperty("span_prepositions") List<String> spanPrepositions,
      @JsonProperty("ordinal_suffixes") List<String> ordinalSuffixes,
      @JsonProperty("day_joiners") List<String> dayJoiners,
      @JsonProperty("dateline_words") List<String> datelineWords,
      @JsonProperty("as_of") List<String> asOf,
      List<String> ongoing,
      @JsonProperty("capitalized_months") Boolean capitalizedMonths) {}
}
