package org.humfig.extract;

import java.util.ArrayList;
import java.util.List;
import org.humfig.model.Category;
import org.humfig.model.Metric;
import org.humfig.quantity.Dimension;
import org.humfig.quantity.QuantityParser;
import org.humfig.quantity.QuantitySpan;
import org.humfig.rule.Capture;
import org.humfig.rule.Lexicon;
import org.humfig.rule.Match;
import org.humfig.rule.Rule;
import org.humfig.rule.RuleSet;
import org.humfig.rule.View;
import org.humfig.text.Token;

/**
 * Finds the parts a sentence gives of a figure, in every voice: "16 people, including 13 children,
 * were killed"; "killed 37 civilians including 12 children and 5 women"; "46 people were injured,
 * including 30 children"; "seven civilians (five children and two women)"; "498,000 people, of whom
 * 436,000 fled to camps" (a part with its own trigger takes that trigger's metric); "nine people
 * were killed, six of them police officers"; "killed 40 people, including 15 in the capital" (a
 * part with the place it is counted in).
 *
 * <p>The parts are looked for in the whole sentence, insertions included, from the end of the
 * figure's people (or of its match) up to the first other number or the end of the clause.
 */
final class Breakdowns {

  private static final int MAX_GAP = 14;
  private static final int MAX_HEAD = 4;
  private static final int MAX_TAIL = 10;
  private static final int MAX_PLACE = 6;

  private final Lexicon lex;
  private final RuleSet rules;
  private final QuantityParser quantities;

  Breakdowns(RuleSet rules, QuantityParser quantities) {
    this.rules = rules;
    this.lex = rules.lexicon();
    this.quantities = quantities;
  }

  /**
   * A part: its quantity in the sentence's tokens, the end of its people head (its start when none
   * is named), its metric, whether it counts households, and the tokens that say where it is ("15
   * [in the capital]"; both -1 when it says not).
   */
  record Part(
      QuantitySpan quantity,
      int headStart,
      int headEnd,
      Metric metric,
      String ruleId,
      boolean households,
      int placeStart,
      int placeEnd) {

    Part(
        QuantitySpan quantity,
        int headStart,
        int headEnd,
        Metric metric,
        String ruleId,
        boolean households) {
      this(quantity, headStart, headEnd, metric, ruleId, households, -1, -1);
    }

    /** Where the part's words end. */
    int end() {
      return Math.max(headEnd, placeEnd);
    }
  }

  /**
   * Returns the parts stated after token {@code from} of the whole sentence (an index into {@code
   * a.all()}) of a figure counting {@code metric}.
   */
  List<Part> after(Analysis a, int from, Metric metric) {
    return after(a, from, metric, false);
  }

  /**
   * As {@link #after(Analysis, int, Metric)}; when {@code whole} is true, the figure opens its
   * sentence as the whole a part is counted of ("Of the 3,000 displaced, 1,200 are children"), and
   * the first part may follow the comma that ends it.
   */
  List<Part> after(Analysis a, int from, Metric metric, boolean whole) {
    List<Token> all = a.all();
    int k = opener(a, from, whole);
    List<Part> parts = new ArrayList<>();
    if (k < 0) {
      return parts;
    }
    while (k < all.size()) {
      Part p = part(all, k, metric);
      if (p == null) {
        break;
      }
      parts.add(p);
      k = p.end();
      if (k < all.size() && all.get(k).is(",")) {
        k++;
      }
      if (k < all.size() && lex.contains("coordinator", all.get(k))) {
        k++;
      }
      if (k < all.size() && lex.startsAt("breakdown", all, k)) {
        k = lex.phraseAt("breakdown", all, k);
      }
    }
    return parts;
  }

  /**
   * Returns where the first part's number may start: after an opener such as "including" or "(",
   * within {@link #MAX_GAP} tokens and before any other number of the view; or -1.
   */
  private int opener(Analysis a, int from, boolean whole) {
    List<Token> all = a.all();
    for (int k = from; k < all.size() && k - from <= MAX_GAP; k++) {
      Token t = all.get(k);
      if (t.is(".") || t.is(";")) {
        return -1;
      }
      if (lex.startsAt("breakdown", all, k)) {
        int end = lex.phraseAt("breakdown", all, k);
        while (end < all.size() && lex.startsAt("breakdown", all, end)) {
          end = lex.phraseAt("breakdown", all, end);
        }
        return end;
      }
      if (t.is("(") && k == from) {
        return k + 1;
      }
      if ((t.is(",") || t.is("("))
          && k + 1 < all.size()
          && quantities.parseAt(all, k + 1).isPresent()) {
        // "nine people were killed, six of them police officers", "(85,000 of which ...)"
        QuantitySpan q = quantities.parseAt(all, k + 1).get();
        if (lex.startsAt("breakdown_after", all, q.end())
            || (whole
                && t.is(",")
                && q.end() < all.size()
                && lex.contains("aux", all.get(q.end())))) {
          // "(85,000 of which ...)"; "Of the 3,000 displaced, [1,200 are] children"
          return k + 1;
        }
      }
      if (visibleQuantity(a, k)) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean visibleQuantity(Analysis a, int k) {
    for (int i = 0; i < a.index().length; i++) {
      if (a.index()[i] == k) {
        return a.view().quantityAt(i) != null;
      }
    }
    return false;
  }

  /** The part starting at token {@code k}: a count, then its people or its own trigger. */
  private Part part(List<Token> all, int k, Metric parent) {
    QuantitySpan q = quantities.parseAt(all, k).orElse(null);
    if (q == null || q.quantity().dimension() != Dimension.COUNT) {
      return null;
    }
    int head = q.end();
    int link = q.end();
    if (lex.startsAt("breakdown_after", all, head)) {
      head = lex.phraseAt("breakdown_after", all, head);
      link = head;
      while (head < all.size() && lex.contains("aux", all.get(head))) {
        head++;
      }
    }
    if (link > q.end()
        && (head == all.size()
            || lex.contains("part_degree", all.get(head))
            || lex.contains("part_phrase", all.get(head))
            || all.get(head).shape() == Token.Shape.PUNCT)) {
      // "2,500 were injured, 67 of them seriously", "displaced 400,000, 80,000 of them since
      // Monday": a part of the whole, however the words go on, with its place if it names one
      int place = placeEnd(all, head);
      return new Part(
          q,
          q.end(),
          q.end(),
          parent,
          null,
          false,
          place > head ? head : -1,
          place > head ? place : -1);
    }
    int noun = -1;
    for (int h = head; h < all.size() && h - head < MAX_HEAD; h++) {
      if (lex.startsAt("population_noun", all, h)) {
        noun = h;
        break;
      }
      if (all.get(h).shape() == Token.Shape.PUNCT || lex.contains("coordinator", all.get(h))) {
        break;
      }
    }
    Rule own = ownRule(all, q, link, parent);
    Metric metric = own != null ? own.metric() : parent;
    String id = own != null ? own.id() : null;
    if (noun >= 0) {
      if (metric.category() == Category.CASUALTY && lex.startsAt("dwelling_noun", all, noun)) {
        return null; // "killed 70 people ..., which included 13,500 homes": no casualties
      }
      int end = lex.phraseAt("population_noun", all, noun);
      return new Part(q, noun, end, metric, id, lex.startsAt("household_noun", all, noun));
    }
    int place = own == null ? placeEnd(all, head) : -1;
    if (place > head) {
      // "killed 40 people, including 15 in the capital": a part counted where it is
      return new Part(q, q.end(), q.end(), parent, null, false, head, place);
    }
    return own == null ? null : new Part(q, q.end(), q.end(), metric, id, false);
  }

  /**
   * Returns where the place a part is counted in ends when token {@code head} opens one ("[in] the
   * capital"): at the first punctuation, coordinator or number, within {@link #MAX_PLACE} tokens;
   * or -1.
   */
  private int placeEnd(List<Token> all, int head) {
    if (head >= all.size() || !lex.contains("part_place", all.get(head))) {
      return -1;
    }
    int end = head + 1;
    while (end < all.size()
        && end - head <= MAX_PLACE
        && all.get(end).shape() != Token.Shape.PUNCT
        && !lex.contains("coordinator", all.get(end))
        && quantities.parseAt(all, end).isEmpty()) {
      end++;
    }
    return end > head + 1 ? end : -1;
  }

  /**
   * The rule matching the part on its own, if any: "436,000 fled to camps", and "85,000 [of which]
   * have been relocated" read without the words {@code q.end()} to {@code from} that refer back to
   * the whole.
   */
  private Rule ownRule(List<Token> all, QuantitySpan q, int from, Metric whole) {
    int end = Math.min(all.size(), from + MAX_TAIL);
    List<Token> tail = new ArrayList<>(all.subList(q.start(), q.end()));
    tail.addAll(all.subList(from, end));
    for (Match m : matches(tail)) {
      if (whole.category() == Category.CASUALTY
          && m.rule().metric().category() != Category.CASUALTY) {
        // a part of the dead or injured is dead or injured, whoever it names: "killed 12 people,
        // including nine refugees", "six displaced people sheltering in a school"
        continue;
      }
      return m.rule();
    }
    return null;
  }

  /**
   * The rule matching a count read with the words after it on their own, if any: "[1,000] killed in
   * the past two weeks".
   */
  Rule ownRule(List<Token> count, List<Token> words) {
    List<Token> tail = new ArrayList<>(count);
    tail.addAll(words);
    List<Match> own = matches(tail);
    return own.isEmpty() ? null : own.get(0).rule();
  }

  /** The matches of the rules whose number is the first of {@code tokens}, in the rules' order. */
  private List<Match> matches(List<Token> tokens) {
    View v = new View(tokens, quantities.parse(tokens));
    List<Match> out = new ArrayList<>();
    for (Match m : rules.figures(v)) {
      if (m.get(Capture.VALUE).map(s -> s.start() == 0).orElse(false)) {
        out.add(m);
      }
    }
    return out;
  }
}
