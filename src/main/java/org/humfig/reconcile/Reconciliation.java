package org.humfig.reconcile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.humfig.model.Figure;
import org.humfig.model.Metric;
import org.humfig.model.Role;
import org.humfig.model.Sha256;
import org.humfig.model.Tally;

/**
 * The groups of a reconciled set of figures: each figure's group and role, and one {@link Fact} per
 * group. Facts come in a stable order (country, place, metric family, unit, population, time), the
 * same for the same figures in any order.
 */
public final class Reconciliation {

  private final Keys keys;
  private final Grouping grouping;
  private final Reconciler.Settings settings;
  private final long[] groupIds;
  private final byte[] roles;

  /**
   * Works out each group's id and recommended figure, the groups shared out among {@code threads}
   * threads; the result is the same on any number.
   */
  Reconciliation(Keys keys, Grouping grouping, Reconciler.Settings settings, int threads) {
    this.keys = keys;
    this.grouping = grouping;
    this.settings = settings;
    int groups = grouping.groups();
    this.groupIds = new long[groups];
    this.roles = new byte[keys.size()];
    java.util.Arrays.fill(roles, (byte) Role.TRIANGULATION.ordinal());
    int[] recommended = new int[groups];
    forEach(
        groups,
        threads,
        g -> {
          int[] members = members(g);
          groupIds[g] = hash(signature(members));
          recommended[g] = estimate(members).recommended;
        });
    Set<Long> block = new HashSet<>();
    for (int g = 0; g < groups; g++) {
      if (g == 0 || grouping.compareBlock(first(g - 1), first(g)) != 0) {
        block.clear();
      }
      long id = groupIds[g];
      while (!block.add(id)) {
        id = hash(Long.toString(id));
      }
      groupIds[g] = id;
      roles[recommended[g]] = (byte) Role.RECOMMENDED.ordinal();
    }
  }

  /** Runs {@code body} for each of {@code 0..n-1}, on {@code threads} threads. */
  private static void forEach(int n, int threads, IntConsumer body) {
    if (threads <= 1) {
      for (int i = 0; i < n; i++) {
        body.accept(i);
      }
      return;
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      pool.submit(() -> IntStream.range(0, n).parallel().forEach(body)).join();
    } finally {
      pool.shutdown();
    }
  }

  /** Returns the first member of group {@code g}. */
  private int first(int g) {
    return grouping.members[grouping.memberStart[g]];
  }

  private int[] members(int g) {
    return java.util.Arrays.copyOfRange(
        grouping.members, grouping.memberStart[g], grouping.memberStart[g + 1]);
  }

  private Estimate estimate(int[] members) {
    return new Estimate(keys, members, grouping.timing(members[0]), settings);
  }

  /**
   * Returns what a group's id is made of: what makes its fact (place, family, unit, population,
   * timing) and its smallest figure id, so the id stays the same while the group keeps that figure.
   */
  private String signature(int[] members) {
    int i = members[0];
    String smallest = keys.id(i);
    for (int m : members) {
      if (keys.id(m).compareTo(smallest) < 0) {
        smallest = keys.id(m);
      }
    }
    int place = keys.placeKey(i);
    return String.join(
        "|",
        keys.countries.get(keys.country(i)),
        place < 0 ? "doc:" + Long.toHexString(keys.document(i)) : keys.placeKeys.get(place),
        String.valueOf(keys.metricOf(i) == null ? "" : Grouping.family(keys.metricOf(i)).id()),
        String.valueOf(keys.unitOf(i) == null ? "" : keys.unitOf(i).id()),
        keys.populationClasses.get(keys.population(i)),
        grouping.timing(i).name(),
        smallest);
  }

  private static long hash(String s) {
    byte[] d = Sha256.of(s);
    long v = 0;
    for (int b = 0; b < 8; b++) {
      v = (v << 8) | (d[b] & 0xFF);
    }
    return v;
  }

  /** Returns the number of figures reconciled. */
  public int size() {
    return keys.size();
  }

  /** Returns the number of groups, that is of facts. */
  public int facts() {
    return grouping.groups();
  }

  /** Returns the id of the group of the figure added as {@code index}. */
  public String groupId(int index) {
    return format(groupIds[grouping.groupOf[index]]);
  }

  /** Returns the role of the figure added as {@code index} in its group. */
  public Role role(int index) {
    return Role.values()[roles[index]];
  }

  /** Returns {@code figure}, added as {@code index}, with its group id and role set. */
  public Figure apply(int index, Figure figure) {
    return figure.toBuilder().groupId(groupId(index)).role(role(index)).build();
  }

  private static String format(long id) {
    return "g" + HexFormat.of().toHexDigits(id);
  }

  /** Hands every fact to {@code sink}, in the facts' stable order. */
  public void forEachFact(Consumer<Fact> sink) {
    for (int g = 0; g < grouping.groups(); g++) {
      sink.accept(fact(g));
    }
  }

  /** Returns every fact, in order; for tests and small sets (facts are built on demand). */
  public List<Fact> factList() {
    List<Fact> out = new ArrayList<>(facts());
    forEachFact(out::add);
    return out;
  }

  private Fact fact(int g) {
    int[] members = members(g);
    Estimate e = estimate(members);
    int r = e.recommended;
    Keys.Where where = keys.where(r);
    Metric metric = keys.metricOf(r) == null ? null : Grouping.family(keys.metricOf(r));
    List<String> ids = new ArrayList<>(members.length);
    ids.add(keys.id(r));
    for (int m : members) {
      if (m != r) {
        ids.add(keys.id(m));
      }
    }
    Grouping.Timing timing = grouping.timing(r);
    boolean cumulative = false;
    for (int m : members) {
      cumulative |= keys.tallyOf(m) == Tally.CUMULATIVE;
    }
    Tally tally = timing == Grouping.Timing.NEW ? Tally.NEW : cumulative ? Tally.CUMULATIVE : null;
    return new Fact(
        format(groupIds[g]),
        metric == null ? null : metric.category(),
        metric,
        e.metrics(),
        keys.unitOf(r),
        keys.populationClasses.get(keys.population(r)),
        keys.placeKeyText(r),
        keys.national(r),
        where.location(),
        where.countryCode(),
        where.admin1(),
        where.geonamesId(),
        e.start(),
        e.end(),
        e.asOf(),
        tally,
        number(e.low),
        number(e.best),
        number(e.high),
        settings.best(),
        e.reports,
        e.sources,
        members.length,
        keys.id(r),
        ids,
        e.conflict,
        e.spread,
        e.status,
        notes(e));
  }

  private static Double number(double d) {
    return Double.isNaN(d) || Double.isInfinite(d) ? null : d;
  }

  private static String notes(Estimate e) {
    List<String> notes = new ArrayList<>();
    if (e.conflict) {
      notes.add(
          String.format(
              java.util.Locale.ROOT,
              "reports disagree: the lowest is %.0f %% below the highest",
              e.spread * 100));
    }
    if (e.superseded > 0) {
      notes.add(
          e.superseded
              + (e.superseded == 1 ? " figure" : " figures")
              + " superseded by a later report");
    }
    return notes.isEmpty() ? null : String.join("; ", notes);
  }
}
