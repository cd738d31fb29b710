package org.humfig.extract;

import java.util.List;
import java.util.Set;
import org.humfig.text.PhraseTable;
import org.humfig.text.Resource;
import org.humfig.text.Token;

/**
 * Splits a sentence into clauses where a semicolon stands or a comma opens a new clause ("...,
 * however by 24 January ..."), so a figure takes the place and date of its own clause. The words
 * come from {@code lexicon/en/clause.yaml}. Immutable and thread-safe.
 */
final class Clauses {

  private static final String RESOURCE = "/lexicon/en/clause.yaml";

  private final Set<String> breaks;
  private final PhraseTable<Boolean> openers = new PhraseTable<>();

  private Clauses(Raw raw) {
    this.breaks = Set.copyOf(raw.breaks());
    raw.openers().forEach(w -> openers.put(w, Boolean.TRUE));
  }

  static Clauses bundled() {
    return new Clauses(Resource.yaml(RESOURCE, Raw.class));
  }

  /** Returns, for each token, the index of its clause, from 0. */
  int[] of(List<Token> tokens) {
    int[] clause = new int[tokens.size()];
    int c = 0;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (breaks.contains(t.norm())
          || (t.is(",") && k + 1 < tokens.size() && openers.longestAt(tokens, k + 1) != null)) {
        c++;
      }
      clause[k] = c;
    }
    return clause;
  }

  private record Raw(List<String> breaks, List<String> openers) {}
}
