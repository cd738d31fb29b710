package org.humfig.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.humfig.model.DatePrecision;
import org.humfig.text.PhraseTable;
import org.humfig.text.Token;

/**
 * Finds time expressions in a token list and places them on the calendar against a reference date,
 * normally the day the document was published.
 *
 * <p>Explicit dates ("Dec. 11, 2016", "26 November", "May 2015", "in 2012"), weekdays ("on Sunday",
 * "late Sunday", "Sunday morning"), fixed phrases ("yesterday", "since midnight", "overnight",
 * "earlier this week"), spans ("in the past two weeks"), "since X" and periods between two days
 * ("between 1 and 10 January 2024", "21 September – 12 October 2018", "1-10 January"). Against a
 * publication date, a weekday or a date without a year is the latest such day on or before it;
 * against a date read from the text itself, a date without a year stays in that date's year, never
 * an earlier one the text does not support. With no reference date, only dates that carry a year
 * are placed; the others are found (so their numbers are not read as figures) but left unplaced.
 * Every word comes from the language's time lexicon. Thread-safe.
 */
public final class DateFinder {

  /**
   * Tokens read between "since" and the verb of the event it dates ("a crackdown in the north
   * began").
   */
  private static final int SINCE_SUBJECT = 10;

  /** Tokens read between that verb and its date ("broke out in the hills on 3 May"). */
  private static final int SINCE_DATE = 10;

  private final TimeLexicon lex;

  /** Returns a finder of English dates. */
  public DateFinder() {
    this("en");
  }

  /** Returns a finder of the dates of the bundled language pack {@code language} ("fr"). */
  public DateFinder(String language) {
    this.lex = TimeLexicon.of(language);
  }

  /** True when {@code t} names a day of the week or a month: "Wednesday", "March". */
  public boolean namesDay(Token t) {
    return lex.weekdays.get(t) != null || lex.months.get(t) != null;
  }

  /** A match while scanning: where it ends and what it names. */
  private record Match(int end, Period period) {}

  /** The day "today" means and whether it was read from the text rather than published. */
  private record Ref(LocalDate day, boolean fromText) {

    /**
     * Returns {@code month} in the reference's year, or in the year before when that would be after
     * the publication date: a date without a year is in the past. Against a date from the text it
     * stays in that date's year.
     */
    YearMonth yearless(int month) {
      YearMonth ym = YearMonth.of(day.getYear(), month);
      return !fromText && ym.isAfter(YearMonth.from(day)) ? ym.minusYears(1) : ym;
    }
  }

  /**
   * Returns the time expressions of {@code tokens}, left to right, none overlapping.
   *
   * @param reference the day the document was published, or null when unknown
   */
  /** True when {@code t} is a verb of an event's start: "began", "erupted", "struck". */
  public boolean eventVerb(Token t) {
    return lex.sinceEvents.contains(t);
  }

  /**
   * Returns the words of three letters or more the date phrases are made of, lower case, so that
   * mending glued words leaves them whole ("weekend" is not "week end").
   */
  public java.util.Set<String> words() {
    return lex.words;
  }

  public List<TimeSpan> find(List<Token> tokens, LocalDate reference) {
    return find(tokens, reference, false);
  }

  /**
   * Returns the time expressions of {@code tokens}, left to right, none overlapping.
   *
   * @param reference the day "today" means, or null when unknown
   * @param fromText true when the reference is the latest date the text gives rather than the
   *     publication date: a date without a year then stays in the reference's year
   */
  public List<TimeSpan> find(List<Token> tokens, LocalDate reference, boolean fromText) {
    return find(tokens, reference, fromText, false);
  }

  /** As {@link #find}, trying every token when {@code every}, else only where one may start. */
  private List<TimeSpan> find(
      List<Token> tokens, LocalDate reference, boolean fromText, boolean every) {
    Ref ref = reference == null ? null : new Ref(reference, fromText);
    List<TimeSpan> spans = new ArrayList<>();
    List<Shift> shifts = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!every && !mayStart(tokens.get(i))) {
        i++; // most words: no time expression starts there
        continue;
      }
      Shift shift = ref == null ? null : shift(tokens, i, spans.size());
      Match m = shift != null ? new Match(shift.end(), Period.UNPLACED) : at(tokens, i, ref);
      if (m != null) {
        spans.add(new TimeSpan(i, m.end(), m.period()));
        if (shift != null) {
          shifts.add(shift);
        }
        i = m.end();
      } else {
        i++;
      }
    }
    if (!shifts.isEmpty()) {
      shifted(tokens, spans, shifts, ref);
    }
    return ref == null || fromText ? spans : untilReference(spans, ref.day());
  }

  /**
   * A day counted from another day the sentence names: "a day after" at span {@code index} of its
   * sentence, from {@code least} to {@code most} days from that day (one day when they are equal;
   * more for "a month after" or "weeks after", which name no day).
   */
  private record Shift(int index, int end, int least, int most) {}

  /** The longest span unit a shift counts in exactly: "a week after", not "a month after". */
  private static final int MAX_SHIFT_UNIT = 14;

  /** The longest span unit a shift counts in at all: "a year after", not "a decade after". */
  private static final int MAX_UNIT = 365;

  /**
   * The days before the reference that the day a shift counts from may lie, when the sentence names
   * none: "The attack came a week after 20 were killed" reports an attack of the last few days.
   */
  private static final int UNNAMED_ANCHOR_DAYS = 3;

  /**
   * "a day after", "two days later", "a week before", "weeks after" at token {@code i}, or null.
   */
  private Shift shift(List<Token> tokens, int i, int index) {
    Shift vague = vagueShift(tokens, i, index);
    if (vague != null || i + 2 >= tokens.size()) {
      return vague;
    }
    Integer count = count(tokens.get(i));
    Integer unit = lex.spanUnits.get(tokens.get(i + 1));
    Integer sign = lex.shifts.get(tokens.get(i + 2));
    if (count == null || unit == null || sign == null || unit > MAX_UNIT) {
      return null;
    }
    int days = sign * count * unit;
    // "a month after" names a day only to within some days, "a year after" to within a month
    int spread = unit <= MAX_SHIFT_UNIT ? 0 : count * Math.min(unit / 3, 30);
    return new Shift(index, i + 3, days - spread, days + spread);
  }

  /**
   * "weeks after", "a few days after", "just months after" at token {@code i}: a plural unit
   * without a count, which counts as many days as the unit's least to most, or null; not "in the
   * weeks after", a period after that day.
   */
  private Shift vagueShift(List<Token> tokens, int i, int index) {
    int k = lex.vagueCounts.contains(tokens.get(i)) ? i + 1 : i;
    if (k + 1 >= tokens.size()) {
      return null;
    }
    int[] days = lex.vagueShifts.get(tokens.get(k));
    Integer sign = lex.shifts.get(tokens.get(k + 1));
    if (days == null || sign == null) {
      return null;
    }
    int before = i - 1;
    if (k > i && before >= 0 && lex.counts.get(tokens.get(before)) != null) {
      before--; // "in the [a] few days after"
    }
    if (before >= 0 && lex.shiftBlockers.contains(tokens.get(before))) {
      return null;
    }
    int a = sign * days[0];
    int b = sign * days[1];
    return new Shift(index, k + 2, Math.min(a, b), Math.max(a, b));
  }

  /**
   * The days {@code shift} counts from {@code anchor}, the anchor itself up to {@code slack} days
   * earlier.
   */
  private static Period shifted(LocalDate anchor, Shift shift, int slack) {
    int width = shift.most() - shift.least() + slack;
    DatePrecision precision =
        width == 0 ? DatePrecision.DAY : width <= 14 ? DatePrecision.WEEK : DatePrecision.MONTH;
    return new Period(
        anchor.plusDays(shift.least() - slack), anchor.plusDays(shift.most()), precision);
  }

  /**
   * Places each shift from the nearest day the sentence names before it, else after it ("Two more
   * died on Tuesday, a day after 14 were killed": the 14 on Monday). With no such day, a shift that
   * is also a fixed phrase ("a day earlier") counts from the reference; one back in time before the
   * figure it dates ("The attack came a week after 20 were killed") counts from the last few days
   * before the reference, when the story's events fall, unless the sentence names another time; any
   * other names no time.
   */
  private void shifted(List<Token> tokens, List<TimeSpan> spans, List<Shift> shifts, Ref ref) {
    java.util.Set<Integer> shiftAt = new java.util.HashSet<>();
    shifts.forEach(s -> shiftAt.add(s.index()));
    java.util.Map<Integer, Period> placed = new java.util.HashMap<>();
    for (Shift s : shifts) {
      if (aside(tokens, s.end())) {
        continue; // "On March 3, a week after the attack, 30 were still in hospital"
      }
      LocalDate anchor = anchor(spans, shiftAt, s.index());
      if (anchor != null) {
        placed.put(s.index(), shifted(anchor, s, 0));
      } else {
        Match phrase = phrase(tokens, spans.get(s.index()).start(), ref);
        if (phrase != null && phrase.end() == s.end()) {
          placed.put(s.index(), phrase.period());
        } else if (s.most() < 0
            && spans.size() == shifts.size()
            && s.end() < tokens.size()
            && !tokens.get(s.end()).is(".")) {
          // not "A week after a 2018 brawl left one man dead, ...": the year dates the death
          placed.put(s.index(), shifted(ref.day(), s, UNNAMED_ANCHOR_DAYS));
        }
      }
    }
    for (int n = spans.size() - 1; n >= 0; n--) {
      if (!shiftAt.contains(n)) {
        continue;
      }
      TimeSpan t = spans.get(n);
      Period p = placed.get(n);
      if (p == null) {
        spans.remove(n);
      } else {
        spans.set(n, new TimeSpan(t.start(), t.end(), p));
      }
    }
  }

  /**
   * True when no number follows a shift in its clause, from token {@code k} to a comma or the end
   * of the sentence: the shift dates an event the sentence gives no figure of, in an aside ("On
   * March 3, a week after the attack, 30 were still in hospital") or after the figure ("179 were
   * confirmed dead three days after the quake struck the province, officials said on Wednesday"). A
   * count word of one ("a", "one") is no such number, nor a year. A shift that ends its sentence
   * ("up from 61 a day earlier.") dates what comes before it, and is no aside.
   */
  private boolean aside(List<Token> tokens, int k) {
    if (k >= tokens.size() || tokens.get(k).is(".")) {
      return false;
    }
    for (int j = k; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      Integer c = lex.counts.get(t);
      if ((t.shape() == Token.Shape.NUMBER && !yearLike(t)) || (c != null && c > 1)) {
        return false; // not a year: "a week after a 2018 brawl left one man dead, ..."
      }
      if (t.is(",")) {
        return true;
      }
    }
    return true;
  }

  /** The day of the nearest one-day span before span {@code n}, else after it, but shifts. */
  private static LocalDate anchor(List<TimeSpan> spans, java.util.Set<Integer> shiftAt, int n) {
    for (int d = 1; d < spans.size(); d++) {
      for (int k : new int[] {n - d, n + d}) {
        if (k >= 0 && k < spans.size() && !shiftAt.contains(k)) {
          Period p = spans.get(k).period();
          if (p.placed() && p.start().equals(p.end())) {
            return p.start();
          }
        }
      }
    }
    return null;
  }

  /**
   * The spans with every period that starts by the publication day cut there: figures are reported
   * up to the day of the report, so "between January and March" said on 14 March ends on the 14th.
   */
  private static List<TimeSpan> untilReference(List<TimeSpan> spans, LocalDate day) {
    List<TimeSpan> out = new ArrayList<>(spans.size());
    for (TimeSpan t : spans) {
      Period p = t.period();
      out.add(
          p.placed() && p.end().isAfter(day) && !p.start().isAfter(day)
              ? new TimeSpan(t.start(), t.end(), new Period(p.start(), day, p.precision()))
              : t);
    }
    return out;
  }

  /**
   * Returns the time expression starting at the first token of {@code tokens}, or null: what {@link
   * #find} would return first when it starts there, without reading the rest.
   */
  public TimeSpan first(List<Token> tokens, LocalDate reference) {
    if (tokens.isEmpty()) {
      return null;
    }
    Match m = at(tokens, 0, reference == null ? null : new Ref(reference, false));
    return m == null ? null : new TimeSpan(0, m.end(), m.period());
  }

  /**
   * Returns the end of a word that marks a line as the page's own date ("Published:", "Updated:")
   * starting at {@code i}, or -1.
   */
  public int datelineWordAt(List<Token> tokens, int i) {
    PhraseTable.Hit<Boolean> hit = lex.datelineWords.longestAt(tokens, i);
    return hit == null ? -1 : hit.end();
  }

  /** Returns true when an "as of" phrase ends just before token {@code end}. */
  public boolean asOfBefore(List<Token> tokens, int end) {
    return !lex.asOf.endingAt(tokens, end).isEmpty();
  }

  /** How far before a "since" a superlative makes its time a comparison. */
  private static final int MAX_COMPARISON = 10;

  /** How many words may stand between a comparison's "since" and its time: "since Katrina in". */
  private static final int MAX_SINCE_GAP = 4;

  /**
   * Returns {@code times} without the times a superlative is measured against, which date no
   * figure: "the worst floods since 1998", "the deadliest storm to hit the country since Katrina in
   * 2005". Such a time follows a "since" at most {@link #MAX_SINCE_GAP} words before it (or is
   * opened by it), and a word of class {@code comparisons} stands at most {@link #MAX_COMPARISON}
   * words before that "since", with no number, other "since" or punctuation but hyphens between.
   */
  public List<TimeSpan> datable(List<Token> tokens, List<TimeSpan> times) {
    List<TimeSpan> out = null;
    for (int n = 0; n < times.size(); n++) {
      TimeSpan t = times.get(n);
      if (comparison(tokens, t.start())) {
        if (out == null) {
          out = new ArrayList<>(times.subList(0, n));
        }
      } else if (out != null) {
        out.add(t);
      }
    }
    return out == null ? times : out;
  }

  private boolean comparison(List<Token> tokens, int start) {
    int since = -1;
    for (int k = start; k >= 0 && start - k <= MAX_SINCE_GAP; k--) {
      if (lex.since.contains(tokens.get(k))) {
        since = k;
        break;
      }
    }
    if (since < 0) {
      return false;
    }
    for (int k = since - 1; k >= 0 && since - k <= MAX_COMPARISON; k--) {
      Token t = tokens.get(k);
      if (lex.comparisons.contains(t)) {
        return true;
      }
      if ((t.shape() == Token.Shape.PUNCT && !t.is("-"))
          || t.shape() == Token.Shape.NUMBER
          || lex.since.contains(t)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Returns true when tokens [from, to) hold a word that makes a figure a state or running total at
   * the time of the report ("have died", "remain displaced", "the toll", "so far").
   */
  public boolean ongoing(List<Token> tokens, int from, int to) {
    for (int k = Math.max(0, from); k < Math.min(to, tokens.size()); k++) {
      if (lex.ongoing.mayStartWith(tokens.get(k)) && lex.ongoing.longestAt(tokens, k) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a time expression may start at {@code t}: a number, a word of {@link
   * TimeLexicon#starts}, a hyphenated word ("mid-May", "January-March") or an ordinal day ("26th").
   * Every form {@link #at} reads starts so; false means it finds nothing there.
   */
  private boolean mayStart(Token t) {
    return t.shape() == Token.Shape.NUMBER
        || lex.starts.contains(t)
        || t.norm().indexOf('-') > 0
        || Character.isDigit(t.norm().charAt(0));
  }

  /** As {@link #find}, trying every token: what the words passed over must not change. */
  List<TimeSpan> findTryingEvery(List<Token> tokens, LocalDate reference, boolean fromText) {
    return find(tokens, reference, fromText, true);
  }

  private Match at(List<Token> tokens, int i, Ref ref) {
    if (lex.since.contains(tokens.get(i))) {
      Match inner = since(tokens, i + 1, ref);
      if (inner != null) {
        Period p = inner.period();
        return new Match(
            inner.end(),
            p.placed() && ref != null
                ? new Period(p.start(), ref.day(), p.precision())
                : Period.UNPLACED);
      }
    }
    Match range = range(tokens, i, ref);
    if (range != null) {
      return range;
    }
    Match ending = ending(tokens, i, ref);
    if (ending != null) {
      return ending;
    }
    Match phrase = phrase(tokens, i, ref);
    if (phrase != null) {
      return phrase;
    }
    Match span = span(tokens, i, ref);
    if (span != null) {
      return span;
    }
    Match ago = ago(tokens, i, ref);
    if (ago != null) {
      return ago;
    }
    return date(tokens, i, ref);
  }

  /**
   * "the week to March 10", "the week ending 10 March": the days of that length up to a day; or
   * null.
   */
  private Match ending(List<Token> tokens, int i, Ref ref) {
    PhraseTable.Hit<Integer> hit = lex.endings.longestAt(tokens, i);
    if (hit == null || hit.end() >= tokens.size()) {
      return null;
    }
    Match day = date(tokens, hit.end(), ref);
    if (day == null) {
      return null;
    }
    Period p = day.period();
    if (!p.placed() || !p.start().equals(p.end())) {
      return new Match(day.end(), p.placed() ? p : Period.UNPLACED);
    }
    return new Match(
        day.end(), new Period(p.end().minusDays(hit.value() - 1L), p.end(), DatePrecision.WEEK));
  }

  /**
   * What "since" starts from, from token {@code k}: a date or phrase ("since July", "since last
   * week"), the start of one ("since the beginning of 2016"), or the date an event began ("since
   * the war began in 2011", "since fighting erupted in April").
   */
  private Match since(List<Token> tokens, int k, Ref ref) {
    if (k >= tokens.size()) {
      return null;
    }
    Match m = sinceDate(tokens, k, ref);
    if (m != null) {
      return m;
    }
    PhraseTable.Hit<Boolean> start = lex.sinceStarts.longestAt(tokens, k);
    if (start != null) {
      m = sinceDate(tokens, start.end(), ref);
      // "since the start of the long rains in March": the date of what started
      return m != null ? m : dateAfter(tokens, start.end(), ref);
    }
    for (int j = k; j < Math.min(tokens.size(), k + SINCE_SUBJECT); j++) {
      Token t = tokens.get(j);
      if (t.shape() == Token.Shape.NUMBER) {
        return j == k + 1 ? year(tokens, j) : null; // "since the 2015 earthquake"
      }
      if (t.shape() == Token.Shape.PUNCT) {
        return null;
      }
      if (lex.sinceEvents.contains(t)) {
        return dateAfter(tokens, j + 1, ref);
      }
    }
    return null;
  }

  /** The first date within {@link #SINCE_DATE} tokens from {@code k} before a punctuation mark. */
  private Match dateAfter(List<Token> tokens, int k, Ref ref) {
    for (int d = k; d < Math.min(tokens.size(), k + SINCE_DATE); d++) {
      if (tokens.get(d).shape() == Token.Shape.PUNCT) {
        return null;
      }
      Match m = sinceDate(tokens, d, ref);
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  /** A date, fixed phrase or "N days ago" at {@code k}. */
  private Match sinceDate(List<Token> tokens, int k, Ref ref) {
    if (k >= tokens.size()) {
      return null;
    }
    Match m = date(tokens, k, ref);
    if (m == null) {
      m = phrase(tokens, k, ref);
    }
    if (m == null) {
      m = ago(tokens, k, ref);
    }
    return m;
  }

  /**
   * "two days ago", "a week ago": the day that many days back, or the week, month or year it falls
   * in for those units.
   */
  private Match ago(List<Token> tokens, int i, Ref ref) {
    if (i + 2 >= tokens.size() || !lex.ago.contains(tokens.get(i + 2))) {
      return null;
    }
    Integer count = count(tokens.get(i));
    Integer unit = lex.spanUnits.get(tokens.get(i + 1));
    if (count == null || unit == null) {
      return null;
    }
    if (ref == null) {
      return new Match(i + 3, Period.UNPLACED);
    }
    LocalDate d = ref.day().minusDays((long) unit * count);
    Period p;
    if (unit == 1) {
      p = Period.day(d);
    } else if (unit <= 14) {
      LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      p = new Period(monday, monday.plusDays(6), DatePrecision.WEEK);
    } else if (unit <= 31) {
      p = monthPeriod(YearMonth.from(d));
    } else {
      p =
          new Period(
              d.withDayOfYear(1), d.with(TemporalAdjusters.lastDayOfYear()), DatePrecision.YEAR);
    }
    return new Match(i + 3, p);
  }

  /**
   * A period between two days: "between 1 and 10 January 2024", "from 21 September to 12 October
   * 2018", "21 September – 12 October 2018", "1-10 January 2024", "between 1 January and 10 March".
   * The first day takes the month and year of the second when it names none.
   */
  private Match range(List<Token> tokens, int i, Ref ref) {
    int k = i;
    boolean opened = lex.rangeOpeners.contains(tokens.get(k));
    if (opened) {
      k++;
    }
    if (k >= tokens.size()) {
      return null;
    }
    if (opened) {
      Match months = months(tokens, k, ref);
      if (months != null) {
        return months;
      }
      Match years = years(tokens, k);
      if (years != null) {
        return years;
      }
    }
    Match weekdays = weekdays(tokens, k, ref);
    if (weekdays != null) {
      return weekdays;
    }
    int[] joined = dayRange(tokens.get(k).norm());
    if (joined != null) {
      return joinedRange(tokens, k + 1, joined[0], joined[1], ref);
    }
    Integer day = day(tokens, k);
    Integer month = null;
    Integer year = null;
    int j;
    if (day != null) {
      j = k + 1;
      month = month(tokens, j);
      if (month != null) {
        j = skipDot(tokens, j + 1);
        year = j < tokens.size() ? year(tokens.get(j)) : null;
        if (year != null) {
          j++;
        }
      }
    } else {
      month = month(tokens, k);
      if (month == null) {
        return null;
      }
      j = skipDot(tokens, k + 1);
      day = day(tokens, j);
      if (day == null) {
        return null;
      }
      j++;
    }
    if (j >= tokens.size() || !lex.rangeJoiners.contains(tokens.get(j))) {
      return null;
    }
    Match second = monthFirst(tokens, j + 1, ref);
    if (second == null) {
      second = dayFirst(tokens, j + 1, ref);
    }
    if (second == null && month != null && day(tokens, j + 1) != null) {
      // "from March 3 to 9, 2016": the second day takes the first's month
      second = dayOnly(tokens, j + 1, month, ref);
    }
    if (second == null || !second.period().placed()) {
      return second == null ? null : new Match(second.end(), Period.UNPLACED);
    }
    LocalDate end = second.period().end();
    int m = month == null ? end.getMonthValue() : month;
    int y = year != null ? year : (m > end.getMonthValue() ? end.getYear() - 1 : end.getYear());
    LocalDate start = safeDate(y, m, day);
    if (start == null || start.isAfter(end)) {
      return null;
    }
    return new Match(second.end(), new Period(start, end, DatePrecision.DAY));
  }

  /**
   * "between January and March", "from March to May 2018", "between late February and early April":
   * the months from one to the other, the first in the second's year unless it comes after it.
   */
  private Match months(List<Token> tokens, int k, Ref ref) {
    int a = skipMonthModifier(tokens, k);
    Integer from = month(tokens, a);
    if (from == null) {
      return null;
    }
    int j = a + 1;
    Integer fromYear = j < tokens.size() ? year(tokens.get(j)) : null;
    if (fromYear != null) {
      j++;
    }
    if (j >= tokens.size() || !lex.rangeJoiners.contains(tokens.get(j))) {
      return null;
    }
    int b = skipMonthModifier(tokens, j + 1);
    Integer to = month(tokens, b);
    if (to == null) {
      return b < tokens.size() ? toPart(tokens, b, from, fromYear, ref) : null;
    }
    return monthSpan(tokens, b + 1, from, fromYear, to, ref);
  }

  /**
   * "between late November 2016 and mid-March": from the month {@code from} to the end of the part
   * of a month written joined at {@code b}, in the year after the first's when it comes before it.
   */
  private Match toPart(List<Token> tokens, int b, int from, Integer fromYear, Ref ref) {
    Match to = mid(tokens, b, ref);
    if (to == null || !to.period().placed()) {
      return to;
    }
    LocalDate last = to.period().end();
    int month = last.getMonthValue();
    int y = fromYear != null ? (month >= from ? fromYear : fromYear + 1) : last.getYear();
    LocalDate end = YearMonth.of(y, month).atDay(last.getDayOfMonth());
    YearMonth first = YearMonth.of(from <= month ? y : y - 1, from);
    return new Match(to.end(), new Period(first.atDay(1), end, DatePrecision.MONTH));
  }

  /** "January-March 2019": two months joined in one token. */
  private Match joinedMonths(List<Token> tokens, int i, Ref ref) {
    String s = tokens.get(i).text();
    int dash = s.indexOf('-');
    if (dash < 1 || dash == s.length() - 1 || !Character.isUpperCase(s.charAt(dash + 1))) {
      return null;
    }
    Integer from = lex.months.get(s.substring(0, dash).toLowerCase(java.util.Locale.ROOT));
    Integer to = lex.months.get(s.substring(dash + 1).toLowerCase(java.util.Locale.ROOT));
    if (from == null || to == null || !Character.isUpperCase(s.charAt(0))) {
      return null;
    }
    return monthSpan(tokens, i + 1, from, null, to, ref);
  }

  /** The months {@code from} to {@code to}, whose year may stand at token {@code k}. */
  private Match monthSpan(List<Token> tokens, int k, int from, Integer fromYear, int to, Ref ref) {
    int end = k;
    int y = end < tokens.size() && tokens.get(end).is(",") ? end + 1 : end;
    Integer year = y < tokens.size() ? year(tokens.get(y)) : null;
    YearMonth last;
    if (year != null) {
      end = y + 1;
      last = YearMonth.of(year, to);
    } else if (fromYear != null) {
      last = YearMonth.of(to >= from ? fromYear : fromYear + 1, to);
    } else if (ref == null) {
      return new Match(end, Period.UNPLACED);
    } else {
      last = ref.yearless(to);
    }
    YearMonth first =
        fromYear != null
            ? YearMonth.of(fromYear, from)
            : YearMonth.of(from <= to ? last.getYear() : last.getYear() - 1, from);
    if (first.isAfter(last)) {
      return null;
    }
    return new Match(end, new Period(first.atDay(1), last.atEndOfMonth(), DatePrecision.MONTH));
  }

  private int skipMonthModifier(List<Token> tokens, int k) {
    PhraseTable.Hit<Boolean> m = k < tokens.size() ? lex.monthModifiers.longestAt(tokens, k) : null;
    return m == null ? k : m.end();
  }

  /**
   * "the first quarter of 2019", "the second half of last year": a part of a year named by a year
   * or a phrase for one.
   */
  private Match yearPart(List<Token> tokens, int i, Ref ref) {
    PhraseTable.Hit<int[]> part = lex.yearParts.longestAt(tokens, i);
    if (part == null || part.end() >= tokens.size()) {
      return null;
    }
    int k = part.end();
    Integer year = year(tokens.get(k));
    int end = k + 1;
    if (year == null) {
      PhraseTable.Hit<Integer> which = lex.monthYears.longestAt(tokens, k);
      if (which == null) {
        return null;
      }
      end = which.end();
      if (ref == null) {
        return new Match(end, Period.UNPLACED);
      }
      year = ref.day().getYear() - which.value();
    }
    int[] months = part.value();
    return new Match(
        end,
        new Period(
            YearMonth.of(year, months[0]).atDay(1),
            YearMonth.of(year, months[1]).atEndOfMonth(),
            DatePrecision.MONTH));
  }

  /** "between 2015 and 2017": the years from one to the other. */
  private Match years(List<Token> tokens, int k) {
    Integer from = year(tokens.get(k));
    if (from == null || k + 2 >= tokens.size() || !lex.rangeJoiners.contains(tokens.get(k + 1))) {
      return null;
    }
    Integer to = year(tokens.get(k + 2));
    if (to == null || to < from) {
      return null;
    }
    return new Match(
        k + 3, new Period(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), DatePrecision.YEAR));
  }

  /** "1-10 January 2024": a joined day range followed by its month. */
  private Match joinedRange(List<Token> tokens, int k, int first, int last, Ref ref) {
    Integer month = month(tokens, k);
    if (month == null) {
      return null;
    }
    int end = skipDot(tokens, k + 1);
    Integer year = end < tokens.size() ? year(tokens.get(end)) : null;
    if (year != null) {
      end++;
    }
    Period to = dayPeriod(year, month, last, ref);
    if (!to.placed()) {
      return new Match(end, Period.UNPLACED);
    }
    LocalDate start = safeDate(to.end().getYear(), month, first);
    return start == null || start.isAfter(to.end())
        ? null
        : new Match(end, new Period(start, to.end(), DatePrecision.DAY));
  }

  /** "March 8-9", "March 8-9, 2024": days of one month, the month written first. */
  private Match monthFirstRange(List<Token> tokens, int k, int month, int[] days, Ref ref) {
    int end = k;
    int y = end < tokens.size() && tokens.get(end).is(",") ? end + 1 : end;
    Integer year = y < tokens.size() ? year(tokens.get(y)) : null;
    if (year != null) {
      end = y + 1;
    }
    Period to = dayPeriod(year, month, days[1], ref);
    if (!to.placed()) {
      return new Match(end, Period.UNPLACED);
    }
    LocalDate start = safeDate(to.end().getYear(), month, days[0]);
    return start == null || start.isAfter(to.end())
        ? null
        : new Match(end, new Period(start, to.end(), DatePrecision.DAY));
  }

  private Match dayOnly(List<Token> tokens, int k, int month, Ref ref) {
    int day = day(tokens, k);
    int end = k + 1;
    int y = end < tokens.size() && tokens.get(end).is(",") ? end + 1 : end;
    Integer year = y < tokens.size() ? year(tokens.get(y)) : null;
    if (year != null) {
      end = y + 1;
    }
    return new Match(end, dayPeriod(year, month, day, ref));
  }

  /** The length of an ISO day, "2024-03-12", which a time may follow: "2024-03-12T10:45:00Z". */
  private static final int ISO_DAY = 10;

  /** A calendar date, month, year or weekday starting at {@code i}. */
  private Match date(List<Token> tokens, int i, Ref ref) {
    if (i >= tokens.size()) {
      return null;
    }
    Token t = tokens.get(i);
    if (t.shape() == Token.Shape.NUMBER && iso(t.norm())) {
      try {
        return new Match(i + 1, Period.day(LocalDate.parse(t.norm().substring(0, ISO_DAY))));
      } catch (DateTimeException e) {
        return null;
      }
    }
    if (t.shape() == Token.Shape.NUMBER) {
      LocalDate d = numeric(t.norm());
      if (d != null) {
        return new Match(i + 1, Period.day(d));
      }
    }
    Match m = monthFirst(tokens, i, ref);
    if (m == null) {
      m = dayFirst(tokens, i, ref);
    }
    if (m == null) {
      m = mid(tokens, i, ref);
    }
    if (m == null) {
      m = joinedMonths(tokens, i, ref);
    }
    if (m == null) {
      m = yearPart(tokens, i, ref);
    }
    if (m == null) {
      m = weekday(tokens, i, ref);
    }
    if (m == null) {
      m = year(tokens, i);
    }
    return m;
  }

  /** "Dec. 11, 2016", "December 11", "May 2015", "in March". */
  private Match monthFirst(List<Token> tokens, int i, Ref ref) {
    Integer month = month(tokens, i);
    if (month == null) {
      return null;
    }
    int k = skipDot(tokens, i + 1);
    Integer day = day(tokens, k);
    if (day != null) {
      return dayOnly(tokens, k, month, ref);
    }
    int[] days = k < tokens.size() ? dayRange(tokens.get(k).norm()) : null;
    if (days != null) {
      return monthFirstRange(tokens, k + 1, month, days, ref);
    }
    int y = k < tokens.size() && tokens.get(k).is(",") ? k + 1 : k;
    Integer year = y < tokens.size() ? year(tokens.get(y)) : null;
    if (year != null) {
      return new Match(y + 1, part(tokens, i, YearMonth.of(year, month)));
    }
    PhraseTable.Hit<Integer> which = lex.monthYears.longestAt(tokens, k);
    if (which != null) {
      return new Match(
          which.end(),
          ref == null
              ? Period.UNPLACED
              : part(tokens, i, YearMonth.of(ref.day().getYear() - which.value(), month)));
    }
    if (i > 0 && lex.yearPrepositions.contains(tokens.get(i - 1))) {
      if (ref == null) {
        return new Match(k, Period.UNPLACED);
      }
      return new Match(k, part(tokens, i, ref.yearless(month)));
    }
    return null;
  }

  /**
   * The month at token {@code i}, or the part of it a word before it names: "in early March" (its
   * 1st to 10th), "late February 2024", as "early-March" written joined.
   */
  private Period part(List<Token> tokens, int i, YearMonth ym) {
    int[] part = i > 0 ? lex.joinedParts.get(tokens.get(i - 1).norm()) : null;
    return part == null
        ? monthPeriod(ym)
        : new Period(
            ym.atDay(part[0]), ym.atDay(Math.min(part[1], ym.lengthOfMonth())), DatePrecision.WEEK);
  }

  /** The days of a month and the months of a year that "mid-" stands for. */
  private static final int[] MID = {11, 20, 4, 9};

  /**
   * "mid-May" (its 11th to 20th), "mid-May 2018", "mid-2018" (April to September), and the other
   * parts of class {@code joined_parts} written joined to a month or year: "end-March" (its 21st to
   * its last day).
   */
  private Match mid(List<Token> tokens, int i, Ref ref) {
    String s = tokens.get(i).text();
    int dash = s.indexOf('-');
    if (dash < 1 || dash == s.length() - 1) {
      return null;
    }
    String prefix = s.substring(0, dash).toLowerCase(java.util.Locale.ROOT);
    int[] part = lex.mid.contains(prefix) ? MID : lex.joinedParts.get(prefix);
    if (part == null) {
      return null;
    }
    String rest = s.substring(dash + 1);
    if (rest.length() == 4 && allDigits(rest)) {
      int y = Integer.parseInt(rest);
      return y < 1800 || y > 2100
          ? null
          : new Match(
              i + 1,
              new Period(
                  LocalDate.of(y, part[2], 1),
                  YearMonth.of(y, part[3]).atEndOfMonth(),
                  DatePrecision.YEAR));
    }
    if (lex.capitalizedMonths && !Character.isUpperCase(rest.charAt(0))) {
      return null;
    }
    Integer month = lex.months.get(rest.toLowerCase(java.util.Locale.ROOT));
    if (month == null) {
      return null;
    }
    int end = skipDot(tokens, i + 1);
    int y = end < tokens.size() && tokens.get(end).is(",") ? end + 1 : end;
    Integer year = y < tokens.size() ? year(tokens.get(y)) : null;
    PhraseTable.Hit<Integer> which = year == null ? lex.monthYears.longestAt(tokens, end) : null;
    YearMonth ym;
    if (year != null) {
      ym = YearMonth.of(year, month);
      end = y + 1;
    } else if (ref == null) {
      return new Match(which == null ? end : which.end(), Period.UNPLACED);
    } else if (which != null) {
      // "mid-April last year"
      ym = YearMonth.of(ref.day().getYear() - which.value(), month);
      end = which.end();
    } else {
      ym = ref.yearless(month);
    }
    return new Match(
        end,
        new Period(
            ym.atDay(part[0]),
            ym.atDay(Math.min(part[1], ym.lengthOfMonth())),
            DatePrecision.WEEK));
  }

  /** "11 December 2016", "26th of November". */
  private Match dayFirst(List<Token> tokens, int i, Ref ref) {
    Integer day = day(tokens, i);
    if (day == null) {
      return null;
    }
    int k = i + 1;
    if (k < tokens.size() && lex.dayJoiners.contains(tokens.get(k))) {
      k++;
    }
    Integer month = month(tokens, k);
    if (month == null) {
      return null;
    }
    int end = skipDot(tokens, k + 1);
    int y = end < tokens.size() && tokens.get(end).is(",") ? end + 1 : end;
    Integer year = y < tokens.size() ? year(tokens.get(y)) : null;
    if (year != null) {
      end = y + 1;
    }
    return new Match(end, dayPeriod(year, month, day, ref));
  }

  /**
   * "between Saturday and Monday", "from Friday to Sunday", "on Tuesday and Wednesday": the days
   * from the first weekday to the second, the second the latest such day on or before the
   * reference, the first the latest before or on it.
   */
  private Match weekdays(List<Token> tokens, int k, Ref ref) {
    Match first = weekday(tokens, k, ref);
    if (first == null
        || first.end() >= tokens.size()
        || !lex.rangeJoiners.contains(tokens.get(first.end()))) {
      return null;
    }
    Match second = weekday(tokens, first.end() + 1, ref);
    if (second == null || ref == null) {
      return second == null ? null : new Match(second.end(), Period.UNPLACED);
    }
    LocalDate end = second.period().end();
    LocalDate start = first.period().start();
    while (start.isAfter(end)) {
      start = start.minusWeeks(1);
    }
    return new Match(second.end(), new Period(start, end, DatePrecision.DAY));
  }

  /** "on Sunday", "late Sunday", "last Friday", "Sunday morning". */
  private Match weekday(List<Token> tokens, int i, Ref ref) {
    int k = i;
    boolean previous = false;
    if (lex.weekdayModifiers.contains(tokens.get(k))) {
      previous = lex.weekdayPrevious.contains(tokens.get(k));
      k++;
    }
    if (k >= tokens.size() || !tokens.get(k).capitalized()) {
      return null;
    }
    Integer weekday = lex.weekdays.get(tokens.get(k));
    if (weekday == null) {
      return null;
    }
    int end = skipDot(tokens, k + 1);
    if (end < tokens.size() && lex.dayParts.contains(tokens.get(end))) {
      end++;
    }
    if (k == i && end == k + 1 && givenName(tokens, end)) {
      return null; // "Monday Kassah", "Sunday Okafor": a weekday that is a first name
    }
    if (ref == null) {
      return new Match(end, Period.UNPLACED);
    }
    LocalDate d = ref.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.of(weekday)));
    if (previous && d.equals(ref.day())) {
      d = d.minusWeeks(1);
    }
    PhraseTable.Hit<TimeLexicon.Phrase> week =
        end < tokens.size() ? lex.phrases.longestAt(tokens, end) : null;
    if (week != null
        && (week.value().anchor() == TimeLexicon.Anchor.WEEK
            || week.value().anchor() == TimeLexicon.Anchor.LAST_WEEK)) {
      // "on Thursday last week": that weekday of the week the phrase names
      LocalDate monday = ref.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      if (week.value().anchor() == TimeLexicon.Anchor.LAST_WEEK) {
        monday = monday.minusWeeks(1);
      }
      return new Match(week.end(), Period.day(monday.plusDays(weekday - 1L)));
    }
    Integer bracketed = bracketedDay(tokens, end);
    if (bracketed != null) {
      // "on Friday (10)": the weekday that falls on that day of the month, in the weeks before
      for (int w = 0; w < MAX_BRACKETED_WEEKS; w++) {
        LocalDate back = d.minusWeeks(w);
        if (back.getDayOfMonth() == bracketed) {
          return new Match(end + 3, Period.day(back));
        }
      }
      return new Match(end + 3, Period.day(d));
    }
    return new Match(end, Period.day(d));
  }

  /** How many weeks back a weekday with its day of the month in brackets is looked for. */
  private static final int MAX_BRACKETED_WEEKS = 10;

  /** The day of the month in brackets at {@code k}, "(10)", or null. */
  private static Integer bracketedDay(List<Token> tokens, int k) {
    if (k + 2 >= tokens.size()
        || !tokens.get(k).is("(")
        || !tokens.get(k + 2).is(")")
        || tokens.get(k + 1).shape() != Token.Shape.NUMBER) {
      return null;
    }
    String n = tokens.get(k + 1).text();
    if (n.isEmpty() || n.length() > 2 || !allDigits(n)) {
      return null;
    }
    int day = Integer.parseInt(n);
    return day >= 1 && day <= 31 ? day : null;
  }

  /**
   * True when token {@code k} is a capitalised word that no date reads on with, as a surname after
   * a weekday that is a first name: "the council chairman, Monday Kassah, said".
   */
  private boolean givenName(List<Token> tokens, int k) {
    if (k >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(k);
    return t.shape() == Token.Shape.WORD
        && t.capitalized()
        && month(tokens, k) == null
        && lex.weekdays.get(t) == null;
  }

  /** Capitalised words read between a year and the event it names: "the 2015 Gorkha earthquake". */
  private static final int EVENT_NAME = 2;

  /**
   * "in 2012", "since 2011": a bare year after a preposition; "a 2015 earthquake", "the 2010 Haiti
   * quake": a bare year before the event it dates.
   */
  private Match year(List<Token> tokens, int i) {
    Integer year = year(tokens.get(i));
    if (year == null
        || (i == 0 || !lex.yearPrepositions.contains(tokens.get(i - 1)))
            && !event(tokens, i + 1)
            && !report(tokens, i + 1)) {
      return null;
    }
    return new Match(
        i + 1,
        new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR));
  }

  /**
   * True when {@code t} is a bare year before the event it dates, with no preposition before it:
   * "the 2022 floods", not "during 2015 conflict".
   */
  public boolean datesEvent(List<Token> tokens, TimeSpan t) {
    return t.end() - t.start() == 1
        && year(tokens.get(t.start())) != null
        && (t.start() == 0 || !lex.yearPrepositions.contains(tokens.get(t.start() - 1)))
        && event(tokens, t.end());
  }

  /**
   * Capitalised words or initials read between a year and the report it dates: "U.N. Refugee
   * Agency".
   */
  private static final int REPORT_NAME = 3;

  /**
   * True when the word of a report follows from {@code k}, after at most three capitalised words or
   * initials: "a 2016 U.N. Refugee Agency report", "the 2010 census". The count it gives stands at
   * that year.
   */
  private boolean report(List<Token> tokens, int k) {
    for (int j = k; j < tokens.size() && j <= k + REPORT_NAME; j++) {
      Token t = tokens.get(j);
      if (lex.yearReports.contains(t)) {
        return true;
      }
      if (!t.capitalized() && !t.acronym()) {
        return false;
      }
    }
    return false;
  }

  /** True when the word of an event follows from {@code k}, after at most two capitalised words. */
  private boolean event(List<Token> tokens, int k) {
    for (int j = k; j < tokens.size() && j <= k + EVENT_NAME; j++) {
      Token t = tokens.get(j);
      if (lex.yearEvents.contains(t)) {
        return j + 1 == tokens.size() || !lex.eventPeople.contains(tokens.get(j + 1));
      }
      if (t.shape() != Token.Shape.WORD || !t.capitalized()) {
        return false;
      }
    }
    return false;
  }

  /**
   * True when a capitalised time word after a capitalised name ends the name: "Pakistan [Today]
   * reported", "USA [Today] said" name newspapers, not the day.
   */
  private static boolean named(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (i == 0 || !t.capitalized() || t.acronym()) {
      return false;
    }
    Token before = tokens.get(i - 1);
    return before.shape() == Token.Shape.WORD && before.capitalized();
  }

  private Match phrase(List<Token> tokens, int i, Ref ref) {
    PhraseTable.Hit<TimeLexicon.Phrase> hit = lex.phrases.longestAt(tokens, i);
    if (hit == null || named(tokens, i)) {
      return null;
    }
    if (ref == null) {
      return new Match(hit.end(), Period.UNPLACED);
    }
    LocalDate day = ref.day();
    TimeLexicon.Phrase p = hit.value();
    LocalDate start;
    LocalDate end = day.minusDays(p.endOffset());
    switch (p.anchor()) {
      case WEEK -> start = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case LAST_WEEK -> {
        start = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        end = start.plusDays(6);
      }
      case MONTH -> start = day.withDayOfMonth(1);
      case LAST_MONTH -> {
        start = day.withDayOfMonth(1).minusMonths(1);
        end = start.with(TemporalAdjusters.lastDayOfMonth());
      }
      case YEAR -> start = day.withDayOfYear(1);
      case WEEKEND -> {
        start = day.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
          start = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        }
        end = start.plusDays(1).isAfter(day) ? day : start.plusDays(1);
      }
      case LAST_YEAR -> {
        start = day.withDayOfYear(1).minusYears(1);
        end = start.with(TemporalAdjusters.lastDayOfYear());
      }
      default -> start = day.minusDays(p.offset());
    }
    return new Match(hit.end(), new Period(start, end, p.precision()));
  }

  /** "in the past two weeks", "over the last three days", "the past week". */
  private Match span(List<Token> tokens, int i, Ref ref) {
    int k = i;
    if (lex.spanPrepositions.contains(tokens.get(k))) {
      k++;
    }
    PhraseTable.Hit<Boolean> lead = lex.spans.longestAt(tokens, k);
    if (lead == null) {
      return null;
    }
    k = lead.end();
    int count = 1;
    if (k < tokens.size()) {
      Integer c = count(tokens.get(k));
      if (c != null) {
        count = c;
        k++;
      }
    }
    if (k >= tokens.size() || !lex.spanUnits.containsKey(tokens.get(k))) {
      return null;
    }
    String unit = tokens.get(k).norm();
    if (ref == null) {
      return new Match(k + 1, Period.UNPLACED);
    }
    int length = lex.spanUnits.get(unit);
    int days = length * count;
    DatePrecision precision;
    if (length == 1) {
      precision = count <= 1 ? DatePrecision.DAY : DatePrecision.WEEK;
    } else if (length <= 14) {
      precision = DatePrecision.WEEK;
    } else if (length <= 31) {
      precision = DatePrecision.MONTH;
    } else {
      precision = DatePrecision.YEAR;
    }
    return new Match(k + 1, new Period(ref.day().minusDays(days), ref.day(), precision));
  }

  private Integer count(Token t) {
    Integer c = lex.counts.get(t);
    if (c != null) {
      return c;
    }
    return t.shape() == Token.Shape.NUMBER && t.norm().length() <= 3 && allDigits(t.norm())
        ? Integer.valueOf(t.norm())
        : null;
  }

  private Integer month(List<Token> tokens, int i) {
    if (i >= tokens.size() || (lex.capitalizedMonths && !tokens.get(i).capitalized())) {
      return null;
    }
    return lex.months.get(tokens.get(i));
  }

  private static int skipDot(List<Token> tokens, int k) {
    return k < tokens.size()
            && tokens.get(k).is(".")
            && tokens.get(k).start() == tokens.get(k - 1).end()
        ? k + 1
        : k;
  }

  /** A day of the month: "11", "26th" (a word to the tokenizer). */
  private Integer day(List<Token> tokens, int i) {
    if (i >= tokens.size() || tokens.get(i).shape() == Token.Shape.PUNCT) {
      return null;
    }
    String s = tokens.get(i).norm();
    int n = leadingDigits(s);
    if (n == 0 || n > 2 || (n < s.length() && !lex.ordinalSuffixes.contains(s.substring(n)))) {
      return null;
    }
    int d = Integer.parseInt(s.substring(0, n));
    return d >= 1 && d <= 31 ? d : null;
  }

  /** "1-10": two days of one month joined by a hyphen, or null. */
  private static int[] dayRange(String s) {
    int dash = s.indexOf('-');
    if (dash < 1 || dash > 2 || s.length() - dash - 1 < 1 || s.length() - dash - 1 > 2) {
      return null;
    }
    if (leadingDigits(s) != dash || digits(s, dash + 1) != s.length() - dash - 1) {
      return null;
    }
    int a = Integer.parseInt(s.substring(0, dash));
    int b = Integer.parseInt(s.substring(dash + 1));
    return a >= 1 && a < b && b <= 31 ? new int[] {a, b} : null;
  }

  private static Integer year(Token t) {
    if (t.shape() != Token.Shape.NUMBER || t.norm().length() != 4 || !allDigits(t.norm())) {
      return null;
    }
    int y = Integer.parseInt(t.norm());
    return y >= 1800 && y <= 2100 ? y : null;
  }

  /**
   * A date written in numbers: "26/05/2019", "26.05.2019", "2019/05/26"; day first unless the
   * language writes the month first or the first number cannot be a month's ("05/26/2019").
   */
  private LocalDate numeric(String s) {
    int first = separator(s, 0);
    int second = first < 0 ? -1 : separator(s, first + 1);
    if (second < 0 || separator(s, second + 1) >= 0 || s.charAt(first) != s.charAt(second)) {
      return null;
    }
    String[] p = {s.substring(0, first), s.substring(first + 1, second), s.substring(second + 1)};
    if (!allDigits(p[0]) || !allDigits(p[1]) || !allDigits(p[2])) {
      return null;
    }
    if (p[0].length() == 4 && p[1].length() <= 2 && p[2].length() <= 2) {
      return plausible(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
    }
    if (p[2].length() != 4 || p[0].length() > 2 || p[1].length() > 2) {
      return null;
    }
    int a = Integer.parseInt(p[0]);
    int b = Integer.parseInt(p[1]);
    boolean dayFirst = lex.numericDayFirst ? b <= 12 : a > 12;
    return dayFirst
        ? plausible(Integer.parseInt(p[2]), b, a)
        : plausible(Integer.parseInt(p[2]), a, b);
  }

  /** The index of the next '/' or '.' of {@code s} from {@code from}, or -1. */
  private static int separator(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '/' || c == '.') {
        return i;
      }
    }
    return -1;
  }

  private static LocalDate plausible(int year, int month, int day) {
    return year >= 1800 && year <= 2100 ? safeDate(year, month, day) : null;
  }

  /** "2016-12-11", also with a time after it: "2016-12-11T10:45:00Z". */
  private static boolean iso(String s) {
    return (s.length() == ISO_DAY
            || (s.length() > ISO_DAY && Character.toLowerCase(s.charAt(ISO_DAY)) == 't'))
        && s.charAt(4) == '-'
        && s.charAt(7) == '-'
        && digits(s, 0) == 4
        && digits(s, 5) == 2
        && digits(s, 8) == 2;
  }

  private static int leadingDigits(String s) {
    return digits(s, 0);
  }

  /** The number of digits in a row from {@code from}. */
  private static int digits(String s, int from) {
    int k = from;
    while (k < s.length() && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
      k++;
    }
    return k - from;
  }

  /** True for a number of four digits that may be a year of news: "2018". */
  private static boolean yearLike(Token t) {
    String s = t.norm();
    return s.length() == 4 && allDigits(s) && (s.startsWith("19") || s.startsWith("20"));
  }

  private static boolean allDigits(String s) {
    return !s.isEmpty() && digits(s, 0) == s.length();
  }

  private static LocalDate safeDate(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Period dayPeriod(Integer year, int month, int day, Ref ref) {
    if (year != null) {
      LocalDate d = safeDate(year, month, day);
      return d == null ? Period.UNPLACED : Period.day(d);
    }
    if (ref == null) {
      return Period.UNPLACED;
    }
    LocalDate d = safeDate(ref.day().getYear(), month, day);
    if (d == null) {
      return Period.UNPLACED;
    }
    return Period.day(d.isAfter(ref.day()) && !ref.fromText() ? d.minusYears(1) : d);
  }

  private static Period monthPeriod(YearMonth ym) {
    return new Period(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH);
  }
}
