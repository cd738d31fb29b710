package org.humfig.reconcile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.humfig.model.Columns;
import org.humfig.model.Figure;
import org.humfig.model.Metric;
import org.humfig.model.Status;
import org.humfig.model.Tally;
import org.humfig.model.Unit;

/**
 * What reconciliation needs of each figure, held compactly in columns of numbers (61 bytes a
 * figure, and 16 a document): the grouping keys as small numbers, the document as a 64-bit hash of
 * its id, the dates as day numbers, the value, a text fingerprint of the evidence and the figure id
 * as a number (humfig's ids are 16 hex digits; any other id is kept as text). A low or high value
 * equal to the value, as most are, takes two bits; others are kept aside. Strings that repeat
 * (places, populations, publishers) are stored once. The columns grow a chunk at a time ({@link
 * Column}), so a growing set of keys never holds two copies of itself. Not thread-safe.
 */
final class Keys {

  /** A missing day. */
  static final int NO_DAY = Integer.MIN_VALUE;

  /**
   * Where a figure is.
   *
   * @param location the place name as written, or null
   * @param countryCode ISO3, or null
   * @param admin1 the first-level division, or null
   * @param geonamesId the gazetteer id, or null
   * @param precision what kind of place it is ({@code country}, {@code admin1}...), or null
   */
  record Where(
      String location, String countryCode, String admin1, String geonamesId, String precision) {}

  /** Strings stored once, each with a number in order of arrival. */
  static final class Strings {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    int id(String s) {
      Integer id = ids.get(s);
      if (id == null) {
        id = values.size();
        ids.put(s, id);
        values.add(s);
      }
      return id;
    }

    String get(int id) {
      return values.get(id);
    }

    int size() {
      return values.size();
    }

    /** Returns the rank of each string in sorted order, by id. */
    int[] ranks() {
      Integer[] order = new Integer[values.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> values.get(a).compareTo(values.get(b)));
      int[] rank = new int[order.length];
      for (int r = 0; r < order.length; r++) {
        rank[order[r]] = r;
      }
      return rank;
    }
  }

  private final Places places;
  private final Populations populations;

  final Strings populationClasses = new Strings();
  final Strings publishers = new Strings();
  final Strings placeKeys = new Strings();
  final Strings countries = new Strings();
  private final Map<Where, Integer> whereIds = new HashMap<>();
  final List<Where> wheres = new ArrayList<>();

  /** For each Where, its place key's id, or -1 when it has none. */
  private int[] whereKey = new int[16];

  /** For each Where, its country's id among {@link #countries}. */
  private int[] whereCountry = new int[16];

  private final Map<String, Integer> populationCache = new HashMap<>();
  private final Map<String, Integer> publisherCache = new HashMap<>();

  private static final Metric[] METRICS = Metric.values();
  private static final Tally[] TALLIES = Tally.values();
  private static final Status[] STATUSES = Status.values();
  private static final Unit[] UNITS = Unit.values();

  /** A bound (low or high) that is not known. */
  private static final int NO_BOUND = 0;

  /** A bound equal to the value, bit for bit: the usual case, kept in no more than two bits. */
  private static final int AT_VALUE = 1;

  /** A bound of its own, kept in {@link #bounded}, {@link #lows} and {@link #highs}. */
  private static final int OWN = 2;

  private int size;
  private final Column.Bytes metric = new Column.Bytes();
  private final Column.Bytes unit = new Column.Bytes();
  private final Column.Bytes tally = new Column.Bytes();
  private final Column.Bytes status = new Column.Bytes();

  /** Which bounds a figure has: the low's kind, and the high's shifted by two bits. */
  private final Column.Bytes bounds = new Column.Bytes();

  private final Column.Ints population = new Column.Ints();
  private final Column.Ints where = new Column.Ints();

  /** Each figure's row in the columns of its document ({@link #document} and the two after it). */
  private final Column.Ints origin = new Column.Ints();

  private final Column.Ints start = new Column.Ints();
  private final Column.Ints end = new Column.Ints();
  private final Column.Ints offset = new Column.Ints();
  private final Column.Doubles value = new Column.Doubles();
  private final Column.Longs print0 = new Column.Longs();
  private final Column.Longs print1 = new Column.Longs();

  /**
   * What figures share with their document, once for a run of figures that share it (a document's
   * figures arrive one after another): the hash of its id, its publisher and its publication day.
   */
  private final Column.Longs document = new Column.Longs();

  private final Column.Ints publisher = new Column.Ints();
  private final Column.Ints published = new Column.Ints();

  /** The figures with a bound of their own, in the order added, and their bounds. */
  private final Column.Ints bounded = new Column.Ints();

  private final Column.Doubles lows = new Column.Doubles();
  private final Column.Doubles highs = new Column.Doubles();

  /** The figure ids of 16 lower-case hex digits, as numbers; others are in {@link #otherIds}. */
  private final Column.Longs ids = new Column.Longs();

  private final java.util.BitSet other = new java.util.BitSet();

  /** The ids that are not 16 hex digits, by figure; null for a figure without an id. */
  private final Map<Integer, String> otherIds = new HashMap<>();

  Keys(Places places, Populations populations) {
    this.places = places;
    this.populations = populations;
  }

  int size() {
    return size;
  }

  /** Adds a figure; returns its index. */
  int add(Figure f) {
    int i = size;
    metric.add((byte) (f.metric() == null ? -1 : f.metric().ordinal()));
    tally.add((byte) (f.tally() == null ? -1 : f.tally().ordinal()));
    status.add((byte) (f.status() == null ? Status.VALID.ordinal() : f.status().ordinal()));
    population.add(populationClass(f.population()));
    where.add(where(f));
    origin(
        hash(f.documentId() == null ? "" : f.documentId()),
        publisher(f.sourceName()),
        day(f.publishedDate()));
    start.add(day(f.dateStart()));
    end.add(day(f.dateEnd()));
    offset.add(f.evidenceStart() == null ? Integer.MAX_VALUE : f.evidenceStart());
    values(i, f);
    long[] print = Fingerprint.of(f.evidence());
    print0.add(print[0]);
    print1.add(print[1]);
    String id = f.id();
    if (id != null && HEX.matcher(id).matches()) {
      ids.add(Long.parseUnsignedLong(id, 16));
    } else {
      ids.add(0);
      other.set(i);
      otherIds.put(i, id);
    }
    return size++;
  }

  private static final java.util.regex.Pattern HEX =
      java.util.regex.Pattern.compile("[0-9a-f]{16}");

  /** Returns a 64-bit FNV-1a hash of {@code s}'s UTF-8 bytes. */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xFF;
      h *= 0x100000001b3L;
    }
    return h;
  }

  /**
   * Records the figure's document, publisher and publication day, shared with the figure before.
   */
  private void origin(long doc, int by, int day) {
    int last = document.size() - 1;
    if (last < 0
        || document.get(last) != doc
        || publisher.get(last) != by
        || published.get(last) != day) {
      document.add(doc);
      publisher.add(by);
      published.add(day);
      last++;
    }
    origin.add(last);
  }

  /** Values in people where a household count gives them, else as stated. */
  private void values(int i, Figure f) {
    double factor = 1;
    Unit u = f.unit();
    if (u == Unit.HOUSEHOLDS && f.valuePeople() != null && f.value() != null && f.value() > 0) {
      factor = f.valuePeople() / f.value();
      u = Unit.PEOPLE;
    }
    unit.add((byte) (u == null ? -1 : u.ordinal()));
    double v = f.value() == null ? Double.NaN : f.value() * factor;
    double lo = f.valueLow() == null ? Double.NaN : f.valueLow() * factor;
    double hi = f.valueHigh() == null ? Double.NaN : f.valueHigh() * factor;
    value.add(v);
    int low = bound(v, lo);
    int high = bound(v, hi);
    bounds.add((byte) (low | high << 2));
    if (low == OWN || high == OWN) {
      bounded.add(i);
      lows.add(lo);
      highs.add(hi);
    }
  }

  /** Returns how bound {@code b} of value {@code v} is kept. */
  private static int bound(double v, double b) {
    if (Double.isNaN(b)) {
      return NO_BOUND;
    }
    return Double.doubleToRawLongBits(b) == Double.doubleToRawLongBits(v) ? AT_VALUE : OWN;
  }

  private int populationClass(String text) {
    String key = text == null ? "" : text;
    Integer id = populationCache.get(key);
    if (id == null) {
      id = populationClasses.id(populations.classOf(text));
      if (populationCache.size() < 100_000) {
        populationCache.put(key, id);
      }
    }
    return id;
  }

  private int where(Figure f) {
    Where w =
        new Where(
            blank(f.location()),
            blank(f.countryCode()),
            optional(f, "admin1"),
            optional(f, "geonames_id"),
            optional(f, "location_precision"));
    Integer id = whereIds.get(w);
    if (id == null) {
      id = wheres.size();
      whereIds.put(w, id);
      wheres.add(w);
      if (id >= whereKey.length) {
        whereKey = Arrays.copyOf(whereKey, whereKey.length * 2);
        whereCountry = Arrays.copyOf(whereCountry, whereKey.length);
      }
      String key = places.key(w.location(), w.countryCode(), w.geonamesId());
      whereKey[id] = key == null ? -1 : placeKeys.id(key);
      whereCountry[id] = countries.id(w.countryCode() == null ? "" : w.countryCode());
    }
    return id;
  }

  /** Reads a column figures may have (added by later versions of the schema), or null. */
  private static String optional(Figure f, String column) {
    if (!Columns.names().contains(column)) {
      return null;
    }
    return blank(Columns.text(Columns.value(f, column)));
  }

  private int publisher(String name) {
    String key = name == null ? "" : name;
    Integer id = publisherCache.get(key);
    if (id == null) {
      List<String> words = Places.words(name);
      id = words.isEmpty() ? -1 : publishers.id(String.join(" ", words));
      if (publisherCache.size() < 100_000) {
        publisherCache.put(key, id);
      }
    }
    return id;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static int day(java.time.LocalDate d) {
    return d == null ? NO_DAY : (int) d.toEpochDay();
  }

  /** Returns the figure id of figure {@code i}; empty when it has none. */
  String id(int i) {
    if (other.get(i)) {
      String id = otherIds.get(i);
      return id == null ? "" : id;
    }
    return java.util.HexFormat.of().toHexDigits(ids.get(i));
  }

  /** Returns true when figure {@code i} has an id. */
  boolean hasId(int i) {
    return !other.get(i) || otherIds.get(i) != null;
  }

  /** Returns the figures that have an id, ordered by id as text, then by index. */
  int[] byId() {
    int n = 0;
    for (int i = 0; i < size; i++) {
      n += hasId(i) ? 1 : 0;
    }
    int[] order = new int[n];
    n = 0;
    for (int i = 0; i < size; i++) {
      if (hasId(i)) {
        order[n++] = i;
      }
    }
    IntSort.sort(order, this::compareIds); // stable: one id's figures stay in index order
    return order;
  }

  /** Compares the ids of figures {@code a} and {@code b} as text. */
  int compareIds(int a, int b) {
    if (!other.get(a) && !other.get(b)) {
      return Long.compareUnsigned(ids.get(a), ids.get(b));
    }
    return id(a).compareTo(id(b));
  }

  /** Returns the id of the place key of figure {@code i}, or -1 when it has no place. */
  int placeKey(int i) {
    return whereKey[where.get(i)];
  }

  /** Returns the place key of figure {@code i}, or null when it has none. */
  String placeKeyText(int i) {
    int p = placeKey(i);
    return p < 0 ? null : placeKeys.get(p);
  }

  /** Returns true when figure {@code i} is about a whole country. */
  boolean national(int i) {
    return places.national(where(i));
  }

  /** Returns the id of the country of figure {@code i} among {@link #countries}. */
  int country(int i) {
    return whereCountry[where.get(i)];
  }

  Metric metricOf(int i) {
    byte m = metric.get(i);
    return m < 0 ? null : METRICS[m];
  }

  Tally tallyOf(int i) {
    byte t = tally.get(i);
    return t < 0 ? null : TALLIES[t];
  }

  Status statusOf(int i) {
    return STATUSES[status.get(i)];
  }

  /** Returns the unit a figure is compared in, or null when unknown. */
  Unit unitOf(int i) {
    byte u = unit.get(i);
    return u < 0 ? null : UNITS[u];
  }

  /** Returns true when a figure cannot be compared: it has no metric or no value. */
  boolean degenerate(int i) {
    return metric.get(i) < 0 || Double.isNaN(value.get(i));
  }

  /** Returns true when the figure passed validation (with or without warnings). */
  boolean credible(int i) {
    return status.get(i) != Status.INVALID.ordinal();
  }

  /** Returns the day the figure is about: its period's end, else its start, else publication. */
  int asOf(int i) {
    int e = end.get(i);
    if (e != NO_DAY) {
      return e;
    }
    int s = start.get(i);
    return s != NO_DAY ? s : published(i);
  }

  /** Returns true when the text dates the figure. */
  boolean dated(int i) {
    return end.get(i) != NO_DAY || start.get(i) != NO_DAY;
  }

  /** Returns where figure {@code i} is. */
  Where where(int i) {
    return wheres.get(where.get(i));
  }

  /**
   * Returns the id of the population class of figure {@code i} among {@link #populationClasses}.
   */
  int population(int i) {
    return population.get(i);
  }

  /** Returns the ordinal of the metric of figure {@code i}, or -1. */
  int metric(int i) {
    return metric.get(i);
  }

  /** Returns the ordinal of the unit figure {@code i} is compared in, or -1. */
  int unit(int i) {
    return unit.get(i);
  }

  /** Returns the hash of the id of the document of figure {@code i}. */
  long document(int i) {
    return document.get(origin.get(i));
  }

  /** Returns the id of the publisher of figure {@code i} among {@link #publishers}, or -1. */
  int publisher(int i) {
    return publisher.get(origin.get(i));
  }

  /** Returns the first day of the period of figure {@code i}, or {@link #NO_DAY}. */
  int start(int i) {
    return start.get(i);
  }

  /** Returns the last day of the period of figure {@code i}, or {@link #NO_DAY}. */
  int end(int i) {
    return end.get(i);
  }

  /** Returns the day figure {@code i} was published, or {@link #NO_DAY}. */
  int published(int i) {
    return published.get(origin.get(i));
  }

  /** Returns where the evidence of figure {@code i} starts, or {@link Integer#MAX_VALUE}. */
  int offset(int i) {
    return offset.get(i);
  }

  /** Returns the value of figure {@code i} as compared, or NaN. */
  double value(int i) {
    return value.get(i);
  }

  /** Returns the low value of figure {@code i} as compared, or NaN. */
  double low(int i) {
    return bound(i, bounds.get(i) & 3, lows);
  }

  /** Returns the high value of figure {@code i} as compared, or NaN. */
  double high(int i) {
    return bound(i, bounds.get(i) >> 2, highs);
  }

  private double bound(int i, int kind, Column.Doubles own) {
    if (kind == NO_BOUND) {
      return Double.NaN;
    }
    if (kind == AT_VALUE) {
      return value.get(i);
    }
    int lo = 0;
    int hi = bounded.size() - 1;
    while (lo < hi) { // the figures with bounds of their own are in order
      int mid = (lo + hi) >>> 1;
      if (bounded.get(mid) < i) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return own.get(lo);
  }

  /** Returns true when the evidence of figures {@code a} and {@code b} is near-identical. */
  boolean reprint(int a, int b) {
    return Fingerprint.same(print0.get(a), print1.get(a), print0.get(b), print1.get(b));
  }
}
