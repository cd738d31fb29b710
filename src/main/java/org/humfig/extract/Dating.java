package org.humfig.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.humfig.model.Category;
import org.humfig.model.DatePrecision;
import org.humfig.model.Figure;
import org.humfig.model.Tally;
import org.humfig.quantity.QuantitySpan;
import org.humfig.rule.Lexicon;
import org.humfig.rule.Match;
import org.humfig.rule.Span;
import org.humfig.text.Token;
import org.humfig.time.DateFinder;
import org.humfig.time.Period;
import org.humfig.time.TimeSpan;

/**
 * Gives a figure its period: the time expression nearest its number in its sentence; else, from the
 * story, the day its lead names for an incident ("killed 18 civilians on Saturday") or the day its
 * figures stand at for a state or running total ("have died", "remain displaced", "the toll"). A
 * displacement or territory figure is a state unless the text says it is new, as IDMC's stock
 * figures are dated to their report.
 */
final class Dating {

  /** How a figure's notes open when its date was taken from the story, not its own sentence. */
  static final String FROM_STORY = "date from the story: ";

  /** Tokens after a match still read for its tense: "9,057 deaths [have been reported]". */
  private static final int AFTER = 4;

  private static final String REPORT_VERB = "report_verb";
  private static final String RELATIVE = "relative";
  private static final String COMPARISON = "comparison_time";
  private static final String PREVIOUS = "previous_marker";
  private static final String BARE_PREVIOUS = "bare_previous_marker";
  private static final String POSSESSIVE = "possessive";
  private static final String ACCOMPANYING = "accompanying";
  private static final String TIME_OPENING = "time_opening";

  private final DateFinder dates;
  private final Lexicon lex;

  Dating(DateFinder dates, Lexicon lex) {
    this.dates = dates;
    this.lex = lex;
  }

  void apply(
      Figure.Builder f,
      Story story,
      Analysis a,
      Match m,
      Span value,
      int[] clauses,
      List<String> notes) {
    List<TimeSpan> times = withoutComparisons(tollTimes(story, a, m, value), a.view().tokens());
    times = withoutEarlierCounts(times, a, value);
    if (m.rule().metric().category() == Category.CASUALTY) {
      times = undated(times, a.view().tokens(), story);
    }
    boolean ongoing = ongoing(a, m, value);
    if (!times.isEmpty() && ongoing) {
      times = withoutEvents(withoutRelative(times, a.view().tokens(), value), a.view().tokens());
    }
    Story.Day event = ongoing ? null : story.event(a.sentence().start());
    if (event != null && !times.isEmpty() && reportedOnly(story, a, times, event.day())) {
      // "Gunmen attacked three villages on Sunday night. The police said on Monday that 23 people
      // were injured": the count of the incident the story is about stands at its day
      f.dateStart(event.day()).dateEnd(event.day()).datePrecision(DatePrecision.DAY);
      notes.add(FROM_STORY + event.origin());
      return;
    }
    TimeSpan nearest =
        !times.isEmpty() && !ongoing
            ? incident(times, a.view().tokens(), story.dateline(), value, clauses)
            : nearest(times, a.view().tokens(), value, clauses);
    if (nearest == null) {
      nearest = opening(times, a.view().tokens(), value, !ongoing);
    }
    Period period = nearest == null ? null : placeable(story, a, nearest);
    if (period != null && nearest != null && ongoing) {
      period = sinceEvent(story, a.view().tokens(), nearest, period);
    }
    if (period != null && period.placed()) {
      f.dateStart(period.start()).dateEnd(period.end()).datePrecision(period.precision());
      if (story.referenceNote() != null) {
        notes.add(story.referenceNote());
      }
      return;
    }
    if (period == null) {
      Story.Day day = storyDay(story, a, m, value);
      if (day != null) {
        f.dateStart(day.day()).dateEnd(day.day()).datePrecision(DatePrecision.DAY);
        notes.add(FROM_STORY + day.origin());
        return;
      }
    }
    f.datePrecision(DatePrecision.UNKNOWN);
  }

  /** The story's day for a figure whose sentence names none. */
  private Story.Day storyDay(Story story, Analysis a, Match m, Span value) {
    Story.Day event = story.event(a.sentence().start());
    if (!ongoing(a, m, value) && event != null) {
      return event;
    }
    return story.asOf();
  }

  /** The most words between an accompanying count's number and the word that joins it. */
  private static final int MAX_JOIN = 3;

  /**
   * Dates the casualty figures that accompany the first of a sentence as it is dated, when no time
   * follows their number: "the toll has risen to 2,056, the government said Monday, [with] another
   * 3,900 people injured [and] 270 missing"; "have been killed [and] 3,408 injured in Friday's
   * quake". Counts of one report stand when its first count does.
   */
  static void accompanying(SortedMap<Integer, Figure> figures, Analysis a, Lexicon lex) {
    List<Token> tokens = a.view().tokens();
    Figure first = null;
    for (Map.Entry<Integer, Figure> e : figures.entrySet()) {
      Figure f = e.getValue();
      if (f.category() != Category.CASUALTY) {
        continue;
      }
      if (first == null) {
        first = f;
        if (f.dateStart() == null) {
          return;
        }
        continue;
      }
      int k = at(tokens, e.getKey());
      if (k > 0 && joined(tokens, k, lex) && !timeAfter(a, k, lex) && !timeAt(a, k)) {
        e.setValue(
            f.toBuilder()
                .dateStart(first.dateStart())
                .dateEnd(first.dateEnd())
                .datePrecision(first.datePrecision())
                .build());
      }
    }
  }

  /** The index of the token starting at {@code offset}, or -1. */
  private static int at(List<Token> tokens, int offset) {
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).start() == offset) {
        return k;
      }
    }
    return -1;
  }

  /**
   * True when a coordinator or "with" joins the number at {@code k} to what is before it, or a
   * comma before the verb of the next item of a list ("have killed 58, injured dozens and ...").
   */
  private static boolean joined(List<Token> tokens, int k, Lexicon lex) {
    for (int j = k - 1; j >= 0 && k - j <= MAX_JOIN; j--) {
      Token t = tokens.get(j);
      if (lex.contains("coordinator", t)
          || lex.contains(ACCOMPANYING, t)
          || (t.is(",") && j < k - 1)) {
        return true;
      }
      if (t.shape() != Token.Shape.WORD) {
        return false;
      }
    }
    return false;
  }

  /** True when a time ends just before the number at token {@code k}: "and [on Tuesday] 9 more". */
  private static boolean timeAt(Analysis a, int k) {
    for (TimeSpan t : a.times()) {
      if (t.end() == k) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a time after token {@code k} dates something but an event ("Friday's quake") or the
   * report ("have killed 58, injured dozens and displaced 4,000, authorities said today").
   */
  private static boolean timeAfter(Analysis a, int k, Lexicon lex) {
    List<Token> tokens = a.view().tokens();
    for (TimeSpan t : a.times()) {
      if (t.start() > k
          && !reported(tokens, t, lex)
          && (t.end() >= tokens.size() || !lex.contains(POSSESSIVE, tokens.get(t.end())))) {
        return true;
      }
    }
    return false;
  }

  /** True when a figure is a state or a running total rather than the count of one incident. */
  private boolean ongoing(Analysis a, Match m, Span value) {
    Tally tally = m.rule().tally();
    boolean stock = m.rule().metric().category() != Category.CASUALTY && tally != Tally.NEW;
    return stock
        || tally == Tally.CUMULATIVE
        || dates.ongoing(
            a.view().tokens(),
            Math.min(value.start(), m.span().start()) - 2,
            Math.max(value.end(), m.span().end()) + AFTER);
  }

  /**
   * The time of an incident: the nearest in its clause that does not date the report ("killed 40
   * villagers on Monday, a local group said on Tuesday"; "KHARTOUM, Jan 9 (Reuters) - ... killed 40
   * villagers in an attack on Monday"), else one that opens the sentence ("Over the weekend,
   * clashes killed 23, the mission said on Monday"), else the nearest in its clause.
   */
  private TimeSpan incident(
      List<TimeSpan> times, List<Token> tokens, Lead.Dateline dateline, Span value, int[] clauses) {
    List<TimeSpan> events = new ArrayList<>(times.size());
    for (TimeSpan t : times) {
      if (!reported(tokens, t, lex)
          && (dateline == null || !dateline.covers(tokens, t.start(), t.end()))) {
        events.add(t);
      }
    }
    TimeSpan event = nearest(events, tokens, value, clauses);
    if (event == null && events.size() < times.size()) {
      event = opening(events, tokens, value, false);
    }
    return event != null ? event : nearest(times, tokens, value, clauses);
  }

  /**
   * The times of a casualty figure's sentence without its dateline's day ("Shimla, July 26: Six
   * people were killed and 11 are missing after a cloudburst late on Thursday night"): that day
   * dates the story, not the deaths, when the sentence gives another time; alone, it still dates
   * them. A stock of displaced people stands at the report, which the dateline's day may date.
   */
  private static List<TimeSpan> undated(List<TimeSpan> times, List<Token> tokens, Story story) {
    Lead.Dateline dateline = story.dateline();
    if (dateline == null || times.isEmpty()) {
      return times;
    }
    List<TimeSpan> kept = new ArrayList<>(times.size());
    for (TimeSpan t : times) {
      if (!dateline.covers(tokens, t.start(), t.end())) {
        kept.add(t);
      }
    }
    return kept.isEmpty() || kept.size() == times.size() ? times : kept;
  }

  /**
   * The times of {@code times} but those a comparison dates ("now exceeds 1 million, three times
   * more than a year ago", "compared with 85,000 in January" with no number after the comparison
   * word): the earlier count's time, not the figure's.
   */
  private List<TimeSpan> withoutComparisons(List<TimeSpan> times, List<Token> tokens) {
    List<TimeSpan> kept = null;
    for (int n = 0; n < times.size(); n++) {
      TimeSpan t = times.get(n);
      if (t.start() > 0 && lex.phraseEndingAt(COMPARISON, tokens, t.start()) >= 0) {
        if (kept == null) {
          kept = new ArrayList<>(times.subList(0, n));
        }
      } else if (kept != null) {
        kept.add(t);
      }
    }
    return kept == null ? times : kept;
  }

  /**
   * The most words between an earlier count's number and its time: "from 25 [deaths] on Monday".
   */
  private static final int EARLIER_GAP = 1;

  /**
   * The times of {@code times} but those that date an earlier count after the figure: "40 have
   * died, up from 25 [a day earlier]", "rose to 12,000, from 8,000 [last week]", "climbed to 40
   * from 25 [the previous day]". The time stands right after the earlier count's number (one word
   * between after "up from" or "compared with"), so "displaced 12,000 from 30 villages last week"
   * keeps its week.
   */
  private List<TimeSpan> withoutEarlierCounts(List<TimeSpan> times, Analysis a, Span value) {
    if (times.isEmpty()) {
      return times;
    }
    List<Token> tokens = a.view().tokens();
    List<TimeSpan> kept = null;
    for (int n = 0; n < times.size(); n++) {
      TimeSpan t = times.get(n);
      if (!(t.start() > value.end() && earlierCount(a, tokens, value.end(), t.start()))) {
        if (kept != null) {
          kept.add(t);
        }
      } else if (kept == null) {
        kept = new ArrayList<>(times.subList(0, n));
      }
    }
    return kept == null ? times : kept;
  }

  /**
   * True when a number between {@code from} and {@code time} that a marker of an earlier count
   * opens ("up from", "from", "compared with") ends right before {@code time}.
   */
  private boolean earlierCount(Analysis a, List<Token> tokens, int from, int time) {
    for (int gap = 0; gap <= EARLIER_GAP; gap++) {
      int end = time - gap;
      if (end - 1 < from) {
        return false;
      }
      QuantitySpan q = a.view().quantityCovering(end - 1);
      if (q == null || q.end() != end) {
        continue;
      }
      int start = q.start();
      if (start <= from) {
        return false;
      }
      boolean marked = lex.phraseEndingAt(PREVIOUS, tokens, start) >= 0;
      if (marked || (gap == 0 && lex.contains(BARE_PREVIOUS, tokens.get(start - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** Tokens between an event's verb and its day: "that struck [Herat province] on Saturday". */
  private static final int EVENT_GAP = 6;

  /**
   * The period of a running total or a state whose day is that of the event its sentence names in a
   * relative clause ("the fighting that erupted on April 14 has killed 100"; "have been killed in
   * the earthquake that struck on Saturday"): from that day to the reference, as "since" reads.
   */
  private Period sinceEvent(Story story, List<Token> tokens, TimeSpan t, Period p) {
    LocalDate reference = story.reference();
    if (!p.placed()
        || !p.start().equals(p.end())
        || reference == null
        || !p.end().isBefore(reference)) {
      return p;
    }
    if (t.end() < tokens.size() && lex.contains(POSSESSIVE, tokens.get(t.end()))) {
      // "have been killed in [Friday]'s earthquake": the day of the event, not of the count
      return new Period(p.start(), reference, p.precision());
    }
    for (int k = t.start() - 1; k >= 1 && t.start() - k <= EVENT_GAP; k--) {
      Token w = tokens.get(k);
      if (w.shape() == Token.Shape.NUMBER || w.is(",") || w.is(";")) {
        return p;
      }
      if (dates.eventVerb(w) && lex.contains(RELATIVE, tokens.get(k - 1))) {
        return new Period(p.start(), reference, p.precision());
      }
    }
    return p;
  }

  /**
   * True when every time of {@code times} dates the report, and each is a day after {@code day}.
   */
  private boolean reportedOnly(Story story, Analysis a, List<TimeSpan> times, LocalDate day) {
    for (TimeSpan t : times) {
      Period p = placeable(story, a, t);
      if (!reported(a.view().tokens(), t, lex)
          || p == null
          || !p.placed()
          || !p.start().isAfter(day)) {
        return false;
      }
    }
    return true;
  }

  /** True when a time dates the report: "said on Tuesday", "said in a statement Friday". */
  private static boolean reported(List<Token> tokens, TimeSpan t, Lexicon lex) {
    return (t.start() > 0 && lex.phraseEndingAt(REPORT_VERB, tokens, t.start()) >= 0)
        || (t.end() < tokens.size() && lex.startsAt(REPORT_VERB, tokens, t.end()));
  }

  /**
   * The sentence's times that may date a figure: for a running total, not the day of the event its
   * subject names ("the death toll from the earthquake on March 3 rose to 4,870" stands on the day
   * it is reported), though a period up to that day still counts ("displaced since January has
   * risen to").
   */
  private static List<TimeSpan> tollTimes(Story story, Analysis a, Match m, Span value) {
    List<TimeSpan> times = a.times();
    LocalDate reference = story.reference();
    if (m.rule().tally() != Tally.CUMULATIVE || reference == null || times.isEmpty()) {
      return times;
    }
    List<TimeSpan> kept = new ArrayList<>(times.size());
    for (TimeSpan t : times) {
      boolean subject = t.start() >= m.span().start() && t.end() <= value.start();
      Period p = t.period();
      if (!(subject && p.placed() && p.end().isBefore(reference))) {
        kept.add(t);
      }
    }
    return kept;
  }

  /**
   * The times of {@code times} but the years that date an event, which a state or running total
   * does not stand at: "3,000 people displaced by the 2014 floods still live in tents".
   */
  private List<TimeSpan> withoutEvents(List<TimeSpan> times, List<Token> tokens) {
    List<TimeSpan> kept = null;
    for (int n = 0; n < times.size(); n++) {
      if (dates.datesEvent(tokens, times.get(n))) {
        if (kept == null) {
          kept = new ArrayList<>(times.subList(0, n));
        }
      } else if (kept != null) {
        kept.add(times.get(n));
      }
    }
    return kept == null ? times : kept;
  }

  /**
   * The times of {@code times} but those of a relative clause after the number, which date what its
   * people went through, not the state they are in: "hosting some 54,000 refugees [who were
   * displaced in 2012]" stands at the report.
   */
  private List<TimeSpan> withoutRelative(List<TimeSpan> times, List<Token> tokens, Span value) {
    List<TimeSpan> kept = new ArrayList<>(times.size());
    for (TimeSpan t : times) {
      if (!relativeBetween(tokens, value.end(), t.start())) {
        kept.add(t);
      }
    }
    return kept.size() == times.size() ? times : kept;
  }

  /** True when a relative word opens a clause among tokens {@code from} to {@code to}. */
  private boolean relativeBetween(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (t.is(",") || t.is(";")) {
        return false;
      }
      if (lex.contains(RELATIVE, t)) {
        return true;
      }
    }
    return false;
  }

  /** Days a coarse reference is moved by to tell a date it counts from ("last Thursday"). */
  private static final int SHIFT = 7;

  /**
   * The period of a time expression; unplaced when the story's reference is only the end of a month
   * or a year the text gives and the period depends on that day: "late on Thursday", "last week",
   * "since 2012" (to when?). A date that gives its day and month ("as of 9 December") or a month
   * ("in May") stays in the reference's year and is placed.
   */
  private Period placeable(Story story, Analysis a, TimeSpan t) {
    Period p = t.period();
    if (!story.coarse() || !p.placed()) {
      return p;
    }
    LocalDate earlier = story.reference().minusDays(SHIFT);
    for (TimeSpan u : dates.find(a.view().tokens(), earlier, true)) {
      if (u.start() == t.start() && u.end() == t.end()) {
        return u.period().equals(p) ? p : Period.UNPLACED;
      }
    }
    return Period.UNPLACED;
  }

  /**
   * The time expression that opens the sentence before a comma ("On Monday, as fighting spread, 300
   * families fled", "In 2015, a quake struck, and 9,000 died"): it sets the time of every clause
   * that names none of its own; after "in" or "during" only when {@code afterPreposition}, not for
   * a state or running count ("In 2011, war broke out, and 5 million have fled").
   */
  private TimeSpan opening(
      List<TimeSpan> times, List<Token> tokens, Span value, boolean afterPreposition) {
    for (TimeSpan t : times) {
      boolean first =
          t.start() == 0
              || (afterPreposition && t.start() == 1 && lex.contains(TIME_OPENING, tokens.get(0)));
      if (first && t.end() < value.start() && tokens.get(t.end()).is(",")) {
        for (int k = t.end(); k < value.start(); k++) {
          if (tokens.get(k).is(";")) {
            return null; // a new sentence in all but name: "Since 2016, ...; this includes 16,000"
          }
        }
        return t;
      }
    }
    return null;
  }

  /**
   * The time expression nearest the number in its clause; a time of its own after the number wins
   * over one before it that a coordinator parts from it, which dates the count before: in "five
   * were killed on Friday and 12 injured on Saturday" the 12 are of Saturday.
   */
  private TimeSpan nearest(List<TimeSpan> times, List<Token> tokens, Span value, int[] clauses) {
    TimeSpan best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean after = false;
    for (TimeSpan t : times) {
      if (clauses[t.start()] == clauses[value.start()]
          && t.start() >= value.end()
          && !reported(tokens, t, lex)) {
        after = true;
      }
    }
    for (TimeSpan t : times) {
      if (clauses[t.start()] != clauses[value.start()]
          || (after && t.end() <= value.start() && coordinated(tokens, t.end(), value.start()))) {
        continue;
      }
      int d = value.distance(new Span(t.start(), t.end()));
      if (d < bestDistance) {
        best = t;
        bestDistance = d;
      }
    }
    return best;
  }

  /** True when a coordinator stands among tokens {@code from} to {@code to}. */
  private boolean coordinated(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (lex.contains("coordinator", tokens.get(k))) {
        return true;
      }
    }
    return false;
  }
}
