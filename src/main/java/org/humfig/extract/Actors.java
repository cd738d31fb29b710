package org.humfig.extract;

import org.humfig.rule.Lexicon;
import org.humfig.rule.Span;
import org.humfig.rule.View;
import org.humfig.text.Token;
import org.humfig.time.TimeSpan;

/** Finds who did what a figure counts: the party that holds or took territory. */
final class Actors {

  private final Lexicon lex;

  Actors(Lexicon lex) {
    this.lex = lex;
  }

  /**
   * The party that holds or took territory: the subject before the trigger, from the start of its
   * clause to the auxiliaries ("[government forces] in recent weeks have overrun"), without time
   * expressions and leading articles; null when the clause has none.
   */
  String of(Story story, Analysis a, Span trigger) {
    View v = a.view();
    int k = trigger.start();
    boolean moved = true;
    while (moved && k > 0) {
      moved = false;
      for (int j = Math.max(0, k - 3); j < k; j++) {
        if (lex.phraseAt("aux", v.tokens(), j) == k || lex.phraseAt("adverb", v.tokens(), j) == k) {
          k = j;
          moved = true;
          break;
        }
      }
    }
    int end = k;
    int start = end;
    while (start > 0 && end - start < 10) {
      Token t = v.token(start - 1);
      if (t.shape() == Token.Shape.PUNCT
          || lex.contains("clause_boundary", t)
          || v.quantityCovering(start - 1) != null) {
        break;
      }
      start--;
    }
    for (TimeSpan t : a.times()) {
      if (t.end() == end && t.start() >= start) {
        end = t.start();
      }
    }
    while (start < end && lex.contains("determiner", v.token(start))) {
      start++;
    }
    if (start >= end
        || v.token(start).shape() != Token.Shape.WORD
        || (end - start == 1 && lex.contains("source_stop", v.token(start)))) {
      return null;
    }
    return a.text(story.text(), start, end);
  }
}
