package org.humfig.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.humfig.rule.Capture;
import org.humfig.rule.Lexicon;
import org.humfig.rule.Match;
import org.humfig.rule.Span;
import org.humfig.rule.View;
import org.humfig.text.Token;
import org.humfig.time.TimeSpan;

/**
 * Finds who did what a figure counts: the party that holds or took territory, and the party that
 * killed or injured ("Russian shelling killed five": Russian forces; "killed by gunmen": gunmen).
 * The words are the actor lexicon's ({@code words/actor.yaml}) and the names of known armed groups
 * are {@code lexicon/en/actors.yaml}'s. Immutable and thread-safe.
 */
final class Actors {

  private static final String ATTACK = "attack_noun";
  private static final String HEAD = "actor_noun";
  private static final String LEADING = "actor_leading";
  private static final String FORCES = "state_forces";
  private static final String FUNCTION_WORD = "function_word";
  private static final String RELATIVE = "relative";

  /** How many tokens an actor phrase may stand from the figure it did. */
  private static final int REACH = 15;

  private final Lexicon lex;
  private final Sources names;
  private final Locator locator;

  Actors(Lexicon lex, Sources names, Locator locator) {
    this.lex = lex;
    this.names = names;
    this.locator = locator;
  }

  /**
   * The party that killed, injured or caused the disappearance a casualty figure counts: the actor
   * phrase an actor rule found nearest the figure's number in its sentence that names one; null
   * when none does ("killed in floods").
   */
  String casualty(Story story, Analysis a, Span value) {
    List<Match> candidates = new ArrayList<>(a.actors());
    candidates.sort(Comparator.comparingInt((Match m) -> value.distance(m.span())));
    for (Match m : candidates) {
      if (value.distance(m.span()) > REACH) {
        break;
      }
      if (relative(a.view().tokens(), m.span(), value)) {
        continue;
      }
      String name = name(story, a, m.get(Capture.ACTOR).orElseThrow());
      if (name != null) {
        return name;
      }
    }
    return null;
  }

  /** True when a relative pronoun stands between two spans: "a war [that] has cost 9,000 lives". */
  private boolean relative(List<Token> tokens, Span a, Span b) {
    int from = Math.min(a.end(), b.end());
    int to = Math.max(a.start(), b.start());
    for (int k = from; k < to; k++) {
      if (lex.contains(RELATIVE, tokens.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads an actor phrase: a known armed group by its name ("suspected Boko Haram fighters" is Boko
   * Haram); else the phrase up to its first function word, without leading articles and trailing
   * attack nouns, when its head is an actor noun ("government troops"); a country's adjective left
   * alone by an attack noun is that country's forces ("Russian shelling"). Never a phrase with a
   * number or after one ("twelve soldiers killed" counts the soldiers).
   */
  private String name(Story story, Analysis a, Span phrase) {
    View v = a.view();
    List<Token> tokens = v.tokens();
    if (phrase.start() > 0 && v.quantityCovering(phrase.start() - 1) != null) {
      return null;
    }
    int start = phrase.start();
    while (start < phrase.end() && lex.contains(LEADING, tokens.get(start))) {
      start++;
    }
    int end = start;
    while (end < phrase.end() && !lex.contains(FUNCTION_WORD, tokens.get(end))) {
      if (v.quantityCovering(end) != null || tokens.get(end).shape() == Token.Shape.NUMBER) {
        return null;
      }
      end++;
    }
    String known = names.covering(tokens, start, end);
    if (known != null) {
      return known;
    }
    boolean attack = false;
    for (int k = start; k < end; k++) {
      if (lex.phraseAt(ATTACK, tokens, k) == end) {
        end = k;
        attack = true;
        break;
      }
    }
    if (start >= end) {
      return null;
    }
    if (attack && end - start == 1 && locator.demonym(tokens.get(start))) {
      return tokens.get(start).text() + " " + lex.phrases(FORCES).get(0);
    }
    return lex.contains(HEAD, tokens.get(end - 1)) ? a.text(story.text(), start, end) : null;
  }

  /**
   * The party that holds or took territory: the subject before the trigger, from the start of its
   * clause to the auxiliaries ("[government forces] in recent weeks have overrun"), without time
   * expressions and leading articles; null when the clause has none.
   */
  String of(Story story, Analysis a, Span trigger) {
    Span s = span(a, trigger);
    return s == null ? null : a.text(story.text(), s.start(), s.end());
  }

  /** The tokens of the party {@link #of} names, or null. */
  Span span(Analysis a, Span trigger) {
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
    return new Span(start, end);
  }
}
