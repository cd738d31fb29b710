package org.humfig.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.humfig.model.Metric;
import org.humfig.model.Status;
import org.humfig.model.Tally;

/**
 * What the figures of one group say together: which report stands for each document, which reports
 * are current, the low, best and high values, the independent sources, the recommended figure and
 * whether the reports disagree.
 *
 * <ul>
 *   <li>Invalid figures count only when the group has nothing else.
 *   <li>A document's figures are one report: its latest figure stands for it (on the same day the
 *       cumulative one, then the dated one, then the first in the text, as news puts the newest
 *       first); the others are superseded.
 *   <li>For a running total the reports about the latest day are current, the older superseded; for
 *       a count over a period every report is current.
 *   <li>Recency: a dated figure is about its period's end; an undated one counts as {@value
 *       #UNDATED_AGE} days older than its publication, so a dated figure of the same week beats it.
 * </ul>
 */
final class Estimate {

  /** Days an undated figure is taken to be older than its publication, when ranking by recency. */
  static final int UNDATED_AGE = 7;

  /**
   * Distinct texts a group compares each figure's evidence with, at most; past them a reprint of a
   * later text is not recognised, which keeps a group of thousands of reports from taking quadratic
   * time.
   */
  static final int MAX_TEXTS = 1024;

  private final Keys k;
  private final int[] members;
  private final List<Integer> current = new ArrayList<>();
  final int recommended;
  final double low;
  final double best;
  final double high;
  final double spread;
  final boolean conflict;
  final int reports;
  final int sources;
  final int superseded;
  final Status status;

  Estimate(Keys keys, int[] members, Grouping.Timing timing, Reconciler.Settings settings) {
    this.k = keys;
    this.members = members;
    int[] pool = credible(keys, members);
    boolean[] stands = standing(pool);
    int dated = Keys.NO_DAY;
    int undated = Keys.NO_DAY;
    for (int j = 0; j < pool.length; j++) {
      if (!stands[j]) {
        continue;
      }
      int i = pool[j];
      if (keys.dated(i)) {
        dated = Math.max(dated, keys.asOf(i));
      } else {
        undated = Math.max(undated, keys.published(i));
      }
    }
    for (int j = 0; j < pool.length; j++) {
      int i = pool[j];
      if (stands[j] && (timing != Grouping.Timing.RUNNING || !outdated(i, dated, undated))) {
        current.add(i);
      }
    }
    current.sort(this::compareCurrent);
    this.superseded = pool.length - current.size();
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    Status s = Status.INVALID;
    for (int i : current) {
      double v = keys.value(i);
      lo = Math.min(lo, Double.isNaN(keys.low(i)) ? v : keys.low(i));
      hi = Math.max(hi, Double.isNaN(keys.high(i)) ? v : keys.high(i));
      min = Math.min(min, v);
      max = Math.max(max, v);
      if (keys.statusOf(i).ordinal() < s.ordinal()) {
        s = keys.statusOf(i);
      }
    }
    this.status = s;
    int[] cluster = sources(members);
    this.reports = documents(keys, members);
    this.sources = roots(cluster);
    if (keys.degenerate(members[0])) {
      this.recommended = members[0];
      this.low = keys.low(members[0]);
      this.best = keys.value(members[0]);
      this.high = keys.high(members[0]);
      this.spread = 0;
      this.conflict = false;
      return;
    }
    this.low = lo;
    this.high = hi;
    this.spread = max > 0 ? (max - min) / max : 0;
    this.conflict = current.size() >= 2 && spread > settings.threshold();
    this.best = best(settings.best(), members, cluster);
    this.recommended = pick(best);
  }

  /** Returns true when figure {@code a} of a document supersedes its figure {@code b}. */
  private boolean stands(int a, int b) {
    int c = Integer.compare(recency(a), recency(b));
    if (c == 0) {
      c = Boolean.compare(k.tallyOf(a) == Tally.CUMULATIVE, k.tallyOf(b) == Tally.CUMULATIVE);
    }
    if (c == 0) {
      c = Boolean.compare(k.dated(a), k.dated(b));
    }
    if (c == 0) {
      c = Integer.compare(k.offset(b), k.offset(a));
    }
    if (c == 0) {
      c = k.compareIds(b, a);
    }
    return c > 0;
  }

  /**
   * Returns true when a report of a running total is known to be older than another: a dated report
   * is older than one dated later, or than an undated one published more than {@value #UNDATED_AGE}
   * days after its day; an undated report is older than one published later, or than one dated
   * after its publication. Reports that cannot be told apart are all current.
   *
   * @param latestDated the latest day of a dated report, or {@link Keys#NO_DAY}
   * @param latestUndated the latest publication day of an undated report, or {@link Keys#NO_DAY}
   */
  private boolean outdated(int i, int latestDated, int latestUndated) {
    int day = k.asOf(i);
    if (day == Keys.NO_DAY) {
      return latestDated != Keys.NO_DAY || latestUndated != Keys.NO_DAY;
    }
    if (k.dated(i)) {
      return day < latestDated
          || (latestUndated != Keys.NO_DAY && day < latestUndated - UNDATED_AGE);
    }
    return day < latestUndated || (latestDated != Keys.NO_DAY && day < latestDated);
  }

  /** Returns the day a figure is taken to be about when ranking by recency. */
  int recency(int i) {
    if (k.dated(i)) {
      return k.asOf(i);
    }
    return k.published(i) == Keys.NO_DAY ? Keys.NO_DAY : k.published(i) - UNDATED_AGE;
  }

  /** Orders current reports most recent first, then lowest value, then by id. */
  private int compareCurrent(int a, int b) {
    int c = Integer.compare(recency(b), recency(a));
    if (c == 0) {
      c = Integer.compare(k.published(b), k.published(a));
    }
    if (c == 0) {
      c = Double.compare(k.value(a), k.value(b));
    }
    return c != 0 ? c : k.compareIds(a, b);
  }

  private double best(Best policy, int[] members, int[] cluster) {
    switch (policy) {
      case LATEST:
        return k.value(current.get(0));
      case MEDIAN:
        Map<Integer, Integer> source = new HashMap<>();
        for (int j = 0; j < members.length; j++) {
          source.put(members[j], cluster[j]);
        }
        Map<Integer, Double> bySource = new HashMap<>();
        for (int i : current) {
          bySource.merge(source.get(i), k.value(i), Math::min);
        }
        double[] values =
            bySource.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return values[(values.length - 1) / 2];
      case CONSERVATIVE:
      default:
        if (current.isEmpty()) {
          return Double.NaN;
        }
        double min = k.value(current.get(0));
        for (int i : current) {
          min = Math.min(min, k.value(i));
        }
        return min;
    }
  }

  /** Returns the credible figures of {@code members}, or all of them when none is. */
  private static int[] credible(Keys keys, int[] members) {
    int n = 0;
    int[] pool = new int[members.length];
    for (int i : members) {
      if (keys.credible(i)) {
        pool[n++] = i;
      }
    }
    return n == 0 || n == members.length ? members : Arrays.copyOf(pool, n);
  }

  /**
   * Returns, for each figure of {@code pool}, whether it stands for its document: of a document's
   * figures, the one no later one supersedes, folded in pool order.
   */
  private boolean[] standing(int[] pool) {
    boolean[] stands = new boolean[pool.length];
    if (pool.length == 1) {
      stands[0] = true;
      return stands;
    }
    Map<Long, Integer> standing = new HashMap<>();
    for (int i : pool) {
      standing.merge(k.document(i), i, (a, b) -> stands(b, a) ? b : a);
    }
    for (int j = 0; j < pool.length; j++) {
      stands[j] = standing.get(k.document(pool[j])) == pool[j];
    }
    return stands;
  }

  /** Returns how many documents the figures of {@code members} come from. */
  private static int documents(Keys keys, int[] members) {
    if (members.length == 1) {
      return 1;
    }
    long[] documents = new long[members.length];
    for (int j = 0; j < members.length; j++) {
      documents[j] = keys.document(members[j]);
    }
    Arrays.sort(documents);
    int n = 1;
    for (int j = 1; j < documents.length; j++) {
      n += documents[j] != documents[j - 1] ? 1 : 0;
    }
    return n;
  }

  /** Returns how many independent sources {@code cluster} names. */
  private static int roots(int[] cluster) {
    int n = 0;
    for (int j = 0; j < cluster.length; j++) {
      n += cluster[j] == j ? 1 : 0;
    }
    return n;
  }

  /** Returns the first current report (in recency order) whose value is {@code value}. */
  private int pick(double value) {
    for (int i : current) {
      if (k.value(i) == value) {
        return i;
      }
    }
    return current.get(0);
  }

  /**
   * Returns, for each figure of {@code group} by its position, the position of the first figure of
   * its independent source: figures of one document, of one publisher, or with near-identical
   * evidence (a reprinted story) share one.
   */
  private int[] sources(int[] group) {
    int[] parent = new int[group.length];
    for (int j = 0; j < parent.length; j++) {
      parent[j] = j;
    }
    if (group.length == 1) {
      return parent;
    }
    Map<Long, Integer> byDocument = new HashMap<>();
    Map<Integer, Integer> byPublisher = new HashMap<>();
    List<Integer> texts = new ArrayList<>();
    for (int j = 0; j < group.length; j++) {
      int i = group[j];
      Integer d = byDocument.putIfAbsent(k.document(i), j);
      if (d != null) {
        union(parent, d, j);
      }
      if (k.publisher(i) >= 0) {
        Integer p = byPublisher.putIfAbsent(k.publisher(i), j);
        if (p != null) {
          union(parent, p, j);
        }
      }
      boolean reprint = false;
      for (int t : texts) {
        int other = group[t];
        if (k.reprint(i, other)) {
          union(parent, t, j);
          reprint = true;
        }
      }
      if (!reprint && texts.size() < MAX_TEXTS) {
        texts.add(j);
      }
    }
    for (int j = 0; j < group.length; j++) {
      parent[j] = root(parent, j);
    }
    return parent;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = root(parent, a);
    int rb = root(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  private static int root(int[] parent, int a) {
    while (parent[a] != a) {
      parent[a] = parent[parent[a]];
      a = parent[a];
    }
    return a;
  }

  /** Returns the current reports, most recent first. */
  List<Integer> current() {
    return current;
  }

  /** Returns the metrics of the group's figures, in vocabulary order. */
  List<Metric> metrics() {
    Set<Metric> set = EnumSet.noneOf(Metric.class);
    for (int i : members) {
      if (k.metricOf(i) != null) {
        set.add(k.metricOf(i));
      }
    }
    return List.copyOf(set);
  }

  /** Returns the first day of the current reports' periods, or null. */
  LocalDate start() {
    int d = Integer.MAX_VALUE;
    for (int i : current) {
      int s = k.start(i) != Keys.NO_DAY ? k.start(i) : k.end(i);
      if (s != Keys.NO_DAY) {
        d = Math.min(d, s);
      }
    }
    return d == Integer.MAX_VALUE ? null : LocalDate.ofEpochDay(d);
  }

  /** Returns the last day of the current reports' periods, or null. */
  LocalDate end() {
    int d = Keys.NO_DAY;
    for (int i : current) {
      int e = k.end(i) != Keys.NO_DAY ? k.end(i) : k.start(i);
      d = Math.max(d, e);
    }
    return d == Keys.NO_DAY ? null : LocalDate.ofEpochDay(d);
  }

  /** Returns the latest day a current report is about, or null. */
  LocalDate asOf() {
    int d = Keys.NO_DAY;
    for (int i : current) {
      d = Math.max(d, k.asOf(i));
    }
    return d == Keys.NO_DAY ? null : LocalDate.ofEpochDay(d);
  }
}
