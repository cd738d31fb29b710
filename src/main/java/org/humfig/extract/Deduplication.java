package org.humfig.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.humfig.model.DatePrecision;
import org.humfig.model.Figure;
import org.humfig.model.Metric;
import org.humfig.model.Qualifier;
import org.humfig.model.Tally;

/**
 * Keeps one figure where a document states the same figure twice: a headline restating the body, a
 * caption repeating a paragraph, a quote restating the lead. Two figures are the same when metric,
 * unit and value agree and their locations do not differ ("300 killed" in a headline restates "more
 * than 300 people were killed" in the body); a location that names the other's place more closely
 * ("western Nepal", "Nepal"), or a running total's that its sentence does not name (taken from an
 * earlier sentence), does not differ. A distinctive number (37, 1,682) restated in one document is
 * the same figure whatever place each mention was given, and so is a displacement of a thousand
 * people or more restated under a related metric ("fled", "crossed into" as refugees), and a share
 * credited to the same party ("half of Syria", "50 percent of Syria"). The one that says more
 * (qualifier, source, date, population, place) is kept, where the first of them stood, and takes
 * what only the other says.
 */
final class Deduplication {

  /** Metrics of people on the move, which one text may use in turn for one figure. */
  private static final Set<Metric> MOVED =
      EnumSet.of(Metric.DISPLACED, Metric.FLED, Metric.REFUGEES, Metric.EVACUATED);

  /** Metrics of what one incident does to people, counted once for each incident. */
  private static final Set<Metric> INCIDENT = EnumSet.of(Metric.KILLED, Metric.INJURED);

  private Deduplication() {}

  static List<Figure> apply(List<Figure> figures) {
    List<Figure> kept = new ArrayList<>();
    for (Figure f : figures) {
      if (rounds(f, figures)) {
        continue;
      }
      int same = -1;
      for (int i = 0; i < kept.size() && same < 0; i++) {
        if (same(kept.get(i), f)) {
          same = i;
        }
      }
      if (same < 0) {
        kept.add(f);
      } else {
        Figure a = kept.get(same);
        Figure m = richness(f) > richness(a) ? merge(f, a) : merge(a, f);
        if (headline(a) && !headline(f) && f.attributedTo() != null) {
          // a headline packs its sources into fewer words ("toll rises to 37 as NEMA says 414,000
          // displaced"): the body's sentence says whose figure it is
          m = m.toBuilder().attributedTo(f.attributedTo()).build();
        }
        kept.set(same, m);
      }
    }
    return kept;
  }

  /** How far a headline's "over", "at least" figure may stand below the body's: a fifth. */
  private static final double ROUNDED_UP_TO = 1.25;

  /** How far a headline's "about", "nearly" figure may stand from the body's: a tenth. */
  private static final double ROUNDED_WITHIN = 0.1;

  /**
   * True when {@code f} is a headline's rounded restatement of a figure of the body: the document's
   * first line, with no full stop, giving a vague or qualified number ("thousands displaced", "over
   * 300,000 in evacuation centers", "nearly 4,000 square kilometres") of the same kind as a figure
   * further on that it rounds ("more than 40,000", "326,000", "about 3,985"), or an exact number
   * the body states again under another place ("6 dead" over "Six people were killed in Bagipul
   * village"; one in the same place merges with it as any repeat does), though not as an addition
   * ("two more missing"). A headline's exact number the body revises ("kills 15" before a body's
   * 16) is a value of its own.
   */
  private static boolean rounds(Figure f, List<Figure> figures) {
    if (!headline(f) || f.value() == null || f.qualifier() == null) {
      return false;
    }
    for (Figure b : figures) {
      if (b == f
          || b.evidenceStart() == null
          || b.evidenceStart() <= f.evidenceStart()
          || b.value() == null
          || b.unit() != f.unit()
          || b.qualifier() == Qualifier.VAGUE
          || !(b.metric() == f.metric()
              || (MOVED.contains(b.metric()) && MOVED.contains(f.metric())))
          || (f.actor() != null && b.actor() != null && !f.actor().equals(b.actor()))) {
        continue;
      }
      double h = f.value();
      double v = b.value();
      boolean rounded =
          switch (f.qualifier()) {
            case VAGUE -> f.valueLow() != null && v >= f.valueLow();
            case EXACT -> v == h && b.tally() != Tally.NEW && !same(b, f);
            case MORE_THAN, AT_LEAST -> v >= h && v <= h * ROUNDED_UP_TO;
            default -> Math.abs(v - h) <= h * ROUNDED_WITHIN;
          };
      if (rounded) {
        return true;
      }
    }
    return false;
  }

  /** True for a figure of the document's first line when that line ends without a full stop. */
  private static boolean headline(Figure f) {
    return f.evidenceStart() != null
        && f.evidenceStart() == 0
        && f.evidence() != null
        && !f.evidence().strip().matches(".*[.!?]$");
  }

  private static boolean same(Figure a, Figure b) {
    if (a.unit() != b.unit() || !Objects.equals(a.value(), b.value()) || a.value() == null) {
      return false;
    }
    boolean sameMetric = a.metric() == b.metric();
    boolean related =
        MOVED.contains(a.metric())
            && MOVED.contains(b.metric())
            && a.value() >= 1000
            && a.qualifier() != Qualifier.VAGUE;
    if (!sameMetric && !related) {
      return false;
    }
    if (items(a, b) || otherDays(a, b)) {
      return false;
    }
    boolean sameActor = a.actor() != null && a.actor().equals(b.actor());
    return distinctive(a.value()) && a.qualifier() != Qualifier.VAGUE
        || sameActor
        || compatible(named(a), named(b));
  }

  /**
   * True when two figures of one sentence count different people: the items of a list that share a
   * number ("two soldiers and two civilians were killed", "killing 12 servicemen and 12
   * residents"), not one figure said twice.
   */
  private static boolean items(Figure a, Figure b) {
    if (a.evidenceStart() == null
        || !a.evidenceStart().equals(b.evidenceStart())
        || a.population() == null
        || b.population() == null) {
      return false;
    }
    String x = a.population().toLowerCase(Locale.ROOT);
    String y = b.population().toLowerCase(Locale.ROOT);
    return !x.contains(y) && !y.contains(x); // neither the same people nor one inside the other
  }

  /**
   * True when each of two counts of one incident is dated by its own sentence to a different day
   * ("killed five people in Kabul on Monday" and "on Wednesday also killed five people"): two
   * incidents, not one said twice. A running total, or a date taken from the story rather than the
   * figure's sentence, tells nothing of which incident a number counts; so does a count of people
   * still missing or displaced, which stands from day to day, or a number unlikely to recur.
   */
  private static boolean otherDays(Figure a, Figure b) {
    return INCIDENT.contains(a.metric())
        && !distinctive(a.value())
        && ownDay(a)
        && ownDay(b)
        && a.tally() != Tally.CUMULATIVE
        && b.tally() != Tally.CUMULATIVE
        && (a.dateEnd().isBefore(b.dateStart()) || b.dateEnd().isBefore(a.dateStart()));
  }

  /** True for a figure whose own sentence dates it to one day. */
  private static boolean ownDay(Figure f) {
    return f.datePrecision() == DatePrecision.DAY
        && f.dateStart() != null
        && f.dateEnd() != null
        && (f.notes() == null || !f.notes().contains(Dating.FROM_STORY));
  }

  /**
   * The place a running total's own sentence names, or null when its location came from an earlier
   * sentence (no word of it is in the evidence): "the toll of four" restating a lead's "killed four
   * in Baghdad" is the same figure whatever place the story named in between. Any other figure
   * keeps its place: "four soldiers died" after another place was named may be another incident.
   */
  private static String named(Figure f) {
    String place = f.location();
    if (place == null || f.evidence() == null || f.tally() != Tally.CUMULATIVE) {
      return place;
    }
    String evidence = f.evidence().toLowerCase(Locale.ROOT);
    for (String w : words(place)) {
      if (evidence.contains(w)) {
        return place;
      }
    }
    return null;
  }

  /** True for a number unlikely to recur by chance in one text: not small, not round. */
  private static boolean distinctive(double v) {
    return v >= 100 ? v % 100 != 0 || v >= 1000 : v >= 10 && v % 10 != 0;
  }

  /** True when neither place is known, they are equal, or one's words hold the other's. */
  private static boolean compatible(String a, String b) {
    if (a == null || b == null || a.equals(b)) {
      return true;
    }
    Set<String> x = words(a);
    Set<String> y = words(b);
    return x.containsAll(y) || y.containsAll(x);
  }

  private static Set<String> words(String s) {
    Set<String> words = new HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  private static int richness(Figure f) {
    int n = f.qualifier() == Qualifier.EXACT ? 0 : 1;
    for (Object o : new Object[] {f.attributedTo(), f.dateStart(), f.population(), f.location()}) {
      if (o != null) {
        n++;
      }
    }
    return n;
  }

  private static Figure merge(Figure kept, Figure other) {
    Figure.Builder b = kept.toBuilder();
    if (kept.attributedTo() == null && other.attributedTo() != null) {
      b.attributedTo(other.attributedTo());
    }
    if (kept.dateStart() == null && other.dateStart() != null) {
      b.dateStart(other.dateStart()).dateEnd(other.dateEnd()).datePrecision(other.datePrecision());
    }
    if (kept.location() == null && other.location() != null) {
      b.location(other.location());
    }
    return b.build();
  }
}
