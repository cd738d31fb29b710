package org.humfig.reconcile;

import java.util.ArrayList;
import java.util.List;
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
  private final int[] documentRank;
  private final int[] populationRank;

  /** The figures in sorted order. */
  final int[] order;

  /** The group of each figure, by figure index. */
  final int[] groupOf;

  /** The figures of each group, group after group, each in sorted order. */
  final int[] members;

  /** Where each group's figures start in {@link #members}; one more entry than groups. */
  final int[] memberStart;

  Grouping(Keys keys) {
    this.k = keys;
    this.countryRank = keys.countries.ranks();
    this.placeRank = keys.placeKeys.ranks();
    this.documentRank = keys.documents.ranks();
    this.populationRank = keys.populationClasses.ranks();
    int n = keys.size();
    this.order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    IntSort.sort(order, this::compare);
    this.groupOf = new int[n];
    int groups = sweep();
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

  private int first(int i) {
    if (timing(i) == Timing.RUNNING) {
      return k.asOf(i);
    }
    return k.start[i] != Keys.NO_DAY ? k.start[i] : k.asOf(i);
  }

  private int last(int i) {
    return k.asOf(i);
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
      c = Integer.compare(documentRank[k.document[a]], documentRank[k.document[b]]);
    }
    if (c == 0) {
      c = Integer.compare(family(a), family(b));
    }
    if (c == 0) {
      c = Integer.compare(k.unit[a], k.unit[b]);
    }
    if (c == 0) {
      c = Integer.compare(populationRank[k.population[a]], populationRank[k.population[b]]);
    }
    if (c == 0) {
      c = timing(a).compareTo(timing(b));
    }
    if (c == 0) {
      c = Boolean.compare(!timed(a), !timed(b));
    }
    if (c == 0 && !timed(a)) {
      c = Integer.compare(documentRank[k.document[a]], documentRank[k.document[b]]);
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
      c = Integer.compare(k.published[a], k.published[b]);
    }
    if (c == 0) {
      c = Double.compare(k.value[a], k.value[b]);
    }
    if (c == 0) {
      c = Integer.compare(documentRank[k.document[a]], documentRank[k.document[b]]);
    }
    if (c == 0) {
      c = Integer.compare(k.offset[a], k.offset[b]);
    }
    if (c == 0) {
      c = k.compareIds(a, b);
    }
    if (c == 0) {
      c = Integer.compare(k.metric[a], k.metric[b]);
    }
    if (c == 0) {
      c = Double.compare(k.low[a], k.low[b]);
    }
    if (c == 0) {
      c = Double.compare(k.high[a], k.high[b]);
    }
    return c;
  }

  /** A group still open to figures of its block. */
  private record Open(int group, int first, int last) {}

  /** Walks the figures in order and assigns groups; returns their number. */
  private int sweep() {
    int groups = 0;
    List<Open> open = new ArrayList<>();
    int lastDay = 0;
    for (int p = 0; p < order.length; p++) {
      int i = order[p];
      boolean sameBlock = p > 0 && !k.degenerate(i) && compareBlock(order[p - 1], i) == 0;
      if (!sameBlock) {
        open.clear();
      }
      if (k.degenerate(i)) {
        groupOf[i] = groups++;
      } else if (!timed(i)) {
        groupOf[i] = sameBlock ? groupOf[order[p - 1]] : groups++;
      } else if (timing(i) == Timing.RUNNING) {
        if (sameBlock && k.asOf(i) - lastDay <= WINDOW) {
          groupOf[i] = groupOf[order[p - 1]];
        } else {
          groupOf[i] = groups++;
        }
        lastDay = k.asOf(i);
      } else {
        groupOf[i] = join(open, i);
        if (groupOf[i] < 0) {
          groupOf[i] = groups++;
          open.add(new Open(groupOf[i], first(i), last(i)));
        }
      }
    }
    return groups;
  }

  /** Returns the open group whose first period overlaps figure {@code i}'s enough, or -1. */
  private int join(List<Open> open, int i) {
    int s = first(i);
    int e = last(i);
    open.removeIf(o -> o.last() < s);
    for (Open o : open) {
      double inter = Math.min(e, o.last()) - Math.max(s, o.first()) + 1;
      double union = Math.max(e, o.last()) - Math.min(s, o.first()) + 1;
      if (inter > 0 && inter / union >= OVERLAP) {
        return o.group();
      }
    }
    return -1;
  }
}
