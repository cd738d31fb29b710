package org.humfig.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.humfig.model.DatePrecision;
import org.humfig.text.PhraseTable;
import org.humfig.text.Token;

/**
 * Finds time expressions in a token list and places them on the calendar against a reference date,
 * normally the day the document was published.
 *
 * <p>Explicit dates ("Dec. 11, 2016", "26 November", "May 2015", "in 2012"), weekdays ("on Sunday",
 * "late Sunday", "Sunday morning"), fixed phrases ("yesterday", "since midnight", "overnight",
 * "earlier this week"), spans ("in the past two weeks"), "since X" and "between X and Y". A weekday
 * or a date without a year is the latest such day on or before the reference. With no reference
 * date, only dates that carry a year are placed; the others are found (so their numbers are not
 * read as figures) but left unplaced. Thread-safe.
 */
public final class DateFinder {

  private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DAY = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?");

  private final TimeLexicon lex = TimeLexicon.english();

  /** A match while scanning: where it ends and what it names. */
  private record Match(int end, Period period) {}

  /**
   * Returns the time expressions of {@code tokens}, left to right, none overlapping.
   *
   * @param reference the day "today" means, or null when unknown
   */
  public List<TimeSpan> find(List<Token> tokens, LocalDate reference) {
    List<TimeSpan> spans = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Match m = at(tokens, i, reference);
      if (m != null) {
        spans.add(new TimeSpan(i, m.end(), m.period()));
        i = m.end();
      } else {
        i++;
      }
    }
    return spans;
  }

  private Match at(List<Token> tokens, int i, LocalDate ref) {
    String w = tokens.get(i).norm();
    if (w.equals("since")) {
      Match inner = date(tokens, i + 1, ref);
      if (inner != null) {
        Period p = inner.period();
        return new Match(
            inner.end(),
            p.placed() && ref != null
                ? new Period(p.start(), ref, p.precision())
                : Period.UNPLACED);
      }
    }
    if (w.equals("between")) {
      Match a = date(tokens, i + 1, ref);
      if (a != null && a.end() < tokens.size() && tokens.get(a.end()).is("and")) {
        Match b = date(tokens, a.end() + 1, ref);
        if (b != null) {
          Period p =
              a.period().placed() && b.period().placed()
                  ? new Period(a.period().start(), b.period().end(), DatePrecision.DAY)
                  : Period.UNPLACED;
          return new Match(b.end(), p);
        }
      }
    }
    Match phrase = phrase(tokens, i, ref);
    if (phrase != null) {
      return phrase;
    }
    Match span = span(tokens, i, ref);
    if (span != null) {
      return span;
    }
    return date(tokens, i, ref);
  }

  /** A calendar date, month, year or weekday starting at {@code i}. */
  private Match date(List<Token> tokens, int i, LocalDate ref) {
    if (i >= tokens.size()) {
      return null;
    }
    Token t = tokens.get(i);
    if (t.shape() == Token.Shape.NUMBER && ISO.matcher(t.norm()).matches()) {
      try {
        return new Match(i + 1, Period.day(LocalDate.parse(t.norm())));
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    Match m = monthFirst(tokens, i, ref);
    if (m == null) {
      m = dayFirst(tokens, i, ref);
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
  private Match monthFirst(List<Token> tokens, int i, LocalDate ref) {
    Integer month = month(tokens, i);
    if (month == null) {
      return null;
    }
    int k = skipDot(tokens, i + 1);
    Integer day = day(tokens, k);
    if (day != null) {
      int end = k + 1;
      Integer year = null;
      int y = end < tokens.size() && tokens.get(end).is(",") ? end + 1 : end;
      year = year(tokens.get(Math.min(y, tokens.size() - 1)), y < tokens.size());
      if (year != null) {
        end = y + 1;
      }
      return new Match(end, dayPeriod(year, month, day, ref));
    }
    int y = k < tokens.size() && tokens.get(k).is(",") ? k + 1 : k;
    Integer year = y < tokens.size() ? year(tokens.get(y), true) : null;
    if (year != null) {
      return new Match(y + 1, monthPeriod(YearMonth.of(year, month)));
    }
    if (i > 0 && lex.yearPrepositions.contains(tokens.get(i - 1).norm())) {
      if (ref == null) {
        return new Match(k, Period.UNPLACED);
      }
      YearMonth ym = YearMonth.of(ref.getYear(), month);
      if (ym.isAfter(YearMonth.from(ref))) {
        ym = ym.minusYears(1);
      }
      return new Match(k, monthPeriod(ym));
    }
    return null;
  }

  /** "11 December 2016", "26th of November". */
  private Match dayFirst(List<Token> tokens, int i, LocalDate ref) {
    Integer day = day(tokens, i);
    if (day == null) {
      return null;
    }
    int k = i + 1;
    if (k < tokens.size() && tokens.get(k).is("of")) {
      k++;
    }
    Integer month = month(tokens, k);
    if (month == null) {
      return null;
    }
    int end = skipDot(tokens, k + 1);
    int y = end < tokens.size() && tokens.get(end).is(",") ? end + 1 : end;
    Integer year = y < tokens.size() ? year(tokens.get(y), true) : null;
    if (year != null) {
      end = y + 1;
    }
    return new Match(end, dayPeriod(year, month, day, ref));
  }

  /** "on Sunday", "late Sunday", "last Friday", "Sunday morning". */
  private Match weekday(List<Token> tokens, int i, LocalDate ref) {
    int k = i;
    boolean last = false;
    String w = tokens.get(k).norm();
    if (w.equals("last")
        || w.equals("this")
        || w.equals("late")
        || w.equals("early")
        || w.equals("on")) {
      last = w.equals("last");
      k++;
    }
    if (k >= tokens.size() || !tokens.get(k).capitalized()) {
      return null;
    }
    Integer weekday = lex.weekdays.get(tokens.get(k).norm());
    if (weekday == null) {
      return null;
    }
    int end = skipDot(tokens, k + 1);
    if (end < tokens.size() && lex.dayParts.contains(tokens.get(end).norm())) {
      end++;
    }
    if (ref == null) {
      return new Match(end, Period.UNPLACED);
    }
    LocalDate d = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(weekday)));
    if (last && d.equals(ref)) {
      d = d.minusWeeks(1);
    }
    return new Match(end, Period.day(d));
  }

  /** "in 2012", "since 2011": a bare year after a preposition. */
  private Match year(List<Token> tokens, int i) {
    if (i == 0 || !lex.yearPrepositions.contains(tokens.get(i - 1).norm())) {
      return null;
    }
    Integer year = year(tokens.get(i), true);
    if (year == null) {
      return null;
    }
    return new Match(
        i + 1,
        new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR));
  }

  private Match phrase(List<Token> tokens, int i, LocalDate ref) {
    PhraseTable.Hit<TimeLexicon.Phrase> hit = lex.phrases.longestAt(tokens, i);
    if (hit == null) {
      return null;
    }
    if (ref == null) {
      return new Match(hit.end(), Period.UNPLACED);
    }
    TimeLexicon.Phrase p = hit.value();
    LocalDate start;
    LocalDate end = ref.minusDays(p.endOffset());
    switch (p.anchor()) {
      case WEEK -> start = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case LAST_WEEK -> {
        start = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        end = start.plusDays(6);
      }
      case MONTH -> start = ref.withDayOfMonth(1);
      case LAST_MONTH -> {
        start = ref.withDayOfMonth(1).minusMonths(1);
        end = start.with(TemporalAdjusters.lastDayOfMonth());
      }
      case YEAR -> start = ref.withDayOfYear(1);
      case LAST_YEAR -> {
        start = ref.withDayOfYear(1).minusYears(1);
        end = start.with(TemporalAdjusters.lastDayOfYear());
      }
      default -> start = ref.minusDays(p.offset());
    }
    return new Match(hit.end(), new Period(start, end, p.precision()));
  }

  /** "in the past two weeks", "over the last three days", "the past week". */
  private Match span(List<Token> tokens, int i, LocalDate ref) {
    int k = i;
    String w = tokens.get(k).norm();
    if (w.equals("in") || w.equals("over") || w.equals("during") || w.equals("within")) {
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
    if (k >= tokens.size() || !lex.spanUnits.containsKey(tokens.get(k).norm())) {
      return null;
    }
    String unit = tokens.get(k).norm();
    if (ref == null) {
      return new Match(k + 1, Period.UNPLACED);
    }
    int days = lex.spanUnits.get(unit) * count;
    DatePrecision precision =
        switch (lex.spanUnits.get(unit)) {
          case 1 -> count <= 1 ? DatePrecision.DAY : DatePrecision.WEEK;
          case 7 -> DatePrecision.WEEK;
          case 30 -> DatePrecision.MONTH;
          default -> DatePrecision.YEAR;
        };
    return new Match(k + 1, new Period(ref.minusDays(days), ref, precision));
  }

  private Integer count(Token t) {
    Integer c = lex.counts.get(t.norm());
    if (c != null) {
      return c;
    }
    if (t.shape() == Token.Shape.NUMBER && t.norm().matches("\\d{1,3}")) {
      return Integer.parseInt(t.norm());
    }
    return null;
  }

  private Integer month(List<Token> tokens, int i) {
    if (i >= tokens.size() || !tokens.get(i).capitalized()) {
      return null;
    }
    return lex.months.get(tokens.get(i).norm());
  }

  private static int skipDot(List<Token> tokens, int k) {
    return k < tokens.size()
            && tokens.get(k).is(".")
            && tokens.get(k).start() == tokens.get(k - 1).end()
        ? k + 1
        : k;
  }

  private static Integer day(List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return null;
    }
    var m = DAY.matcher(tokens.get(i).norm());
    if (!m.matches()) {
      return null;
    }
    int d = Integer.parseInt(m.group(1));
    return d >= 1 && d <= 31 ? d : null;
  }

  private static Integer year(Token t, boolean present) {
    if (!present || t.shape() != Token.Shape.NUMBER || !t.norm().matches("\\d{4}")) {
      return null;
    }
    int y = Integer.parseInt(t.norm());
    return y >= 1800 && y <= 2100 ? y : null;
  }

  private static Period dayPeriod(Integer year, int month, int day, LocalDate ref) {
    try {
      if (year != null) {
        return Period.day(LocalDate.of(year, month, day));
      }
      if (ref == null) {
        return Period.UNPLACED;
      }
      LocalDate d = LocalDate.of(ref.getYear(), month, day);
      return Period.day(d.isAfter(ref) ? d.minusYears(1) : d);
    } catch (java.time.DateTimeException e) {
      return Period.UNPLACED;
    }
  }

  private static Period monthPeriod(YearMonth ym) {
    return new Period(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH);
  }
}
