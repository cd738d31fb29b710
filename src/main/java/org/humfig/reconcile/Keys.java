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
 * What reconciliation needs of each figure, held compactly in parallel arrays (about 80 bytes a
 * figure): the grouping keys as small numbers, the document as a 64-bit hash of its id, the dates
 * as day numbers, the values, a text fingerprint of the evidence and the figure id as a number
 * (humfig's ids are 16 hex digits; any other id is kept as text). Strings that repeat (places,
 * populations, publishers) are stored once. Not thread-safe.
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

  private int size;
  byte[] metric = new byte[16];
  byte[] unit = new byte[16];
  byte[] tally = new byte[16];
  byte[] status = new byte[16];
  int[] population = new int[16];
  int[] where = new int[16];
  long[] document = new long[16];
  int[] publisher = new int[16];
  int[] start = new int[16];
  int[] end = new int[16];
  int[] published = new int[16];
  int[] offset = new int[16];
  double[] low = new double[16];
  double[] value = new double[16];
  double[] high = new double[16];
  long[] print0 = new long[16];
  long[] print1 = new long[16];

  /** The figure ids of 16 lower-case hex digits, as numbers; others are in {@link #otherIds}. */
  private long[] ids = new long[16];

  private final java.util.BitSet other = new java.util.BitSet();
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
    grow();
    int i = size;
    metric[i] = (byte) (f.metric() == null ? -1 : f.metric().ordinal());
    tally[i] = (byte) (f.tally() == null ? -1 : f.tally().ordinal());
    status[i] = (byte) (f.status() == null ? Status.VALID.ordinal() : f.status().ordinal());
    population[i] = populationClass(f.population());
    where[i] = where(f);
    document[i] = hash(f.documentId() == null ? "" : f.documentId());
    publisher[i] = publisher(f.sourceName());
    start[i] = day(f.dateStart());
    end[i] = day(f.dateEnd());
    published[i] = day(f.publishedDate());
    offset[i] = f.evidenceStart() == null ? Integer.MAX_VALUE : f.evidenceStart();
    values(i, f);
    long[] print = Fingerprint.of(f.evidence());
    print0[i] = print[0];
    print1[i] = print[1];
    String id = f.id() == null ? "" : f.id();
    if (HEX.matcher(id).matches()) {
      ids[i] = Long.parseUnsignedLong(id, 16);
    } else {
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

  /** Values in people where a household count gives them, else as stated. */
  private void values(int i, Figure f) {
    double factor = 1;
    Unit u = f.unit();
    if (u == Unit.HOUSEHOLDS && f.valuePeople() != null && f.value() != null && f.value() > 0) {
      factor = f.valuePeople() / f.value();
      u = Unit.PEOPLE;
    }
    unit[i] = (byte) (u == null ? -1 : u.ordinal());
    value[i] = f.value() == null ? Double.NaN : f.value() * factor;
    low[i] = f.valueLow() == null ? Double.NaN : f.valueLow() * factor;
    high[i] = f.valueHigh() == null ? Double.NaN : f.valueHigh() * factor;
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

  private void grow() {
    if (size < metric.length) {
      return;
    }
    int n = metric.length + (metric.length >> 1);
    metric = Arrays.copyOf(metric, n);
    unit = Arrays.copyOf(unit, n);
    tally = Arrays.copyOf(tally, n);
    status = Arrays.copyOf(status, n);
    population = Arrays.copyOf(population, n);
    where = Arrays.copyOf(where, n);
    document = Arrays.copyOf(document, n);
    ids = Arrays.copyOf(ids, n);
    publisher = Arrays.copyOf(publisher, n);
    start = Arrays.copyOf(start, n);
    end = Arrays.copyOf(end, n);
    published = Arrays.copyOf(published, n);
    offset = Arrays.copyOf(offset, n);
    low = Arrays.copyOf(low, n);
    value = Arrays.copyOf(value, n);
    high = Arrays.copyOf(high, n);
    print0 = Arrays.copyOf(print0, n);
    print1 = Arrays.copyOf(print1, n);
  }

  /** Returns the figure id of figure {@code i}. */
  String id(int i) {
    return other.get(i) ? otherIds.get(i) : java.util.HexFormat.of().toHexDigits(ids[i]);
  }

  /** Compares the ids of figures {@code a} and {@code b} as text. */
  int compareIds(int a, int b) {
    if (!other.get(a) && !other.get(b)) {
      return Long.compareUnsigned(ids[a], ids[b]);
    }
    return id(a).compareTo(id(b));
  }

  /** Returns the id of the place key of figure {@code i}, or -1 when it has no place. */
  int placeKey(int i) {
    return whereKey[where[i]];
  }

  /** Returns the place key of figure {@code i}, or null when it has none. */
  String placeKeyText(int i) {
    int p = placeKey(i);
    return p < 0 ? null : placeKeys.get(p);
  }

  /** Returns true when figure {@code i} is about a whole country. */
  boolean national(int i) {
    return places.national(wheres.get(where[i]));
  }

  /** Returns the id of the country of figure {@code i} among {@link #countries}. */
  int country(int i) {
    return whereCountry[where[i]];
  }

  Metric metricOf(int i) {
    return metric[i] < 0 ? null : METRICS[metric[i]];
  }

  Tally tallyOf(int i) {
    return tally[i] < 0 ? null : TALLIES[tally[i]];
  }

  Status statusOf(int i) {
    return STATUSES[status[i]];
  }

  /** Returns the unit a figure is compared in, or null when unknown. */
  Unit unitOf(int i) {
    return unit[i] < 0 ? null : UNITS[unit[i]];
  }

  /** Returns true when a figure cannot be compared: it has no metric or no value. */
  boolean degenerate(int i) {
    return metric[i] < 0 || Double.isNaN(value[i]);
  }

  /** Returns true when the figure passed validation (with or without warnings). */
  boolean credible(int i) {
    return status[i] != Status.INVALID.ordinal();
  }

  /** Returns the day the figure is about: its period's end, else its start, else publication. */
  int asOf(int i) {
    return end[i] != NO_DAY ? end[i] : start[i] != NO_DAY ? start[i] : published[i];
  }

  /** Returns true when the text dates the figure. */
  boolean dated(int i) {
    return end[i] != NO_DAY || start[i] != NO_DAY;
  }
}
