package org.humfig.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.humfig.text.PhraseTable;
import org.humfig.text.Token;
import org.humfig.text.Tokenizer;

/**
 * Place names of countries, first-level divisions and cities, found in text by exact,
 * case-sensitive match of whole tokens.
 *
 * <p>Bundled data: {@code gazetteer/places.tsv}, derived from GeoNames (CC BY 4.0) and the JDK's
 * country names; see {@code gazetteer/README.md} in the resources. Immutable and thread-safe.
 */
public final class Gazetteer {

  private static final String RESOURCE = "/gazetteer/places.tsv";

  /** One way of writing a place's name: its token texts, for the case-sensitive check. */
  private record Name(String[] texts, List<Place> places) {}

  private final PhraseTable<Name> names = new PhraseTable<>();

  private Gazetteer(Map<String, List<Place>> byName) {
    Tokenizer tokenizer = new Tokenizer();
    byName.forEach(
        (name, places) -> {
          places.sort(
              Comparator.comparingInt(Gazetteer::rank)
                  .thenComparing(Comparator.comparingLong(Place::population).reversed()));
          String[] texts =
              tokenizer.tokenize(name).stream()
                  .map(t -> apostrophes(t.text()))
                  .toArray(String[]::new);
          names.put(name, new Name(texts, List.copyOf(places)));
        });
  }

  /**
   * Orders the places sharing a name: a country, then a city of 100,000 or more, then a first-level
   * division, then smaller cities. "Aleppo" is the city before the governorate.
   */
  private static int rank(Place p) {
    return switch (p.kind()) {
      case COUNTRY -> 0;
      case CITY -> p.population() >= 100_000 ? 1 : 3;
      case ADMIN1 -> 2;
    };
  }

  /** Returns the gazetteer bundled with humfig. */
  public static Gazetteer bundled() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Reads a gazetteer in the bundled TSV layout: a header, then {@code name, kind, country_code,
   * admin1, population, latitude, longitude, place_id}.
   */
  public static Gazetteer read(InputStream in) throws IOException {
    Map<String, List<Place>> byName = new LinkedHashMap<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String header = r.readLine();
    if (header == null || !header.startsWith("name\t")) {
      throw new IOException("gazetteer: expected a header line starting with 'name'");
    }
    String line;
    int n = 1;
    while ((line = r.readLine()) != null) {
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
    return new Gazetteer(byName);
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
    List<PhraseTable.Hit<Name>> hits = names.startingAt(tokens, i);
    if (hits.isEmpty()) {
      return null;
    }
    PhraseTable.Hit<Name> hit = hits.get(0);
    return new PlaceMention(
        hit.start(), hit.end(), join(tokens, hit.start(), hit.end()), hit.value().places());
  }

  private PlaceMention at(List<Token> tokens, int i) {
    if (!Character.isUpperCase(tokens.get(i).text().codePointAt(0))) {
      return null;
    }
    for (PhraseTable.Hit<Name> hit : names.startingAt(tokens, i)) {
      if (sameCase(tokens, hit.start(), hit.value().texts())) {
        String text = join(tokens, hit.start(), hit.end());
        return new PlaceMention(hit.start(), hit.end(), text, hit.value().places());
      }
    }
    return null;
  }

  private static boolean sameCase(List<Token> tokens, int start, String[] texts) {
    for (int k = 0; k < texts.length; k++) {
      if (!apostrophes(tokens.get(start + k).text()).equals(texts[k])) {
        return false;
      }
    }
    return true;
  }

  private static String join(List<Token> tokens, int start, int end) {
    StringBuilder sb = new StringBuilder();
    for (int k = start; k < end; k++) {
      if (k > start && tokens.get(k).start() > tokens.get(k - 1).end()) {
        sb.append(' ');
      }
      sb.append(tokens.get(k).text());
    }
    return sb.toString();
  }

  private static String apostrophes(String s) {
    return s.replace('\u2019', '\'').replace('\u2018', '\'');
  }
}
