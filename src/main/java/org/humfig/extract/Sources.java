package org.humfig.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.humfig.rule.Lexicon;
import org.humfig.text.PhraseTable;
import org.humfig.text.Resource;
import org.humfig.text.Token;
import org.humfig.text.Tokenizer;

/**
 * The gazetteer of common sources ({@code lexicon/en/sources.yaml}): UN bodies, agencies, monitors,
 * news agencies, each with the names news uses for it, so that "the U.N. refugee agency" and
 * "UNHCR" are recorded as one source.
 */
final class Sources {

  private static final String RESOURCE = "/lexicon/en/sources.yaml";
  private static final String ACTORS = "/lexicon/en/actors.yaml";

  /** A name of a source: the ways it is written (same words, other capitals) and whose it is. */
  private record Alias(List<String[]> texts, String canonical) {}

  /** How far before a phrase a known name may start and still cover it. */
  private static final int LOOK_BACK = 8;

  /** Capitalised words after a name that make it part of a longer one: "Red Cross [Society]". */
  private static final String NAME_END = "name_end";

  private static final String FUNCTION_WORD = "function_word";

  private static final String ROLE_NOUN = "role_noun";

  private final PhraseTable<Alias> aliases;

  private final Lexicon lex;

  /** The last word of each name of each source, in lower case, by canonical name. */
  private final Map<String, java.util.Set<String>> heads;

  /** Every word of every name of each source, in lower case, by canonical name. */
  private final Map<String, java.util.Set<String>> words;

  /** Returns the names of {@code names} read with the words of {@code lex}. */
  private Sources(Sources names, Lexicon lex) {
    this.aliases = names.aliases;
    this.heads = names.heads;
    this.words = names.words;
    this.lex = lex;
  }

  /** Returns the names of {@code raw}, with no lexicon yet. */
  private Sources(Map<String, List<String>> raw) {
    this.aliases = new PhraseTable<>();
    this.heads = new java.util.HashMap<>();
    this.words = new java.util.HashMap<>();
    this.lex = null;
    Tokenizer tokenizer = new Tokenizer();
    Map<String, Alias> byWords = new LinkedHashMap<>();
    raw.forEach(
        (canonical, names) -> {
          for (String name : names) {
            List<Token> tokens = tokenizer.tokenize(name);
            String[] texts = tokens.stream().map(Token::text).toArray(String[]::new);
            String key = String.join(" ", tokens.stream().map(Token::norm).toList());
            Alias alias =
                byWords.computeIfAbsent(key, k -> new Alias(new ArrayList<>(), canonical));
            alias.texts().add(texts);
            aliases.put(name, alias);
            if (!tokens.isEmpty()) {
              heads
                  .computeIfAbsent(canonical, k -> new java.util.HashSet<>())
                  .add(tokens.get(tokens.size() - 1).norm());
            }
            words
                .computeIfAbsent(canonical, k -> new java.util.HashSet<>(words(canonical)))
                .addAll(words(name));
          }
        });
  }

  static Sources bundled(Lexicon lex) {
    return new Sources(Bundled.SOURCE_NAMES, lex);
  }

  /**
   * Returns the names of the armed groups news names as actors ({@code lexicon/en/actors.yaml}), in
   * the same layout: canonical name, then the names news uses.
   */
  static Sources actors(Lexicon lex) {
    return new Sources(Bundled.ACTOR_NAMES, lex);
  }

  /** Reads the bundled names of sources and of armed groups, once a process. */
  static void preload() {
    java.util.Objects.requireNonNull(Bundled.SOURCE_NAMES);
  }

  /** The bundled names, read when first asked for and shared: they hold no lexicon. */
  private static final class Bundled {
    static final Sources SOURCE_NAMES = read(RESOURCE);
    static final Sources ACTOR_NAMES = read(ACTORS);
  }

  @SuppressWarnings("unchecked")
  private static Sources read(String resource) {
    return new Sources(Resource.yaml(resource, LinkedHashMap.class));
  }

  /**
   * Returns the canonical name of the longest known source whose name overlaps tokens [start, end)
   * ("Red Cross and Red Crescent Societies" in a phrase cut at "and"), or null; of two apart, the
   * later, the head of the phrase ("the United Nations World Food Programme" is the WFP).
   */
  String covering(List<Token> tokens, int start, int end) {
    PhraseTable.Hit<Alias> best = null;
    for (int i = Math.max(0, start - LOOK_BACK); i < end; i++) {
      for (PhraseTable.Hit<Alias> hit : aliases.startingAt(tokens, i)) {
        if (hit.end() > start
            && sameCase(tokens, i, hit.value())
            && !inLongerName(tokens, i, hit.end())
            && better(hit, best)) {
          best = hit;
        }
      }
    }
    return best == null ? null : best.value().canonical();
  }

  /**
   * True when a known source's name runs over token {@code k}: the "and" of "Red Cross and Red
   * Crescent Societies".
   */
  boolean over(List<Token> tokens, int k) {
    for (int i = Math.max(0, k - LOOK_BACK); i < k; i++) {
      for (PhraseTable.Hit<Alias> hit : aliases.startingAt(tokens, i)) {
        if (hit.end() > k + 1 && sameCase(tokens, i, hit.value())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Returns the canonical names of the known sources a sentence names, in order. */
  List<String> named(List<Token> tokens) {
    List<String> names = new ArrayList<>();
    PhraseTable.Hit<Alias> current = null;
    for (int i = 0; i < tokens.size(); i++) {
      PhraseTable.Hit<Alias> hit = longest(tokens, i);
      if (hit == null) {
        continue;
      }
      if (current != null && hit.start() < current.end()) {
        if (hit.end() > current.end()) {
          current = hit;
        }
        continue;
      }
      if (current != null) {
        names.add(current.value().canonical());
      }
      current = hit;
    }
    if (current != null) {
      names.add(current.value().canonical());
    }
    return names;
  }

  private PhraseTable.Hit<Alias> longest(List<Token> tokens, int i) {
    if (!aliases.mayStartWith(tokens.get(i))) {
      return null;
    }
    for (PhraseTable.Hit<Alias> hit : aliases.startingAt(tokens, i)) {
      if (sameCase(tokens, i, hit.value()) && !inLongerName(tokens, i, hit.end())) {
        return hit;
      }
    }
    return null;
  }

  /**
   * Returns the last words, in lower case, of the names of the source recorded as {@code canonical}
   * ("monitor" of the Britain-based war monitor), or none when it is no known source.
   */
  java.util.Set<String> headsOf(String canonical) {
    return heads.getOrDefault(canonical, java.util.Set.of());
  }

  /**
   * True when the names of the source recorded as {@code canonical} hold every one of {@code words}
   * ("war" of "war monitor" for the Britain-based war monitor); for a source it does not know, its
   * name as written must hold them.
   */
  boolean namesHold(String canonical, java.util.Collection<String> words) {
    java.util.Set<String> known = this.words.get(canonical);
    return (known != null ? known : new java.util.HashSet<>(words(canonical))).containsAll(words);
  }

  /** Marks that are no part of a word of a name. */
  private static final java.util.regex.Pattern NOT_WORD =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Returns the words of {@code name} in lower case, split at every mark that is no letter. */
  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String w : NOT_WORD.split(name.toLowerCase(java.util.Locale.ROOT))) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Returns the name to record for the source phrase {@code tokens[start, end)} of a sentence: the
   * canonical name of a known source it contains, else the phrase as written, {@code text}.
   */
  String name(List<Token> tokens, int start, int end, String text) {
    PhraseTable.Hit<Alias> best = best(tokens, start, end);
    return best != null && !person(tokens, best.end(), end)
        ? best.value().canonical()
        : text.strip();
  }

  /**
   * True when {@code hit}, found at or after {@code best}'s start, names the phrase's source rather
   * than {@code best}: of two names that overlap, the longer ("the U.N. refugee agency", not "the
   * U.N."), of two apart, the later, the head of the phrase ("the UN peacekeeping mission MONUSCO",
   * "the United Nations World Food Programme").
   */
  private static boolean better(PhraseTable.Hit<Alias> hit, PhraseTable.Hit<Alias> best) {
    if (best == null) {
      return true;
    }
    boolean overlap = hit.start() < best.end() && best.start() < hit.end();
    return !overlap || hit.length() >= best.length();
  }

  /**
   * True when the phrase {@code tokens[start, end)} is a known source's name, a role and a person's
   * name: "UNRWA chief Philippe Lazzarini" is the person, not UNRWA.
   */
  boolean personOf(List<Token> tokens, int start, int end) {
    PhraseTable.Hit<Alias> best = best(tokens, start, end);
    return best != null && person(tokens, best.end(), end);
  }

  /**
   * True when a known source's name is followed by a role and a person's name to the phrase's end:
   * "UNRWA chief Philippe Lazzarini", "UNHCR spokesperson Ana Lima" name the person, with the role,
   * as "Interior Minister Jane Doe" does.
   */
  private boolean person(List<Token> tokens, int from, int end) {
    int k = from;
    while (k < end && lex.contains(ROLE_NOUN, tokens.get(k))) {
      k++;
    }
    if (k == from || k >= end) {
      return false;
    }
    for (int j = k; j < end; j++) {
      Token t = tokens.get(j);
      if (t.shape() != Token.Shape.WORD || !t.capitalized()) {
        return false;
      }
    }
    return true;
  }

  private PhraseTable.Hit<Alias> best(List<Token> tokens, int start, int end) {
    PhraseTable.Hit<Alias> best = null;
    for (int i = start; i < end; i++) {
      for (PhraseTable.Hit<Alias> hit : aliases.startingAt(tokens, i)) {
        if (hit.end() <= end
            && sameCase(tokens, i, hit.value())
            && !inLongerName(tokens, i, hit.end())
            && better(hit, best)) {
          best = hit;
        }
      }
    }
    return best;
  }

  /**
   * True when the known name at {@code tokens[start, end)} is only part of a longer name, another
   * body's: a capitalised word before it ("the Sudan Conflict Observatory", "the Kenya Red Cross")
   * or a capitalised organisation word after it ("the Red Cross Society"). An acronym before it
   * ("UN OCHA"), another known name ("United Nations World Food Programme"), a possessive
   * ("Gaza's"), a compound ("Britain-based") or a phrase's first word, which may be capitalised
   * only as a sentence's first ("Suspected Boko Haram fighters"), leaves it the known name.
   */
  private boolean inLongerName(List<Token> tokens, int start, int end) {
    if (start > 1 && namePart(tokens.get(start - 1)) && !knownEndsAt(tokens, start)) {
      return true;
    }
    return end < tokens.size()
        && namePart(tokens.get(end))
        && lex.contains(NAME_END, tokens.get(end));
  }

  /** True when a known name ends at {@code end}: "[United Nations] World Food Programme". */
  private boolean knownEndsAt(List<Token> tokens, int end) {
    for (int i = Math.max(0, end - LOOK_BACK); i < end; i++) {
      for (PhraseTable.Hit<Alias> hit : aliases.startingAt(tokens, i)) {
        if (hit.end() == end && sameCase(tokens, i, hit.value())) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean namePart(Token t) {
    if (t.shape() != Token.Shape.WORD || !t.capitalized() || lex.contains(FUNCTION_WORD, t)) {
      return false;
    }
    String text = t.text();
    int hyphen = text.indexOf('-');
    if (hyphen > 0
        && hyphen + 1 < text.length()
        && Character.isLowerCase(text.charAt(hyphen + 1))) {
      return false; // "Britain-based", "UN-backed"
    }
    if (text.endsWith("'s") || text.endsWith("\u2019s")) {
      return false;
    }
    return text.length() > 1 && !t.acronym(); // not "UN", "U.N."
  }

  /**
   * A one-word name must match with its capitals ("WHO" is not "who"); a longer name matches in any
   * case ("U.N. Refugee Agency", "UN refugee agency").
   */
  private static boolean sameCase(List<Token> tokens, int start, Alias alias) {
    String text = tokens.get(start).text().replace('\u2019', '\'');
    for (String[] texts : alias.texts()) {
      if (texts.length > 1 || text.equals(texts[0].replace('\u2019', '\''))) {
        return true;
      }
    }
    return false;
  }
}
