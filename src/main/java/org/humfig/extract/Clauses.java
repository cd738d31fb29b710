package org.humfig.extract;

import java.util.List;
import java.util.Set;
import org.humfig.text.PhraseTable;
import org.humfig.text.Resource;
import org.humfig.text.Token;

/**
 * Splits a sentence into clauses where a semicolon stands or a comma opens a new clause ("...,
 * however by 24 January ..."), so a figure takes the place and date of its own clause; ", and"
 * before a verb of the same subject ("has killed 135, and wounded 365 since April") goes on with
 * it. The words come from {@code lexicon/en/clause.yaml}. Immutable and thread-safe.
 */
final class Clauses {

  private static final String RESOURCE = "/lexicon/en/clause.yaml";

  private final Set<String> breaks;
  private final PhraseTable<Boolean> openers = new PhraseTable<>();
  private final PhraseTable<Boolean> continuers = new PhraseTable<>();

  private final Set<String> sameSubject;

  private Clauses(Raw raw) {
    this.breaks = Set.copyOf(raw.breaks());
    raw.openers().forEach(w -> openers.put(w, Boolean.TRUE));
    if (raw.continuers() != null) {
      raw.continuers().forEach(w -> continuers.put(w, Boolean.TRUE));
    }
    this.sameSubject = raw.sameSubject() == null ? Set.of() : Set.copyOf(raw.sameSubject());
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
      if (breaks.contains(t.norm()) || (t.is(",") && opens(tokens, k + 1))) {
        c++;
      }
      clause[k] = c;
    }
    return clause;
  }

  /**
   * True when a clause opens at token {@code k}, after a comma: not "and wounded 365 others", nor
   * "as many as 300".
   */
  private boolean opens(List<Token> tokens, int k) {
    PhraseTable.Hit<Boolean> opener = k < tokens.size() ? openers.longestAt(tokens, k) : null;
    return opener != null
        && continuers.longestAt(tokens, k) == null
        && !(opener.end() < tokens.size()
            && opener.end() == k + 1
            && sameSubject.contains(tokens.get(opener.end()).norm()));
  }

  private record Raw(
      List<String> breaks,
      List<String> openers,
      List<String> continuers,
      @com.fasterxml.jackson.annotation.JsonProperty("same_subject") List<String> sameSubject) {}
}
