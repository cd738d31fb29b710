package org.humfig.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  private static final Set<String> LEADING = Set.of("the", "a", "an");

  private record Alias(String[] texts, String canonical) {}

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
   * Returns the name to record for a source phrase: the canonical name of a known source it
   * contains, else the phrase without a leading article.
   */
  String name(List<Token> tokens, String text) {
    PhraseTable.Hit<Alias> best = null;
    for (int i = 0; i < tokens.size(); i++) {
      for (PhraseTable.Hit<Alias> hit : aliases.startingAt(tokens, i)) {
        if (sameCase(tokens, i, hit.value().texts())
            && (best == null || hit.length() > best.length())) {
          best = hit;
        }
      }
    }
    if (best != null) {
      return best.value().canonical();
    }
    String[] words = text.strip().split("\\s+", 2);
    if (LEADING.contains(words[0].toLowerCase(java.util.Locale.ROOT))) {
      return words.length == 2 ? words[1] : "";
    }
    return text.strip();
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
