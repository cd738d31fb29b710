package org.humfig.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.humfig.quantity.Dimension;
import org.humfig.quantity.QuantitySpan;
import org.humfig.rule.Lexicon;
import org.humfig.rule.RuleSet;
import org.humfig.rule.Span;
import org.humfig.rule.View;
import org.humfig.text.Token;
import org.humfig.time.TimeSpan;

/**
 * Finds the numbers that share one trigger with a figure, each with its own place or group: "killed
 * 15 people in Homs [and 3 in Hama]", "[1.8 million people in Iraq, 150,000 in Syria and] 149,000
 * in Jordan have been displaced", "four deaths in Abra, [three in Benguet, and one in Ifugao]",
 * "Colombia hosts 1.3 million, [Peru 768,000 and Chile 288,000]".
 *
 * <p>A sibling is a list item: a number of the figure's dimension, optionally its people and a
 * place or time phrase, set off by commas or a coordinator and ending where the list does. An item
 * followed by a noun that is no population head ("300 people and 1.2 million [cattle]") is not one.
 */
final class Coordination {

  /** How far a list item's phrase after its number may run. */
  private static final int MAX_PHRASE = 8;

  private final Lexicon lex;
  private final RuleSet rules;

  Coordination(RuleSet rules) {
    this.rules = rules;
    this.lex = rules.lexicon();
  }

  /** A list item sharing a figure's trigger: its number, its whole span and its people. */
  record Sibling(QuantitySpan quantity, Span item, Span population) {}

  /**
   * Returns the siblings of the figure whose number is {@code q} in a match spanning {@code match},
   * in text order, none of them {@code claimed}.
   *
   * @param itemEnd where the figure's own item ends (its people, or the whole match)
   */
  List<Sibling> siblings(
      Analysis a, QuantitySpan q, Span match, int itemEnd, Set<Integer> claimed) {
    List<Sibling> out = new ArrayList<>();
    if (match.start() == q.start()) {
      backward(a, q, claimed, out);
    }
    forward(a, q, Math.max(itemEnd, match.end()), claimed, out);
    out.sort(java.util.Comparator.comparingInt(s -> s.quantity().start()));
    return out;
  }

  private void forward(
      Analysis a, QuantitySpan q, int from, Set<Integer> claimed, List<Sibling> out) {
    View v = a.view();
    int p = skipPhrases(a, from);
    int verb = listVerbEnd(v, p);
    if (verb > p && skipPhrases(a, verb) > verb) {
      // "23 deaths were reported from Punjab, 19 from Sindh": the verb that says where the first
      // count was recorded, before its place, is the list's
      p = skipPhrases(a, verb);
    }
    while (p < v.size()) {
      p = afterAside(v, p);
      int next = joiner(v, p);
      if (next < 0) {
        return;
      }
      Sibling s = item(a, next, q, claimed);
      if (s == null) {
        return;
      }
      out.add(s);
      p = s.item().end();
    }
  }

  /**
   * Returns where a verb of class place_list_verb after {@code p} ends, with the auxiliaries before
   * it ("[were reported]", "[have been recorded]"); or {@code p}.
   */
  private int listVerbEnd(View v, int p) {
    int k = p;
    while (k < v.size()
        && k - p < 3
        && lex.contains("aux", v.token(k))
        && !lex.contains("place_list_verb", v.token(k))) {
      k++;
    }
    return k < v.size() && lex.contains("place_list_verb", v.token(k)) ? k + 1 : p;
  }

  /**
   * The item starting at {@code p}: "3 in Hama", "150,000 people in Syria", "Peru 768,000", "on
   * Tuesday 9 more".
   */
  private Sibling item(Analysis a, int p, QuantitySpan like, Set<Integer> claimed) {
    View v = a.view();
    int start = p;
    p = timeEnd(a, p);
    int placeEnd = v.placeEndingFrom(p);
    if (placeEnd > p) {
      p = placeEnd;
      if (p < v.size() && lex.contains("possessive", v.token(p))) {
        p++;
      }
      if (p < v.size()
          && (lex.contains("change_end", v.token(p)) || lex.contains("item_link", v.token(p)))) {
        p++;
      }
    }
    QuantitySpan q = v.quantityAt(p);
    if (q == null
        || claimed.contains(q.start())
        || q.quantity().dimension() != like.quantity().dimension()
        || lex.startsAt("breakdown_after", v.tokens(), q.end())
        || lex.startsAt("condition_after", v.tokens(), q.end())
        || spoken(a, q)) {
      return null;
    }
    Span population = null;
    int end = skipPhrases(a, q.end());
    if (!ends(a, end) && sameNoun(v, like, q)) {
      end = skipPhrases(a, q.end() + 1); // "followed by Sindh with 19 [deaths]"
    }
    if (!ends(a, end)) {
      for (int e : rules.populationEnds(v, q.end())) {
        if (e > q.end()
            && (lex.phraseEndingAt("population_noun", v.tokens(), e) >= 0
                || lex.contains("quantity_follower", v.token(e - 1)))
            && ends(a, skipPhrases(a, e))) {
          population = new Span(q.end(), e);
          end = skipPhrases(a, e);
          break;
        }
      }
    }
    if (!ends(a, end)) {
      return null;
    }
    if (end < v.size() && lex.contains("list_end", v.token(end)) && placeEnd <= start) {
      // "two each in Bhola and Patuakhali, and one each in Khulna": the list goes on after the
      // word and the places it applies to
      end = skipPhrases(a, end + 1);
      while (end + 1 < v.size()) {
        // "one each in Khulna[, Satkhira and Chattogram]"
        int next = end + 1;
        if (v.token(end).is(",") && lex.contains("coordinator", v.token(next))) {
          next++;
        } else if (!v.token(end).is(",") && !lex.contains("coordinator", v.token(end))) {
          break;
        }
        int other = next < v.size() ? v.placeEndingFrom(next) : -1;
        if (other <= next) {
          break;
        }
        end = skipPhrases(a, other);
      }
      if (!ends(a, end)) {
        return null;
      }
    }
    return new Sibling(q, new Span(start, end), population);
  }

  /**
   * True when {@code q} is inside the source phrase of an attribution: "killed 30 civilians last
   * week, [two residents] and a hospital official told reporters" counts who spoke, not a list
   * item.
   */
  private static boolean spoken(Analysis a, QuantitySpan q) {
    for (org.humfig.rule.Match x : a.attributions()) {
      Span src = x.get(org.humfig.rule.Capture.SOURCE).orElse(null);
      if (src != null && src.start() <= q.start() && q.end() <= src.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the word after {@code q} is the word after the figure's own number {@code like}: the
   * noun it counts, repeated ("46 deaths, followed by Sindh with 19 deaths").
   */
  private static boolean sameNoun(View v, QuantitySpan like, QuantitySpan q) {
    return like.end() < v.size()
        && q.end() < v.size()
        && v.token(like.end()).shape() == Token.Shape.WORD
        && v.token(like.end()).text().equalsIgnoreCase(v.token(q.end()).text());
  }

  private void backward(Analysis a, QuantitySpan q, Set<Integer> claimed, List<Sibling> out) {
    View v = a.view();
    int p = q.start();
    while (p > 1) {
      int j = p - 1;
      Token t = v.token(j);
      if (!t.is(",") && !lex.contains("coordinator", t)) {
        return;
      }
      if (lex.contains("coordinator", t) && j > 0 && v.token(j - 1).is(",")) {
        j--;
      }
      Sibling s = before(a, j, q, claimed);
      if (s == null) {
        return;
      }
      out.add(s);
      p = s.item().start();
    }
  }

  /** The item ending just before {@code end}, whose number comes first. */
  private Sibling before(Analysis a, int end, QuantitySpan like, Set<Integer> claimed) {
    View v = a.view();
    for (int s = end - 1; s >= Math.max(0, end - MAX_PHRASE - 4); s--) {
      QuantitySpan q = v.quantityAt(s);
      if (q == null || q.end() > end) {
        continue;
      }
      if (claimed.contains(q.start())
          || q.quantity().dimension() != like.quantity().dimension()
          || lex.startsAt("breakdown_after", v.tokens(), q.end())
          || (s > 0
              && (lex.contains("partitive", v.token(s - 1))
                  || (lex.contains("determiner", v.token(s - 1))
                      && !lex.contains("complementizer", v.token(s - 1)))))) {
        return null;
      }
      if (skipPhrases(a, q.end()) == end) {
        return new Sibling(q, new Span(s, end), null);
      }
      for (int e : rules.populationEnds(v, q.end())) {
        if (e <= end && skipPhrases(a, e) == end) {
          return new Sibling(q, new Span(s, end), new Span(q.end(), e));
        }
      }
      return null;
    }
    return null;
  }

  /**
   * Returns the position after a list joiner at {@code p} (",", "and", ", and", ", followed by"),
   * or -1.
   */
  private int joiner(View v, int p) {
    if (p >= v.size()) {
      return -1;
    }
    if (v.token(p).is(",") || v.token(p).is(";")) {
      p++;
      if (p < v.size() && lex.contains("coordinator", v.token(p))) {
        p++;
      }
      int next = p < v.size() ? lex.phraseAt("list_joiner", v.tokens(), p) : -1;
      return increment(v, next > p ? next : p);
    }
    return lex.contains("coordinator", v.token(p)) ? increment(v, p + 1) : -1;
  }

  /**
   * Returns the position after an item_increment phrase at {@code p} that a number follows ("and [a
   * further] 27,000 in Bay"), or {@code p}.
   */
  private int increment(View v, int p) {
    if (p >= v.size() || v.quantityAt(p) != null) {
      return p;
    }
    int next = lex.phraseAt("item_increment", v.tokens(), p);
    return next > p && next < v.size() && v.quantityAt(next) != null ? next : p;
  }

  /** The most words of an aside between the items of a list. */
  private static final int MAX_ASIDE = 16;

  /**
   * Returns the comma that ends an aside at {@code p} when a coordinator follows it (", where the
   * river burst its banks at three points, and 27,000 in Jowhar"), or {@code p}: the aside counts
   * no people, only things.
   */
  private int afterAside(View v, int p) {
    if (p + 1 >= v.size() || !v.token(p).is(",") || !lex.contains("aside_opener", v.token(p + 1))) {
      return p;
    }
    for (int k = p + 2; k < v.size() && k - p <= MAX_ASIDE; k++) {
      QuantitySpan q = v.quantityAt(k);
      if (q != null && countsThings(v, q)) {
        k = q.end();
      } else if (q != null || v.token(k).is(";")) {
        return p;
      }
      if (v.token(k).is(",")) {
        return k + 1 < v.size() && lex.contains("coordinator", v.token(k + 1)) ? k : p;
      }
    }
    return p;
  }

  /**
   * True when a number counts no people: a measure ("three points", "40 percent") or a count of
   * things, a word that heads no people after it ("two [markets]").
   */
  private boolean countsThings(View v, QuantitySpan q) {
    if (q.quantity().dimension() != Dimension.COUNT) {
      return true;
    }
    return q.end() < v.size()
        && v.token(q.end()).shape() == Token.Shape.WORD
        && !lex.contains("coordinator", v.token(q.end()))
        && !lex.startsAt("population_noun", v.tokens(), q.end());
  }

  /** True when a list item may end at {@code p}: the end, punctuation or a coordinator. */
  private boolean ends(Analysis a, int p) {
    View v = a.view();
    if (p >= v.size()) {
      return true;
    }
    Token t = v.token(p);
    return t.shape() == Token.Shape.PUNCT
        || lex.contains("coordinator", t)
        || lex.contains("list_end", t);
  }

  /** True for the number of a name such as "Region 2": one token after a capitalised word. */
  private static boolean numbered(View v, int k) {
    QuantitySpan q = v.quantityAt(k);
    return k > 0
        && q.end() == k + 1
        && v.token(k - 1).capitalized()
        && v.token(k - 1).shape() == Token.Shape.WORD;
  }

  /** Returns the end of the time phrase at {@code p} ("[on Tuesday] 9 more"), or {@code p}. */
  private static int timeEnd(Analysis a, int p) {
    for (TimeSpan t : a.times()) {
      if (t.start() == p) {
        return t.end();
      }
    }
    return p;
  }

  /** Skips the place and time phrases after an item: "in the Sahel region", "on Monday". */
  int skipPhrases(Analysis a, int p) {
    View v = a.view();
    boolean moved = true;
    while (moved && p < v.size()) {
      moved = false;
      for (TimeSpan t : a.times()) {
        if (t.start() == p) {
          p = t.end();
          moved = true;
        }
      }
      int place = v.placeEndingFrom(p);
      if (place > p) {
        p = place;
        moved = true;
      } else if (p < v.size() && lex.contains("place_preposition", v.token(p))) {
        int k = p + 1;
        while (k < v.size()
            && k - p <= MAX_PHRASE
            && (v.quantityAt(k) == null || numbered(v, k))
            && v.token(k).shape() != Token.Shape.PUNCT
            && !lex.contains("coordinator", v.token(k))
            && !lex.contains("clause_verb", v.token(k))) {
          k++;
        }
        if (k > p + 1) {
          p = k;
          moved = true;
        }
      }
    }
    return p;
  }
}
