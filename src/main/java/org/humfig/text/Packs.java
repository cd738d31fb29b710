package org.humfig.text;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The language packs bundled with humfig ({@code lexicon/packs.yaml}): which languages have one,
 * which is the default, and which word lists and rule files each holds ({@code
 * lexicon/<code>/pack.yaml}). Every word the extractor relies on lives in a pack; a new language is
 * a new pack, with no code.
 *
 * <pre>{@code
 * Packs.code("fr-FR") → "fr"     Packs.code("de") → "en" (no German pack: the default)
 * }</pre>
 */
public final class Packs {

  private static final String INDEX = "/lexicon/packs.yaml";
  private static final Index BUNDLED = Resource.yaml(INDEX, Index.class);

  /**
   * One language's files.
   *
   * @param code the language's code ("en")
   * @param name the language's name ("English")
   * @param lexicons the word lists under {@code lexicon/<code>/words/}, in load order
   * @param rules the rule files under {@code rules/<code>/}, in load order
   */
  public record Pack(String code, String name, List<String> lexicons, List<String> rules) {
    /** Copies the lists so the record stays immutable. */
    public Pack {
      lexicons = List.copyOf(lexicons);
      rules = List.copyOf(rules);
    }

    /** Returns the path of one of the pack's resources, e.g. {@code /lexicon/fr/quantity.yaml}. */
    public String resource(String file) {
      return "/lexicon/" + code + "/" + file;
    }
  }

  private record Index(
      @com.fasterxml.jackson.annotation.JsonProperty("default") String fallback,
      Map<String, String> packs) {}

  private record Files(List<String> lexicons, List<String> rules) {}

  private Packs() {}

  /** Returns the code of the default pack, read for documents of no known language. */
  public static String defaultCode() {
    return BUNDLED.fallback();
  }

  /** Returns the codes of the bundled packs, sorted. */
  public static List<String> codes() {
    return List.copyOf(new TreeMap<>(BUNDLED.packs()).keySet());
  }

  /** Returns the bundled pack {@code code}; it must be one of {@link #codes()}. */
  public static Pack of(String code) {
    String name = BUNDLED.packs().get(code);
    if (name == null) {
      throw new IllegalArgumentException("no language pack '" + code + "'; packs: " + codes());
    }
    return LOADED.computeIfAbsent(
        code,
        c -> {
          Files files = Resource.yaml("/lexicon/" + c + "/pack.yaml", Files.class);
          return new Pack(c, name, files.lexicons(), files.rules());
        });
  }

  /** The packs read so far: the rules, the page conventions and the dates each ask for theirs. */
  private static final Map<String, Pack> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Returns the pack that reads a document in {@code language} (a BCP 47 tag such as "fr-FR" or
   * "fr_CA", any case): its primary subtag when a pack has it, else the default.
   */
  public static String code(String language) {
    if (language == null || language.isBlank()) {
      return defaultCode();
    }
    String tag = language.strip().toLowerCase(Locale.ROOT);
    int end = 0;
    while (end < tag.length() && tag.charAt(end) != '-' && tag.charAt(end) != '_') {
      end++;
    }
    String primary = tag.substring(0, end); // read for every document: no regular expression
    return BUNDLED.packs().containsKey(primary) ? primary : defaultCode();
  }
}
