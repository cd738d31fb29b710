package org.humfig.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.humfig.model.Category;
import org.humfig.model.Metric;
import org.humfig.model.Tally;

/**
 * Puts every figure in exactly one group of figures that state one fact.
 *
 * <p>Figures are sorted by what a fact is made of (country, place, metric family, unit, population,
 * timing), then by time, then by their content down to the figure id, so the groups do not depend
 * on the order figures arrive in. A run of figures equal on all but time is a block; inside it:
 *
 * <ul>
 *   <li>running totals (a cumulative tally, a state such as territory held or a population, or no
 *       date in the text) about days at most {@value #WINDOW} day apart are one fact, so a toll
 *       reported on consecutive days is one fact whose latest report supersedes the older;
 *   <li>counts over a period (dated, no cumulative tally) and additions ({@code new}) are one fact
 *       when their periods overlap by at least {@value #OVERLAP} of their span together
 *       (intersection over union, in days), compared with the period of the group's first figure:
 *       "4,000 since midnight" and "70,000 in recent days" stay apart;
 *   <li>a figure with no day at all, and a figure with no place, is grouped only with figures of
 *       its own document;
 *   <li>a figure without a metric or a value is a group of its own.
 * </ul>
 *
 * Additions never join totals or counts, so a 24-hour count never stands for a toll.
 */
final class Grouping {

  /** Days between running totals of one fact, at most. */
  static final int WINDOW = 1;

  /** Overlap of two periods of one fact, at least (intersection over union, in days). */
  static final double OVERLAP = 0.5;

  /** How a figure relates to time. */
  enum Timing {
    /** A total as of a day: cumulative, or undated and so read as of its publication. */
    RUNNING,
    /** A count over a stated period. */
    PERIOD,
    /** An addition to a total ("another 300"). */
    NEW
  }

  private final Keys k;
  private final int[] countryRank;
  private final int[] placeRank;
  private final int[] populationRank;

  /** The group of each figure, by figure index. */
  final int[] groupOf;

  /** The figures of each group, group after group, each in sorted order. */
  final int[] members;

  /** Where each group's figures start in {@link #members}; one more entry than groups. */
  final int[] memberStart;

  /** Groups the figures of {@code keys}, sorting them on {@code threads} threads. */
  Grouping(Keys keys, int threads) {
    this.k = keys;
    this.countryRank = keys.countries.ranks();
    this.placeRank = keys.placeKeys.ranks();
    this.populationRank = keys.populationClasses.ranks();
    int n = keys.size();
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    IntSort.sort(order, this::compare, threads);
    this.groupOf = new int[n];
    int groups = sweep(order);
    this.memberStart = new int[groups + 1];
    for (int i = 0; i < n; i++) {
      memberStart[groupOf[i] + 1]++;
    }
    for (int g = 0; g < groups; g++) {
      memberStart[g + 1] += memberStart[g];
    }
    this.members = new int[n];
    int[] next = java.util.Arrays.copyOf(memberStart, groups);
    for (int i : order) {
      members[next[groupOf[i]]++] = i;
    }
  }

  /** Returns the number of groups. */
  int groups() {
    return memberStart.length - 1;
  }

  /** Returns the metric family of {@code metric}: fled and displaced are one, written displaced. */
  static Metric family(Metric metric) {
    return metric == Metric.FLED ? Metric.DISPLACED : metric;
  }

  /**
   * Returns true for a metric that counts a state as of a day rather than events over a period:
   * territory held or lost, a population, people under siege.
   */
  static boolean stock(Metric metric) {
    return metric != null
        && (metric.category() == Category.TERRITORY
            || metric.category() == Category.POPULATION
            || metric == Metric.BESIEGED);
  }

  Timing timing(int i) {
    Tally t = k.tallyOf(i);
    if (t == Tally.NEW) {
      return Timing.NEW;
    }
    boolean total = t == Tally.CUMULATIVE || !k.dated(i) || stock(k.metricOf(i));
    return total ? Timing.RUNNING : Timing.PERIOD;
  }

  /** Returns true when the figure's time can be compared with others'. */
  private boolean timed(int i) {
    return timing(i) == Timing.PERIOD || k.asOf(i) != Keys.NO_DAY;
  }

  /** Returns the first day of the figure's time: its start, or its day; 0 when it has none. */
  private int first(int i) {
    if (!timed(i)) {
      return 0;
    }
    if (timing(i) == Timing.RUNNING) {
      return k.asOf(i);
    }
    return k.start(i) != Keys.NO_DAY ? k.start(i) : k.asOf(i);
  }

  /** Returns the last day of the figure's time; 0 when it has none. */
  private int last(int i) {
    return timed(i) ? k.asOf(i) : 0;
  }

  private int place(int i) {
    int p = k.placeKey(i);
    return p < 0 ? Integer.MAX_VALUE : placeRank[p];
  }

  /** Compares what makes a fact, time aside; 0 when two figures may be one fact. */
  int compareBlock(int a, int b) {
    int c = Boolean.compare(k.degenerate(a), k.degenerate(b));
    if (c != 0) {
      return c;
    }
    c = Integer.compare(countryRank[k.country(a)], countryRank[k.country(b)]);
    if (c == 0) {
      c = Integer.compare(place(a), place(b));
    }
    if (c == 0 && k.placeKey(a) < 0) {
      c = Long.compare(k.document(a), k.document(b));
    }
    if (c == 0) {
      c = Integer.compare(family(a), family(b));
    }
    if (c == 0) {
      c = Integer.compare(k.unit(a), k.unit(b));
    }
    if (c == 0) {
      c = Integer.compare(populationRank[k.population(a)], populationRank[k.population(b)]);
    }
    if (c == 0) {
      c = timing(a).compareTo(timing(b));
    }
    if (c == 0) {
      c = Boolean.compare(!timed(a), !timed(b));
    }
    if (c == 0 && !timed(a)) {
      c = Long.compare(k.document(a), k.document(b));
    }
    return c;
  }

  private int family(int i) {
    Metric m = k.metricOf(i);
    return m == null ? -1 : family(m).ordinal();
  }

  /**
   * Orders figures by block, then time, then content, so that the order is the same for any input
   * order.
   */
  private int compare(int a, int b) {
    int c = compareBlock(a, b);
    if (c == 0) {
      c = Integer.compare(first(a), first(b));
    }
    if (c == 0) {
      c = Integer.compare(last(a), last(b));
    }
    if (c == 0) {
      c = Integer.compare(k.published(a), k.published(b));
    }
    if (c == 0) {
      c = Double.compare(k.value(a), k.value(b));
    }
    if (c == 0) {
      c = Long.compare(k.document(a), k.document(b));
    }
    if (c == 0) {
      c = Integer.compare(k.offset(a), k.offset(b));
    }
    if (c == 0) {
      c = k.compareIds(a, b);
    }
    if (c == 0) {
      c = Integer.compare(k.metric(a), k.metric(b));
    }
    if (c == 0) {
      c = Double.compare(k.low(a), k.low(b));
    }
    if (c == 0) {
      c = Double.compare(k.high(a), k.high(b));
    }
    return c;
  }

  /** A group still open to figures of its block. */
  private static final class Open {
    final int group;

    /** The period of the group's first figure, which the others' must overlap. */
    final int first;

    final int end;

    /** The latest day of the group's figures, for running totals. */
    int last;

    final double value;

    /** The group's figures, to keep a document's separate facts apart. */
    int[] figures = new int[2];

    int size;

    /** The group's figures by document, once it has more than {@value #SCAN}; else null. */
    Map<Long, List<Integer>> documents;

    Open(int group, int first, int last, double value) {
      this.group = group;
      this.first = first;
      this.end = last;
      this.last = last;
      this.value = value;
    }
  }

  /** The figures of a group looked through one by one for a document's; past this, by a map. */
  private static final int SCAN = 16;

  /** Adds figure {@code i} to group {@code o}. */
  private void add(Open o, int i) {
    if (o.size == o.figures.length) {
      o.figures = java.util.Arrays.copyOf(o.figures, o.size * 2);
    }
    o.figures[o.size++] = i;
    if (o.documents != null) {
      o.documents.computeIfAbsent(k.document(i), d -> new ArrayList<>()).add(i);
    } else if (o.size > SCAN) {
      o.documents = new HashMap<>();
      for (int m = 0; m < o.size; m++) {
        int f = o.figures[m];
        o.documents.computeIfAbsent(k.document(f), d -> new ArrayList<>()).add(f);
      }
    }
  }

  /** Walks the figures in order and assigns groups; returns their number. */
  private int sweep(int[] order) {
    int groups = 0;
    List<Open> open = new ArrayList<>();
    for (int p = 0; p < order.length; p++) {
      int i = order[p];
      if (k.degenerate(i)) {
        groupOf[i] = groups++;
        continue;
      }
      if (p == 0 || compareBlock(order[p - 1], i) != 0) {
        open.clear();
      }
      Open o = join(open, i);
      if (o == null) {
        o = new Open(groups++, first(i), last(i), k.value(i));
        open.add(o);
      }
      groupOf[i] = o.group;
      o.last = Math.max(o.last, last(i));
      add(o, i);
    }
    return groups;
  }

  /**
   * Returns the open group figure {@code i} joins, or null: of those it is compatible with, the one
   * whose first value is nearest its own (by ratio), then the oldest. Groups the figure shows can
   * take no more figures are closed on the way.
   */
  private Open join(List<Open> open, int i) {
    int s = first(i);
    int e = last(i);
    boolean running = timing(i) == Timing.RUNNING;
    open.removeIf(o -> running ? o.last < s - WINDOW : o.end < s);
    Open best = null;
    double nearest = Double.POSITIVE_INFINITY;
    for (Open o : open) {
      if (!running && !overlap(s, e, o.first, o.end)) {
        continue;
      }
      if (!sameDocumentAllows(o, i)) {
        continue;
      }
      double distance = Math.abs(Math.log1p(k.value(i)) - Math.log1p(o.value));
      if (distance < nearest) {
        nearest = distance;
        best = o;
      }
    }
    return best;
  }

  /**
   * Returns true when period {@code s..e} overlaps {@code first..last} by at least {@link
   * #OVERLAP}.
   */
  private static boolean overlap(int s, int e, int first, int last) {
    double inter = Math.min(e, last) - Math.max(s, first) + 1;
    double union = Math.max(e, last) - Math.min(s, first) + 1;
    return inter > 0 && inter / union >= OVERLAP;
  }

  /**
   * Returns true unless group {@code o} holds a figure of {@code i}'s document that {@code i} is
   * not a restatement or an update of. Two numbers one text gives for one place are separate facts
   * (7 killed in one raid, 4 in another; the year's toll and the day's), unless both are running
   * totals (the toll as it was, and as it now is) or the same number said twice.
   */
  private boolean sameDocumentAllows(Open o, int i) {
    long document = k.document(i);
    if (o.documents == null) {
      for (int m = 0; m < o.size; m++) {
        int j = o.figures[m];
        if (k.document(j) == document && !restates(i, j)) {
          return false;
        }
      }
      return true;
    }
    List<Integer> same = o.documents.get(document);
    if (same == null) {
      return true;
    }
    for (int j : same) {
      if (!restates(i, j)) {
        return false;
      }
    }
    return true;
  }

  /** Returns true when figures {@code i} and {@code j} of one document may be one fact. */
  private boolean restates(int i, int j) {
    boolean totals = k.tallyOf(i) == Tally.CUMULATIVE && k.tallyOf(j) == Tally.CUMULATIVE;
    return totals || k.value(i) == k.value(j);
  }
}
