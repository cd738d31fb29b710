package org.humfig.extract;

import java.time.LocalDate;
import java.util.List;
import org.humfig.document.Document;
import org.humfig.model.DatePrecision;
import org.humfig.place.Gazetteer;
import org.humfig.place.PlaceMention;
import org.humfig.rule.Lexicon;
import org.humfig.text.Sentence;
import org.humfig.text.Token;
import org.humfig.time.DateFinder;
import org.humfig.time.Period;
import org.humfig.time.TimeSpan;

/**
 * Reads the opening of a story for what later sentences lean on: its dateline ("KATHMANDU, Aug 15
 * (Reuters) -", "BAGHDAD (AP) --", "Updated: 2008-12-17 17:24"), the day its lead names ("killed 18
 * civilians on Saturday") and the day its figures stand at ("(as of 6 June 2017)", "the UN said
 * late Thursday", else the publication date). Immutable and thread-safe.
 */
final class Lead {

  /** Sentences read for datelines. */
  private static final int DATELINES = 12;

  /** Sentences of prose that make the lead. */
  private static final int LEAD = 4;

  /** Words a sentence needs to be prose rather than a heading or a date line. */
  private static final int PROSE = 6;

  /** How many days before the reference a lead's day may lie and still date the story. */
  private static final int RECENT = 14;

  private static final String REPORT_VERB = "report_verb";
  private static final String PREVIOUS = "previous_marker";
  private static final String BARE_PREVIOUS = "bare_previous_marker";

  private final DateFinder dates;
  private final Lexicon lex;
  private final Gazetteer gazetteer;
  private final org.humfig.text.Tokenizer tokenizer = new org.humfig.text.Tokenizer();

  Lead(DateFinder dates, Lexicon lex, Gazetteer gazetteer) {
    this.dates = dates;
    this.lex = lex;
    this.gazetteer = gazetteer;
  }

  /**
   * A dateline: its place, day and agency, each possibly null, where its place starts in the text
   * (-1 without one), where the dateline ends (its closing dash; -1 when it is a line alone) and
   * where its sentence starts.
   */
  record Dateline(
      PlaceMention place, LocalDate day, String agency, int placeAt, int endAt, int startAt) {
    Dateline(List<Token> tokens, PlaceMention place, LocalDate day, String agency, int end) {
      this(
          place,
          day,
          agency,
          place == null ? -1 : tokens.get(place.start()).start(),
          end < 0 ? -1 : tokens.get(end).start(),
          tokens.get(0).start());
    }

    /**
     * True when tokens [start, end) of a sentence lie inside this dateline, before its closing
     * dash: "KHARTOUM, Jan 9 (Reuters) -" dates the story, not the figures after it.
     */
    boolean covers(List<Token> tokens, int start, int end) {
      return endAt >= 0
          && start < end
          && tokens.get(start).start() >= startAt
          && tokens.get(end - 1).end() <= endAt;
    }
  }

  /** Returns the story of {@code doc} as its opening tells it. */
  Story read(Document doc, List<Sentence> sentences) {
    LocalDate reference = doc.published().orElse(null);
    String note = null;
    Dateline dateline = null;
    for (int i = 0; i < Math.min(DATELINES, sentences.size()) && dateline == null; i++) {
      dateline = dateline(doc.text(), sentences.get(i).tokens(), reference);
    }
    boolean known = reference != null;
    if (reference == null && dateline != null && dateline.day() != null) {
      reference = dateline.day();
      note = "publication date unknown: dates read against " + reference + ", the dateline's date";
      known = true;
    }
    if (reference == null) {
      reference = timestamp(doc.text());
      if (reference != null) {
        note =
            "publication date unknown: dates read against " + reference + ", the page's timestamp";
        known = true;
      }
    }
    boolean coarse = false;
    if (reference == null) {
      reference = latestDate(sentences, DatePrecision.DAY);
      if (reference != null) {
        note =
            "publication date unknown: dates read against "
                + reference
                + ", the latest date the text gives";
      }
    }
    if (reference == null) {
      // "During 2019, ... as of 9 December": no day with its year, but a month or a year
      reference = latestDate(sentences, null);
      coarse = reference != null;
      if (coarse) {
        note =
            "publication date unknown: dates read against "
                + reference
                + ", the end of the latest month or year the text gives";
      }
    }
    Story story = new Story(doc, reference, note, !known);
    story.coarse(coarse);
    if (dateline != null) {
      story.dateline(dateline);
    }
    days(story, sentences, known);
    return story;
  }

  /** Finds the story's event day and the day its figures stand at. */
  private void days(Story story, List<Sentence> sentences, boolean known) {
    LocalDate ref = story.reference();
    Story.Day asOf = null;
    Story.Day reported = null;
    Story.Day event = null;
    boolean eventReported = false; // the event day is the day of a report ("said on Sunday")
    boolean header = false; // the figures' day stands on a line of its own: "As of 12 March"
    int eventFrom = 0;
    int prose = 0;
    for (int s = 0; s < sentences.size() && prose < LEAD; s++) {
      List<Token> tokens = sentences.get(s).tokens();
      List<TimeSpan> spans = dates.find(tokens, ref, !known);
      for (TimeSpan t : spans) {
        Period p = t.period();
        if (!p.placed() || p.precision() != DatePrecision.DAY) {
          continue;
        }
        if (story.dateline() != null && story.dateline().covers(tokens, t.start(), t.end())) {
          // "KHARTOUM, Jan 9 (Reuters) -" is the day of the report, not of the events told
          if (known && reported == null && p.start().equals(p.end()) && recent(p.start(), ref)) {
            reported =
                new Story.Day(
                    p.start(),
                    "the dateline's day (" + text(story.text(), tokens, t.start(), t.end()) + ")");
          }
          continue;
        }
        String text = text(story.text(), tokens, t.start(), t.end());
        if (asOf == null && dates.asOfBefore(tokens, t.start())) {
          asOf = new Story.Day(p.end(), "the day the report's figures stand at (" + text + ")");
          header = words(tokens) < PROSE;
        } else if (asOf == null
            && s < 2
            && p.start().isBefore(p.end())
            && !(known && p.end().equals(ref))) {
          // a period up to the day of publication ("since the onset of the monsoon on June 26")
          // is not the period a report covers
          asOf =
              new Story.Day(p.end(), "the last day of the period the report covers (" + text + ")");
        }
        if (!known || !p.start().equals(p.end()) || !recent(p.start(), ref)) {
          continue;
        }
        boolean report = reportedAt(tokens, t);
        if (reported == null && report) {
          reported =
              new Story.Day(p.start(), "the day of the report in the story's lead (" + text + ")");
        }
        boolean better =
            event == null
                || (eventReported && !report && !p.start().isBefore(event.day().minusDays(1)));
        if (better && words(tokens) >= PROSE && !earlierCount(tokens, t)) {
          // "were killed when insurgents attacked their outposts, officials said on Sunday. The
          // militants launched the attack on Saturday": the day of a report dates the events
          // unless the lead names the day of the events or the day before; an earlier day is of
          // how a disaster began, whose toll runs on to the report ("the quake struck on Sunday")
          event = new Story.Day(p.start(), "the day the story's lead names (" + text + ")");
          eventReported = report;
          // under an "as of" line, the figures above the sentence that names the day stand at
          // the report's day
          eventFrom = header ? sentences.get(s).start() : 0;
        }
      }
      if (words(tokens) >= PROSE) {
        prose++;
      }
    }
    if (asOf == null) {
      asOf = reported;
    }
    if (asOf == null && known) {
      asOf =
          new Story.Day(
              ref,
              story.document().published().isPresent()
                  ? "the publication date"
                  : "the dateline's date");
    }
    story.days(event, asOf, eventFrom);
  }

  private static boolean recent(LocalDate day, LocalDate ref) {
    return !day.isAfter(ref) && !day.isBefore(ref.minusDays(RECENT));
  }

  /**
   * True when a time dates an earlier count a figure is compared with, not the story's events: "40
   * have died, up from 25 [a day earlier]", "rose to 40 from 25 [on Monday]".
   */
  private boolean earlierCount(List<Token> tokens, TimeSpan t) {
    int k = t.start() - 1;
    if (k < 1 || tokens.get(k).shape() != Token.Shape.NUMBER) {
      return false;
    }
    return lex.phraseEndingAt(PREVIOUS, tokens, k) >= 0
        || lex.contains(BARE_PREVIOUS, tokens.get(k - 1));
  }

  /** "the UN said late Thursday", "authorities said on Tuesday". */
  private boolean reportedAt(List<Token> tokens, TimeSpan t) {
    if (t.start() > 0 && lex.contains(REPORT_VERB, tokens.get(t.start() - 1))) {
      return true;
    }
    return t.end() < tokens.size() && lex.startsAt(REPORT_VERB, tokens, t.end());
  }

  /**
   * Reads a dateline at the start of a sentence: "KATHMANDU, Aug 15 (Reuters) -", "GENEVA,
   * Switzerland (AFP) —", "IDLIB, Syria:", "Updated: 2008-12-17 17:24 BAGHDAD --", or a line that
   * is only a date ("20 December 2013", "Published: 11th September 2018").
   */
  private Dateline dateline(String text, List<Token> tokens, LocalDate ref) {
    int n = tokens.size();
    int w = dates.datelineWordAt(tokens, 0);
    int k = w > 0 && w < n && tokens.get(w).is(":") ? w + 1 : Math.max(w, 0);
    TimeSpan first = firstSpan(tokens, k, ref);
    if (first != null) {
      LocalDate day = dayOf(first);
      if (day != null && (w > 0 || onlyDate(tokens, first.end()))) {
        return new Dateline(tokens, capsPlace(tokens, first.end()), day, null, -1);
      }
      return null;
    }
    if (w > 0) {
      return null;
    }
    LocalDate day = null;
    while (k < n && tokens.get(k).shape() == Token.Shape.NUMBER) {
      k++;
    }
    if (k >= n || !tokens.get(k).capitalized()) {
      return null;
    }
    // "KATHMANDU, Aug 15 (Reuters) -"; in capitalised words only with its day: "Dhaka, June 10 -"
    boolean upper = caps(tokens.get(k));
    PlaceMention place = gazetteer.anyCaseAt(tokens, k);
    int j = k;
    while (j < n && (upper ? caps(tokens.get(j)) : tokens.get(j).capitalized())) {
      j++;
    }
    if (place != null && place.end() != j) {
      place = null;
    }
    int guard = j + 6;
    while (j < n && j < guard && tokens.get(j).is(",")) {
      TimeSpan d = firstSpan(tokens, j + 1, ref);
      if (d != null) {
        day = dayOf(d);
        j = d.end();
        continue;
      }
      j++;
      while (j < n && j < guard && tokens.get(j).capitalized()) {
        j++;
      }
    }
    String agency = null;
    if (j < n && tokens.get(j).is("(")) {
      int close = j + 1;
      while (close < n && close - j <= 4 && !tokens.get(close).is(")")) {
        close++;
      }
      if (close < n && close > j + 1 && tokens.get(close).is(")")) {
        agency = text(text, tokens, j + 1, close);
        j = close + 1;
      }
    }
    boolean closed =
        j < n && (dash(tokens.get(j)) || (tokens.get(j).is(":") && place != null)) && j + 1 < n;
    if (!closed
        || (place == null && agency == null && day == null)
        || (!upper && (place == null || day == null))) {
      return null;
    }
    return new Dateline(tokens, place, day, agency, j);
  }

  /** A line that is a date and nothing else but a time of day. */
  private static boolean onlyDate(List<Token> tokens, int from) {
    for (int k = from; k < tokens.size(); k++) {
      if (tokens.get(k).shape() == Token.Shape.WORD) {
        return false;
      }
    }
    return true;
  }

  /** An upper-case place after a dateline's date: "Updated: 2008-12-17 17:24 BAGHDAD --". */
  private PlaceMention capsPlace(List<Token> tokens, int k) {
    while (k < tokens.size() && tokens.get(k).shape() == Token.Shape.NUMBER) {
      k++;
    }
    if (k >= tokens.size() || !caps(tokens.get(k))) {
      return null;
    }
    PlaceMention place = gazetteer.anyCaseAt(tokens, k);
    return place != null && place.end() < tokens.size() && dash(tokens.get(place.end()))
        ? place
        : null;
  }

  private TimeSpan firstSpan(List<Token> tokens, int from, LocalDate ref) {
    if (from >= tokens.size()) {
      return null;
    }
    TimeSpan t = dates.first(tokens.subList(from, tokens.size()), ref);
    return t == null ? null : new TimeSpan(from, from + t.end(), t.period());
  }

  private static LocalDate dayOf(TimeSpan t) {
    Period p = t.period();
    return p.placed() && p.precision() == DatePrecision.DAY && p.start().equals(p.end())
        ? p.start()
        : null;
  }

  /**
   * The end of the latest period the text names with its year, of precision {@code precision} or,
   * when null, of any precision but day, to read relative dates against.
   */
  /** Lines of the page read for a timestamp, from its start. */
  private static final int STAMP_LINES = 12;

  /** The longest line read as a timestamp. */
  private static final int STAMP_LENGTH = 90;

  private static final java.util.regex.Pattern CLOCK =
      java.util.regex.Pattern.compile("\\b\\d{1,2}[:.]\\d{2}\\b");

  /**
   * The day of the page's timestamp, or null: the first short line among the first ones with a time
   * of day and a full date ("June 5, 2024 at 10:32 am", "Last updated: 05 June 2024 14:20 GMT"),
   * which the sentences leave out as page furniture.
   */
  private LocalDate timestamp(String text) {
    int from = 0;
    for (int line = 0; line < STAMP_LINES && from < text.length(); line++) {
      int to = text.indexOf('\n', from);
      to = to < 0 ? text.length() : to;
      if (to - from <= STAMP_LENGTH && CLOCK.matcher(text).region(from, to).find()) {
        for (TimeSpan t : dates.find(tokenizer.tokenize(text, from, to), null)) {
          Period p = t.period();
          if (p.placed() && p.precision() == DatePrecision.DAY && p.start().equals(p.end())) {
            return p.start();
          }
        }
      }
      from = to + 1;
    }
    return null;
  }

  private LocalDate latestDate(List<Sentence> sentences, DatePrecision precision) {
    LocalDate latest = null;
    for (Sentence s : sentences) {
      for (TimeSpan t : dates.find(s.tokens(), null)) {
        Period p = t.period();
        boolean kind =
            precision != null
                ? p.precision() == precision
                : p.precision() != DatePrecision.DAY && p.precision() != DatePrecision.UNKNOWN;
        if (p.placed() && kind && (latest == null || p.end().isAfter(latest))) {
          latest = p.end();
        }
      }
    }
    return latest;
  }

  /** A word in capitals: "KATHMANDU", "PORT-AU-PRINCE". */
  private static boolean caps(Token t) {
    if (t.shape() != Token.Shape.WORD || t.text().length() < 2) {
      return false;
    }
    for (int i = 0; i < t.text().length(); i++) {
      if (Character.isLowerCase(t.text().charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** "-", "--", "—", "–". */
  private static boolean dash(Token t) {
    return t.shape() == Token.Shape.PUNCT && (t.is("-") || t.is("\u2014") || t.is("\u2013"));
  }

  private static int words(List<Token> tokens) {
    int n = 0;
    for (Token t : tokens) {
      if (t.shape() == Token.Shape.WORD) {
        n++;
      }
    }
    return n;
  }

  private static String text(String text, List<Token> tokens, int start, int end) {
    return text.substring(tokens.get(start).start(), tokens.get(end - 1).end());
  }
}
