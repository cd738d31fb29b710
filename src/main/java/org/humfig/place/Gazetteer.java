package org.humfig.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.humfig.text.Token;
import org.humfig.text.Tokenizer;

/**
 * Place names of countries, first- and second-level divisions and cities, found in text by exact,
 * case-sensitive match of whole tokens.
 *
 * <p>Bundled data: {@code gazetteer/places.tsv}, derived from GeoNames (CC BY 4.0) and the JDK's
 * country names; see {@code gazetteer/README.md} in the resources. Immutable and thread-safe.
 */
public final class Gazetteer {

  private static final String RESOURCE = "/gazetteer/places.tsv";
  private static final String ALIASES = "/gazetteer/aliases.tsv";
  private static final String VARIANTS = "/gazetteer/variants.tsv";

  /**
   * One way of writing a place's name and its places, made the first time a lookup meets it (see
   * {@link CompiledGazetteer}). Its token texts, for the case-sensitive check, are found the first
   * time that check needs them.
   */
  static final class Name {
    private final String name;
    private final List<Place> places;
    private volatile String[] texts;

    /**
     * The same words in other capitals, written before this one ("North Kivu" behind its variant
     * "north Kivu"), or null: the tree of names' words keeps one name per words.
     */
    final Name other;

    Name(String name, List<Place> places, Name other) {
      this.name = name;
      this.places = places;
      this.other = other;
    }

    /** The first written of the spellings sharing these words. */
    Name first() {
      Name n = this;
      while (n.other != null) {
        n = n.other;
      }
      return n;
    }

    /** Returns the texts of the name's tokens, apostrophes made straight. */
    String[] texts() {
      String[] t = texts;
      if (t == null) {
        t = texts(name);
        texts = t;
      }
      return t;
    }

    static String[] texts(String name) {
      return new Tokenizer()
          .tokenize(name).stream().map(x -> apostrophes(x.text())).toArray(String[]::new);
    }

    List<Place> places() {
      return places;
    }

    String name() {
      return name;
    }
  }

  /** The names, their places and the tree of their words, made as lookups need them. */
  private final CompiledGazetteer compiled;

  private Gazetteer(CompiledGazetteer compiled) {
    this.compiled = compiled;
  }

  /**
   * Returns what the tables' names {@code byName} hold once every name's places are ordered: the
   * names in the order given, each behind the name written before it with the same words in other
   * capitals ("north Kivu" behind "North Kivu"), the first words of names written in lower case,
   * and the countries, each under the name English usually writes.
   */
  private static CompiledGazetteer.Contents contents(Map<String, List<Place>> byName) {
    Map<String, String> usual = usualNames();
    Map<String, Name> byWords = new java.util.HashMap<>();
    List<Name> order = new ArrayList<>(byName.size());
    java.util.Set<String> lowerStarts = new java.util.HashSet<>();
    Map<String, Place> countries = new java.util.HashMap<>();
    byName.forEach(
        (name, places) -> {
          if (places.size() > 1) {
            places.sort(ORDER);
          }
          String words = apostrophes(name).toLowerCase(java.util.Locale.ROOT);
          Name n = new Name(name, List.copyOf(places), byWords.get(words));
          byWords.put(words, n);
          order.add(n);
          if (Character.isLowerCase(name.codePointAt(0))) {
            lowerStarts.add(Name.texts(name)[0]);
          }
          for (Place p : places) {
            if (p.kind() == Place.Kind.COUNTRY) {
              countries.merge(
                  p.countryCode(),
                  p,
                  (a, b) -> commoner(a, b, usual.getOrDefault(a.countryCode(), "")));
            }
          }
        });
    return new CompiledGazetteer.Contents(order, lowerStarts, countries);
  }

  /** Returns the gazetteer of {@code contents}, compiled in memory. */
  private static Gazetteer compile(CompiledGazetteer.Contents contents) {
    try {
      long[] none = {};
      return new Gazetteer(CompiledGazetteer.read(CompiledGazetteer.write(contents, none), none));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot compile the gazetteer", e);
    }
  }

  /** Returns the names in the order they were put, each with its places: every one made. */
  List<Name> names() {
    List<Name> names = new ArrayList<>(compiled.names());
    for (int i = 0; i < compiled.names(); i++) {
      names.add(compiled.name(i));
    }
    return names;
  }

  /** Returns the first words of the names written in lower case. */
  java.util.Set<String> lowerStarts() {
    return compiled.lowerStarts();
  }

  /** Returns the countries by ISO3 code, each under the name English usually writes. */
  Map<String, Place> countries() {
    return compiled.countries();
  }

  /** Places sharing a name, in the order {@link #rank} gives, the most populous first. */
  private static final Comparator<Place> ORDER =
      Comparator.comparingInt(Gazetteer::rank)
          .thenComparing(Comparator.comparingLong(Place::population).reversed());

  /**
   * Of two names of one country, the one English usually writes ({@code usual}, CLDR's, or its
   * start).
   */
  private static Place commoner(Place a, Place b, String usual) {
    if (a.name().equals(usual) || b.name().equals(usual)) {
      return a.name().equals(usual) ? a : b;
    }
    boolean aStarts = usual.startsWith(a.name());
    boolean bStarts = usual.startsWith(b.name());
    if (aStarts != bStarts) {
      return aStarts ? a : b;
    }
    return a.name().compareTo(b.name()) <= 0 ? a : b;
  }

  /** Returns the English name of each country by its ISO3 code, as CLDR gives it. */
  private static Map<String, String> usualNames() {
    Map<String, String> names = new java.util.HashMap<>();
    for (String iso2 : java.util.Locale.getISOCountries()) {
      java.util.Locale l = new java.util.Locale("", iso2);
      try {
        names.putIfAbsent(l.getISO3Country(), l.getDisplayCountry(java.util.Locale.ENGLISH));
      } catch (java.util.MissingResourceException e) {
        // no ISO3 code: no country of the gazetteer has it
      }
    }
    return names;
  }

  /** Returns the country with ISO 3166-1 alpha-3 code {@code iso3}, or null. */
  public Place country(String iso3) {
    return compiled.countries().get(iso3);
  }

  /** Returns the name to record for a place: a country by its usual English name. */
  public String name(Place p) {
    if (p.kind() == Place.Kind.COUNTRY) {
      Place c = compiled.countries().get(p.countryCode());
      return c == null ? p.name() : c.name();
    }
    return p.name();
  }

  /**
   * Orders the places sharing a name: a country, then a city of 100,000 or more, then a first-level
   * division, then smaller cities, then second-level divisions. "Aleppo" is the city before the
   * governorate.
   */
  private static int rank(Place p) {
    return switch (p.kind()) {
      case COUNTRY -> 0;
      case CITY -> p.population() >= 100_000 ? 1 : 3;
      case ADMIN1 -> 2;
      case ADMIN2 -> 4;
    };
  }

  /**
   * Returns the gazetteer bundled with humfig: the places, the news spellings of {@code
   * aliases.tsv} and the variants of name starts of {@code variants.tsv}. A variant in lower case
   * ("central Sulawesi") is a division's or a city's, never a country's ("south Sudan" is not South
   * Sudan). It is loaded once, by the first caller, and shared: it is immutable.
   */
  public static Gazetteer bundled() {
    Gazetteer g = bundled;
    if (g == null) {
      synchronized (Gazetteer.class) {
        g = bundled;
        if (g == null) {
          g = load();
          bundled = g;
        }
      }
    }
    return g;
  }

  /** The bundled gazetteer once loaded. */
  private static volatile Gazetteer bundled;

  /**
   * Loads the bundled gazetteer: its compiled form when the build wrote one from these very tables
   * ({@link CompiledGazetteer}), else the tables compiled in memory.
   */
  private static Gazetteer load() {
    try {
      CompiledGazetteer compiled = CompiledGazetteer.bundled(crcs());
      return compiled != null ? new Gazetteer(compiled) : compile(contents(tables()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled gazetteer", e);
    }
  }

  /**
   * Returns the CRC-32 of each bundled table: from the directory of the jar that holds it, without
   * reading it, or from its bytes when it is a file of its own.
   */
  static long[] crcs() throws IOException {
    String[] resources = {RESOURCE, ALIASES, VARIANTS};
    long[] crcs = new long[resources.length];
    for (int i = 0; i < resources.length; i++) {
      java.net.URL url = Gazetteer.class.getResource(resources[i]);
      if (url == null) {
        throw new IllegalStateException("missing resource " + resources[i]);
      }
      long crc = -1;
      if (url.openConnection() instanceof java.net.JarURLConnection jar) {
        crc = jar.getJarEntry().getCrc();
      }
      crcs[i] = crc >= 0 ? crc : CompiledGazetteer.crcs(new byte[][] {bytes(resources[i])})[0];
    }
    return crcs;
  }

  /** Returns the gazetteer of the bundled tables' bytes: places, aliases and variants. */
  static Gazetteer fromTables(byte[][] tables) {
    return compile(contents(tables));
  }

  /** Returns what the bundled tables' bytes hold: places, aliases and variants. */
  static CompiledGazetteer.Contents contents(byte[][] tables) {
    try {
      Map<String, List<Place>> byName = places(lines(tables[0]));
      Map<String, Place> byId = new java.util.HashMap<>();
      byName.values().forEach(ps -> ps.forEach(p -> byId.putIfAbsent(p.id(), p)));
      for (String[] a : rows(lines(tables[1]), 2)) {
        Place p = byId.get(a[1]);
        if (p == null) {
          throw new IllegalStateException(ALIASES + ": unknown place_id " + a[1]);
        }
        byName.computeIfAbsent(a[0], k -> new ArrayList<>()).add(p);
      }
      Map<String, List<Place>> variants = new LinkedHashMap<>();
      Map<String, List<String>> byStart = starts(byName.keySet());
      for (String[] v : rows(lines(tables[2]), 2)) {
        boolean lower = Character.isLowerCase(v[1].codePointAt(0));
        String start = start(v[0]);
        Iterable<String> names =
            v[0].equals(start) ? byStart.getOrDefault(start, List.of()) : byName.keySet();
        for (String name : names) {
          List<Place> places = byName.get(name);
          if (name.startsWith(v[0])
              && name.length() > v[0].length()
              && !(lower && places.stream().anyMatch(p -> p.kind() == Place.Kind.COUNTRY))) {
            String other = v[1] + name.substring(v[0].length());
            if (!byName.containsKey(other)) {
              variants.computeIfAbsent(other, k -> new ArrayList<>()).addAll(places);
            }
          }
        }
      }
      variants.forEach(byName::putIfAbsent);
      return contents(byName);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled gazetteer", e);
    }
  }

  /**
   * Returns the names that go on past their first word, by that word with the space or hyphen after
   * it ("Al-" of "Al-Raqqa"), each list in the order given: the names a variant of a name's start
   * can apply to, found without a pass over every name.
   */
  private static Map<String, List<String>> starts(Iterable<String> names) {
    Map<String, List<String>> byStart = new java.util.HashMap<>();
    for (String name : names) {
      String start = start(name);
      if (start != null && start.length() < name.length()) {
        byStart.computeIfAbsent(start, k -> new ArrayList<>()).add(name);
      }
    }
    return byStart;
  }

  /** Returns {@code s} up to and with its first space or hyphen, or null when it has none. */
  private static String start(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '-') {
        return s.substring(0, i + 1);
      }
    }
    return null;
  }

  /** Returns the bytes of the bundled places, aliases and variants tables, in that order. */
  static byte[][] tables() throws IOException {
    return new byte[][] {bytes(RESOURCE), bytes(ALIASES), bytes(VARIANTS)};
  }

  private static byte[] bytes(String resource) throws IOException {
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return in.readAllBytes();
    }
  }

  private static List<String> lines(byte[] table) {
    return split(new String(table, StandardCharsets.UTF_8));
  }

  /** Returns the lines of {@code text}, as {@link java.io.BufferedReader#readLine} finds them. */
  static List<String> split(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    if (text.indexOf('\r') < 0) {
      while (start < n) {
        int end = text.indexOf('\n', start);
        end = end < 0 ? n : end;
        lines.add(text.substring(start, end));
        start = end + 1;
      }
      return lines;
    }
    while (start < n) {
      int end = start;
      char c = 0;
      while (end < n && (c = text.charAt(end)) != '\n' && c != '\r') {
        end++;
      }
      lines.add(text.substring(start, end));
      start = end + 1;
      if (c == '\r' && start < n && text.charAt(start) == '\n') {
        start++;
      }
    }
    return lines;
  }

  /** The tab-separated rows of a small hand-written table, without comments and header. */
  private static List<String[]> rows(List<String> lines, int columns) {
    List<String[]> rows = new ArrayList<>();
    boolean header = true;
    for (String line : lines) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != columns) {
        throw new IllegalStateException("expected " + columns + " columns: " + line);
      }
      rows.add(f);
    }
    return rows;
  }

  /**
   * Reads a gazetteer in the bundled TSV layout: a header, then {@code name, kind, country_code,
   * admin1, population, latitude, longitude, place_id}.
   */
  public static Gazetteer read(InputStream in) throws IOException {
    return compile(contents(places(split(new String(in.readAllBytes(), StandardCharsets.UTF_8)))));
  }

  private static Map<String, List<Place>> places(List<String> lines) throws IOException {
    Map<String, List<Place>> byName = new LinkedHashMap<>();
    if (lines.isEmpty() || !lines.get(0).startsWith("name\t")) {
      throw new IOException("gazetteer: expected a header line starting with 'name'");
    }
    int n = 1;
    for (String line : lines.subList(1, lines.size())) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 8) {
        throw new IOException("gazetteer line " + n + ": expected 8 columns, found " + f.length);
      }
      Place.Kind kind = Place.Kind.valueOf(f[1].toUpperCase(java.util.Locale.ROOT));
      long population = f[4].isEmpty() ? 0 : Long.parseLong(f[4]);
      Place place =
          new Place(f[7], f[0], kind, f[2], f[3], population, degrees(f[5]), degrees(f[6]));
      byName.computeIfAbsent(f[0], k -> new ArrayList<>()).add(place);
    }
    return byName;
  }

  private static Double degrees(String s) {
    return s.isEmpty() ? null : Double.valueOf(s);
  }

  /**
   * Returns the place names in {@code tokens}, longest first at each position, none overlapping.
   */
  public List<PlaceMention> find(List<Token> tokens) {
    List<PlaceMention> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      PlaceMention m = at(tokens, i);
      if (m != null) {
        found.add(m);
        i = m.end();
      } else {
        i++;
      }
    }
    return found;
  }

  /**
   * Returns the longest place name starting at token {@code i} whatever its capitals ("KATHMANDU"
   * in a dateline), or null.
   */
  public PlaceMention anyCaseAt(List<Token> tokens, int i) {
    int[] ends = ends(tokens, i);
    if (ends.length == 0) {
      return null;
    }
    int end = ends[ends.length - 2];
    return new PlaceMention(
        i, end, Token.text(tokens, i, end), compiled.name(ends[ends.length - 1]).first().places());
  }

  private PlaceMention at(List<Token> tokens, int i) {
    if (!Character.isUpperCase(tokens.get(i).text().codePointAt(0))
        && !compiled.lowerStarts().contains(tokens.get(i).text())) {
      return null;
    }
    int[] ends = ends(tokens, i);
    for (int k = ends.length - 2; k >= 0; k -= 2) {
      for (Name n = compiled.name(ends[k + 1]); n != null; n = n.other) {
        if (sameCase(tokens, i, n.texts(), divisionKind(n, tokens.get(i)))) {
          int end = ends[k];
          return new PlaceMention(i, end, Token.text(tokens, i, end), n.places());
        }
      }
    }
    return null;
  }

  private static final int[] NONE = {};

  /**
   * Returns the names whose words start at token {@code i}, as pairs of the token just past them
   * and the name's number, shortest first.
   */
  private int[] ends(List<Token> tokens, int i) {
    int largest = compiled.largest();
    int node = compiled.first(tokens.get(i).word(largest));
    int[] ends = NONE;
    for (int k = i + 1; node >= 0; k++) {
      int name = compiled.entry(node);
      if (name >= 0) {
        ends = Arrays.copyOf(ends, ends.length + 2);
        ends[ends.length - 2] = k;
        ends[ends.length - 1] = name;
      }
      if (k >= tokens.size()) {
        break;
      }
      node = compiled.next(node, tokens.get(k).word(largest));
    }
    return ends;
  }

  /**
   * True when the tokens from {@code start} are written as {@code texts}; when {@code kindLast},
   * the last of two or more words may be in any case ("Plateau state" for "Plateau State").
   */
  private static boolean sameCase(List<Token> tokens, int start, String[] texts, boolean kindLast) {
    for (int k = 0; k < texts.length; k++) {
      String text = apostrophes(tokens.get(start + k).text());
      boolean same =
          text.equals(texts[k])
              || (kindLast && k > 0 && k == texts.length - 1 && text.equalsIgnoreCase(texts[k]));
      if (!same) {
        return false;
      }
    }
    return true;
  }

  /**
   * True for the name of a division written with a capital, whose last word is often its kind,
   * which news writes in lower case: "Plateau state", "Gaza province", "Sylhet division" (but not
   * "eastern region", a direction).
   */
  private static boolean divisionKind(Name n, Token first) {
    Place.Kind kind = n.places().get(0).kind();
    return (kind == Place.Kind.ADMIN1 || kind == Place.Kind.ADMIN2) && first.capitalized();
  }

  static String apostrophes(String s) {
    return s.replace('\u2019', '\'').replace('\u2018', '\'');
  }
}
