package org.humfig.reconcile;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.humfig.text.Resource;

/**
 * Says which figures are about the same place. The key of a place is its gazetteer id when the
 * figure has one ({@code gn:170063}), else its country and its name normalised ({@code SYR/aleppo}:
 * lower case, accents and punctuation dropped); a direction in the name stays part of the key in
 * one spelling ({@code east Aleppo}, {@code eastern Aleppo}: {@code /eastern}), so a part of a city
 * never merges with the whole. A figure without a place has no key, and is then never grouped with
 * another document's figures.
 */
public final class Places {

  private static final String RESOURCE = "/lexicon/en/place.yaml";

  private final Map<String, String> directions;

  private Places(Map<String, String> directions) {
    this.directions = Map.copyOf(directions);
  }

  /** Returns the place keys of the bundled English lexicon, read once a process and shared. */
  static Places english() {
    return English.PLACES;
  }

  /** Reads the bundled place words and the names of countries, once a process. */
  static void preload() {
    Objects.requireNonNull(English.PLACES);
    Objects.requireNonNull(Countries.NAMES);
  }

  private static final class English {
    static final Places PLACES = read();
  }

  private static Places read() {
    Map<?, ?> raw = Resource.yaml(RESOURCE, Map.class);
    Map<String, String> directions = new java.util.HashMap<>();
    ((Map<?, ?>) raw.get("directions"))
        .forEach((k, v) -> directions.put(String.valueOf(k), String.valueOf(v)));
    return new Places(directions);
  }

  /**
   * Returns the key of a figure's place, or null when it has none.
   *
   * @param location the place name as written ({@code eastern Aleppo}), or null
   * @param countryCode the ISO3 code of its country, or null
   * @param geonamesId its gazetteer id, or null when unknown
   */
  String key(String location, String countryCode, String geonamesId) {
    List<String> words = words(location);
    String direction = null;
    StringBuilder name = new StringBuilder();
    for (String w : words) {
      String d = directions.get(w);
      if (d != null && direction == null) {
        direction = d;
        w = d;
      }
      name.append(name.length() == 0 ? "" : " ").append(w);
    }
    if (geonamesId != null && !geonamesId.isBlank()) {
      return "gn:" + geonamesId.strip() + (direction == null ? "" : "/" + direction);
    }
    if (name.length() == 0) {
      return null;
    }
    String country = countryCode == null ? "" : countryCode.strip().toUpperCase(Locale.ROOT);
    return country + "/" + name;
  }

  /**
   * Returns true when {@code where} is a whole country: the gazetteer says so, or its name is its
   * country's English name.
   */
  boolean national(Keys.Where where) {
    if (where.precision() != null) {
      return where.precision().equals("country");
    }
    if (where.location() == null || where.countryCode() == null) {
      return false;
    }
    String name = country(where.countryCode());
    return name != null && words(name).equals(words(where.location()));
  }

  /**
   * ISO3 codes and the English names of their countries, as the JDK gives them: read when first
   * asked for.
   */
  private static final class Countries {
    static final Map<String, String> NAMES = countries();
  }

  /** Returns the English name of the country with ISO3 code {@code iso3}, or null. */
  public static String country(String iso3) {
    return iso3 == null ? null : Countries.NAMES.get(iso3.strip().toUpperCase(Locale.ROOT));
  }

  private static Map<String, String> countries() {
    Map<String, String> out = new java.util.HashMap<>();
    for (String iso2 : Locale.getISOCountries()) {
      Locale l = new Locale("", iso2);
      try {
        out.put(l.getISO3Country(), l.getDisplayCountry(Locale.ENGLISH));
      } catch (java.util.MissingResourceException e) {
        // A country without an ISO3 code cannot be named in country_code.
      }
    }
    return Map.copyOf(out);
  }

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
  private static final java.util.regex.Pattern POSSESSIVE =
      java.util.regex.Pattern.compile("['\u2019]s\\b");
  private static final java.util.regex.Pattern OTHER =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}-]+");

  /**
   * The punctuation beyond ASCII that news is full of (curly quotes, dashes, the ellipsis,
   * guillemets, the no-break space): no letter, digit or mark, and none that decomposes, so the
   * one-pass reading treats each as a separator, as the expressions do, and the right single quote
   * as an apostrophe.
   */
  private static final String PUNCTUATION =
      "\u2018\u2019\u201C\u201D\u2013\u2014\u2026\u00AB\u00BB\u00A0";

  /** True when {@code text} is ASCII but for {@link #PUNCTUATION}: it has no accent to take off. */
  static boolean plain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && PUNCTUATION.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * As {@link #words}, for ASCII text, in one pass without regular expressions: the runs of
   * letters, digits and hyphens, lower case, with a possessive "'s" before a non-word character
   * dropped, and a leading "the" dropped from two words or more. A test holds it to the regular
   * expressions.
   */
  static List<String> asciiWords(String text) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder word = new StringBuilder();
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if ((c == '\'' || c == '\u2019')
          && i + 1 < n
          && lower(text.charAt(i + 1)) == 's'
          && (i + 2 == n || !wordChar(text.charAt(i + 2)))) {
        i++; // the possessive goes, and what follows it joins what came before
        continue;
      }
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
        word.append(lower(c));
      } else if (word.length() > 0) {
        out.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      out.add(word.toString());
    }
    if (out.size() > 1 && out.get(0).equals("the")) {
      out.remove(0);
    }
    return out;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** A character that \\b counts as part of a word, in ASCII. */
  private static boolean wordChar(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
  }

  /** Returns the words of {@code text}: lower case, without accents, split at anything else. */
  static List<String> words(String text) {
    if (text == null) {
      return List.of();
    }
    if (plain(text)) {
      return asciiWords(text);
    }
    return patternWords(
        MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll(""));
  }

  /** As {@link #words}, by regular expressions, for text without accents. */
  static List<String> patternWords(String bare) {
    String lower = POSSESSIVE.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll("");
    String plain = OTHER.matcher(lower).replaceAll(" ").strip();
    if (plain.isEmpty()) {
      return List.of();
    }
    List<String> out = new java.util.ArrayList<>(List.of(plain.split(" ")));
    if (out.size() > 1 && out.get(0).equals("the")) {
      out.remove(0);
    }
    return out;
  }
}
