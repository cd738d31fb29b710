package org.humfig.time;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.humfig.model.DatePrecision;
import org.humfig.model.Vocabulary;
import org.humfig.text.PhraseTable;
import org.humfig.text.Resource;
import org.humfig.text.WordMap;
import org.humfig.text.WordSet;

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
    LAST_YEAR,
    WEEKEND
  }

  /** A fixed phrase such as "yesterday" or "earlier this week". */
  record Phrase(int offset, int endOffset, Anchor anchor, DatePrecision precision) {}

  final WordMap<Integer> months;
  final WordMap<Integer> weekdays;
  final WordSet dayParts;
  final WordMap<Integer> counts;
  final PhraseTable<Phrase> phrases = new PhraseTable<>();
  final PhraseTable<Boolean> spans = new PhraseTable<>();
  final WordMap<Integer> spanUnits;
  final WordSet yearPrepositions;

  /** Words of an event a bare year names before them: "a 2015 earthquake". */
  final WordSet yearEvents;

  /**
   * Words of a report that a bare year before them dates: "a 2016 UN report", "the 2010 census".
   */
  final WordSet yearReports;

  /** Words after such an event that make the number before it a count: "2000 flood victims". */
  final WordSet eventPeople;

  final WordSet weekdayModifiers;
  final WordSet weekdayPrevious;
  final WordSet since;
  final WordSet rangeOpeners;
  final WordSet rangeJoiners;
  final WordSet spanPrepositions;
  final WordSet ordinalSuffixes;
  final WordSet dayJoiners;
  final PhraseTable<Boolean> datelineWords = new PhraseTable<>();
  final PhraseTable<Boolean> asOf = new PhraseTable<>();
  final PhraseTable<Boolean> ongoing = new PhraseTable<>();
  final boolean capitalizedMonths;
  final WordSet ago;

  /** Phrases before a day that end a period of so many days on it: "the week to". */
  final PhraseTable<Integer> endings = new PhraseTable<>();

  /** Words after a count and a unit that count from another day, and which way: "a day after". */
  final WordMap<Integer> shifts;

  /** Plural span units a shift reads without a count, and the least and most days they span. */
  final WordMap<int[]> vagueShifts;

  /** Words before such a unit that count no number of it: "a [few] weeks after". */
  final WordSet vagueCounts;

  /**
   * Words before a shift without a count that make it a period, not a shift: "[the] weeks after".
   */
  final WordSet shiftBlockers;

  final PhraseTable<Integer> monthYears = new PhraseTable<>();
  final WordSet sinceEvents;
  final WordSet comparisons;
  final PhraseTable<Boolean> sinceStarts = new PhraseTable<>();
  final WordSet mid;
  final Map<String, int[]> joinedParts = new java.util.HashMap<>();
  final boolean numericDayFirst;
  final PhraseTable<Boolean> monthModifiers = new PhraseTable<>();
  final PhraseTable<int[]> yearParts = new PhraseTable<>();

  /**
   * The words a time expression can start with: "since", a range's opener, a month, a relative
   * phrase's or a span's first word, a span's preposition, a weekday and its modifier, the count of
   * "two weeks ago". A token outside them that is no number and has no hyphen ("mid-May") starts no
   * time expression.
   */
  final WordSet starts;

  /**
   * Every word of three letters or more in the phrases above, lower case: "weekend", "overnight".
   */
  final java.util.Set<String> words;

  private TimeLexicon(Raw raw, String resource) {
    this.resource = resource;
    months = new WordMap<>(raw.months());
    weekdays = new WordMap<>(raw.weekdays());
    dayParts = new WordSet(raw.dayParts());
    counts = new WordMap<>(raw.counts());
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
    spanUnits = new WordMap<>(raw.spanUnits());
    yearPrepositions = new WordSet(raw.yearPrepositions());
    yearEvents = new WordSet(orEmpty(raw.yearEvents()));
    yearReports = new WordSet(orEmpty(raw.yearReports()));
    eventPeople = new WordSet(orEmpty(raw.eventPeople()));
    weekdayModifiers = new WordSet(raw.weekdayModifiers());
    weekdayPrevious = new WordSet(raw.weekdayPrevious());
    since = new WordSet(raw.since());
    rangeOpeners = new WordSet(raw.rangeOpeners());
    rangeJoiners = new WordSet(raw.rangeJoiners());
    spanPrepositions = new WordSet(raw.spanPrepositions());
    ordinalSuffixes = new WordSet(raw.ordinalSuffixes());
    dayJoiners = new WordSet(raw.dayJoiners() == null ? List.of() : raw.dayJoiners());
    raw.datelineWords().forEach(w -> datelineWords.put(w, Boolean.TRUE));
    raw.asOf().forEach(w -> asOf.put(w, Boolean.TRUE));
    raw.ongoing().forEach(w -> ongoing.put(w, Boolean.TRUE));
    capitalizedMonths = raw.capitalizedMonths() == null || raw.capitalizedMonths();
    ago = new WordSet(orEmpty(raw.ago()));
    if (raw.endings() != null) {
      raw.endings().forEach(endings::put);
    }
    shifts = new WordMap<>(raw.shifts() == null ? Map.of() : raw.shifts());
    Map<String, int[]> vague = new java.util.HashMap<>();
    if (raw.vagueShifts() != null) {
      raw.vagueShifts()
          .forEach(
              (k, v) -> {
                if (v.size() != 2 || v.get(0) < 1 || v.get(0) > v.get(1)) {
                  throw new IllegalStateException(
                      resource + ": vague shift '" + k + "' needs a least and a most day count");
                }
                vague.put(k, new int[] {v.get(0), v.get(1)});
              });
    }
    vagueShifts = new WordMap<>(vague);
    vagueCounts = new WordSet(orEmpty(raw.vagueCounts()));
    shiftBlockers = new WordSet(orEmpty(raw.shiftBlockers()));
    if (raw.monthYears() != null) {
      raw.monthYears().forEach(monthYears::put);
    }
    sinceEvents = new WordSet(orEmpty(raw.sinceEvents()));
    comparisons = new WordSet(orEmpty(raw.comparisons()));
    orEmpty(raw.sinceStarts()).forEach(w -> sinceStarts.put(w, Boolean.TRUE));
    mid = new WordSet(orEmpty(raw.mid()));
    if (raw.joinedParts() != null) {
      raw.joinedParts()
          .forEach(
              (w, b) ->
                  joinedParts.put(
                      w.toLowerCase(java.util.Locale.ROOT),
                      b.stream().mapToInt(Integer::intValue).toArray()));
    }
    numericDayFirst = raw.numericDayFirst() == null || raw.numericDayFirst();
    orEmpty(raw.monthModifiers()).forEach(w -> monthModifiers.put(w, Boolean.TRUE));
    if (raw.yearParts() != null) {
      raw.yearParts()
          .forEach(
              (k, v) -> {
                if (v.size() != 2 || v.get(0) < 1 || v.get(1) > 12 || v.get(0) > v.get(1)) {
                  throw new IllegalStateException(
                      resource + ": year part '" + k + "' needs a first and a last month");
                }
                yearParts.put(k, new int[] {v.get(0), v.get(1)});
              });
    }
    java.util.Set<String> first = new java.util.HashSet<>(raw.since());
    first.addAll(raw.rangeOpeners());
    first.addAll(raw.months().keySet());
    first.addAll(phrases.firstWords());
    first.addAll(raw.spanPrepositions());
    first.addAll(spans.firstWords());
    first.addAll(raw.weekdayModifiers());
    first.addAll(raw.weekdays().keySet());
    first.addAll(raw.counts().keySet());
    first.addAll(yearParts.firstWords());
    first.addAll(endings.firstWords());
    first.addAll(vague.keySet());
    first.addAll(orEmpty(raw.vagueCounts()));
    starts = new WordSet(first);
    java.util.List<String> all = new java.util.ArrayList<>(first);
    all.addAll(raw.phrases().keySet());
    all.addAll(raw.dayParts());
    all.addAll(raw.spanUnits().keySet());
    all.addAll(orEmpty(raw.ago()));
    if (raw.shifts() != null) {
      all.addAll(raw.shifts().keySet());
    }
    if (raw.endings() != null) {
      all.addAll(raw.endings().keySet());
    }
    all.addAll(raw.asOf());
    all.addAll(raw.ongoing());
    all.addAll(orEmpty(raw.sinceEvents()));
    all.addAll(orEmpty(raw.sinceStarts()));
    all.addAll(orEmpty(raw.mid()));
    java.util.Set<String> w = new java.util.HashSet<>();
    for (String phrase : all) {
      for (String word : phrase.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
        if (word.length() >= 3) {
          w.add(word);
        }
      }
    }
    words = java.util.Set.copyOf(w);
  }

  private static List<String> orEmpty(List<String> words) {
    return words == null ? List.of() : words;
  }

  static TimeLexicon english() {
    return of("en");
  }

  /** The date words of the bundled packs read so far, by language. */
  private static final Map<String, TimeLexicon> READ =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Returns the date words of the bundled language pack {@code language}, read once a process. */
  static TimeLexicon of(String language) {
    return READ.computeIfAbsent(
        language,
        l -> {
          String resource = org.humfig.text.Packs.of(l).resource("time.yaml");
          return new TimeLexicon(Resource.yaml(resource, Raw.class), resource);
        });
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
      @JsonProperty("year_events") List<String> yearEvents,
      @JsonProperty("year_reports") List<String> yearReports,
      @JsonProperty("event_people") List<String> eventPeople,
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
      @JsonProperty("capitalized_months") Boolean capitalizedMonths,
      List<String> ago,
      Map<String, Integer> endings,
      Map<String, Integer> shifts,
      @JsonProperty("vague_shifts") Map<String, List<Integer>> vagueShifts,
      @JsonProperty("vague_counts") List<String> vagueCounts,
      @JsonProperty("shift_blockers") List<String> shiftBlockers,
      @JsonProperty("month_years") Map<String, Integer> monthYears,
      @JsonProperty("since_events") List<String> sinceEvents,
      @JsonProperty("since_starts") List<String> sinceStarts,
      List<String> comparisons,
      List<String> mid,
      @JsonProperty("joined_parts") Map<String, List<Integer>> joinedParts,
      @JsonProperty("numeric_day_first") Boolean numericDayFirst,
      @JsonProperty("month_modifiers") List<String> monthModifiers,
      @JsonProperty("year_parts") Map<String, List<Integer>> yearParts) {}
}
