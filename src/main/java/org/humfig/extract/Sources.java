package org.humfig.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  private record Alias(String[] texts, String canonical) {}

  /** How far before a phrase a known name may start and still cover it. */
  private static final int LOOK_BACK = 8;

  private final PhraseTable<Alias> aliases = new PhraseTable<>();

  private Sources(Map<String, List<String>> raw) {
    Tokenizer tokenizer = new Tokenizer();
    raw.forEach(
        (canonical, names) -> {
          for (String name : names) {
            String[] texts =
                tokenizer.tokenize(name).stream().map(t -> t.text()).toArray(String[]::new);
            aliases.put(name, new Alias(texts, canonical));
          }
        });
  }

  @SuppressWarnings("unchecked")
  static Sources bundled() {
    return new Sources(Resource.yaml(RESOURCE, LinkedHashMap.class));
  }

  /**
   * Returns the canonical name of the longest known source whose name overlaps tokens [start, end)
   * ("Red Cross and Red Crescent Societies" in a phrase cut at "and"), or null.
   */
  String covering(List<Token> tokens, int start, int end) {
    PhraseTable.Hit<Alias> best = null;
    for (int i = Math.max(0, start - LOOK_BACK); i < end; i++) {
      for (PhraseTable.Hit<Alias> hit : aliases.startingAt(tokens, i)) {
        if (hit.end() > start
            && sameCase(tokens, i, hit.value().texts())
            && (best == null || hit.length() > best.length())) {
          best = hit;
        }
      }
    }
    return best == null ? null : best.value().canonical();
  }

  /** Returns the canonical names of the known sources a sentence names, in order. */
  List<String> named(List<Token> tokens) {
    List<String> names = new java.util.ArrayList<>();
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
    if (!aliases.mayStartWith(tokens.get(i).norm())) {
      return null;
    }
    for (PhraseTable.Hit<Alias> hit : aliases.startingAt(tokens, i)) {
      if (sameCase(tokens, i, hit.value().texts())) {
        return hit;
      }
    }
    return null;
  }

  /** Returns true when the phrase contains the name of a known source. */
  boolean known(List<Token> tokens) {
    return best(tokens) != null;
  }

  /**
   * Returns the name to record for a source phrase: the canonical name of a known source it
   * contains, else the phrase as written.
   */
  String name(List<Token> tokens, String text) {
    PhraseTable.Hit<Alias> best = best(tokens);
    return best != null ? best.value().canonical() : text.strip();
  }

  private PhraseTable.Hit<Alias> best(List<Token> tokens) {
    PhraseTable.Hit<Alias> best = null;
    for (int i = 0; i < tokens.size(); i++) {
      for (PhraseTable.Hit<Alias> hit : aliases.startingAt(tokens, i)) {
        if (sameCase(tokens, i, hit.value().texts())
            && (best == null || hit.length() > best.length())) {
          best = hit;
        }
      }
    }
    return best;
  }

  /**
   * A one-word name must match with its capitals ("WHO" is not "who"); a longer name matches in any
   * case ("U.N. Refugee Agency", "UN refugee agency").
   */
  private static boolean sameCase(List<Token> tokens, int start, String[] texts) {
    if (texts.length > 1) {
      return true;
    }
    return tokens
        .get(start)
        .text()
        .replace('\u2019', '\'')
        .equals(texts[0].replace('\u2019', '\''));
  }
}
