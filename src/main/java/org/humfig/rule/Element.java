package org.humfig.rule;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.humfig.model.Vocabulary;
import org.humfig.quantity.Dimension;
import org.humfig.quantity.QuantitySpan;
import org.humfig.text.PhraseTable;

/**
 * One element of a rule pattern. An element matches a run of tokens and can be matched in either
 * direction: forward from a start position, returning the possible end positions, or backward from
 * an end position, returning the possible start positions. Both lists are in order of preference.
 */
sealed interface Element {

  /** Everything an element needs to match: the sentence view and the grammar. */
  record Context(View view, Grammar grammar, Lexicon lexicon) {}

  /** Returns the possible ends of a match starting at {@code pos}, preferred first. */
  List<Integer> forward(Context c, int pos);

  /** Returns the possible starts of a match ending just before {@code end}, preferred first. */
  List<Integer> backward(Context c, int end);

  /** Returns the fewest tokens a match can cover. */
  default int min() {
    return 1;
  }

  /** Returns what a match of this element is captured as, or null when it is not captured. */
  default Capture capture() {
    return null;
  }

  /** Returns the words a match can start with, or null when any token could start one. */
  default Set<String> firstWords(Lexicon lex) {
    return null;
  }

  /** A literal word, compared with the token's normalised form. */
  record Word(String norm) implements Element {
    public List<Integer> forward(Context c, int pos) {
      return pos < c.view().size() && c.view().token(pos).is(norm) ? List.of(pos + 1) : List.of();
    }

    public List<Integer> backward(Context c, int end) {
      return end > 0 && c.view().token(end - 1).is(norm) ? List.of(end - 1) : List.of();
    }

    public Set<String> firstWords(Lexicon lex) {
      return Set.of(norm);
    }

    @Override
    public String toString() {
      return norm;
    }
  }

  /** A word or phrase of a lexicon class: {@code @killed}. */
  record Lex(String name, PhraseTable<Boolean> table) implements Element {
    /** The class {@code name} of {@code lexicon}, looked up once. */
    Lex(String name, Lexicon lexicon) {
      this(name, lexicon.table(name));
    }

    public List<Integer> forward(Context c, int pos) {
      return table.ends(c.view().tokens(), pos);
    }

    public List<Integer> backward(Context c, int end) {
      return table.starts(c.view().tokens(), end);
    }

    public Set<String> firstWords(Lexicon lex) {
      return lex.table(name).firstWords();
    }

    @Override
    public String toString() {
      return "@" + name;
    }
  }

  /** The start of the sentence: {@code ^}, for labels ("Deaths: 1,204"). Covers no token. */
  record Start() implements Element {
    public List<Integer> forward(Context c, int pos) {
      return pos == 0 ? List.of(0) : List.of();
    }

    public List<Integer> backward(Context c, int end) {
      return end == 0 ? List.of(0) : List.of();
    }

    public int min() {
      return 0;
    }

    @Override
    public String toString() {
      return "^";
    }
  }

  /** Any one token: {@code _}. */
  record Any() implements Element {
    public List<Integer> forward(Context c, int pos) {
      return pos < c.view().size() ? List.of(pos + 1) : List.of();
    }

    public List<Integer> backward(Context c, int end) {
      return end > 0 ? List.of(end - 1) : List.of();
    }

    @Override
    public String toString() {
      return "_";
    }
  }

  /**
   * Any one word or number that is not a phrase of a lexicon class, never punctuation: {@code
   * _<!gap_stop>}, for the modifiers between a noun and its verb ("the toll [across the region from
   * the earthquake] rose to").
   */
  record AnyBut(String name) implements Element {
    public List<Integer> forward(Context c, int pos) {
      return pos < c.view().size() && allowed(c, pos) ? List.of(pos + 1) : List.of();
    }

    public List<Integer> backward(Context c, int end) {
      return end > 0 && allowed(c, end - 1) ? List.of(end - 1) : List.of();
    }

    private boolean allowed(Context c, int k) {
      org.humfig.text.Token t = c.view().token(k);
      return t.shape() != org.humfig.text.Token.Shape.PUNCT && !c.lexicon().contains(name, t);
    }

    @Override
    public String toString() {
      return "_<!" + name + ">";
    }
  }

  /** A quantity of one of the given dimensions: {@code QTY}, {@code QTY<percent>}. */
  record Qty(Set<Dimension> dimensions) implements Element {
    public List<Integer> forward(Context c, int pos) {
      QuantitySpan q = c.view().quantityAt(pos);
      return q != null && dimensions.contains(q.quantity().dimension())
          ? List.of(q.end())
          : List.of();
    }

    public List<Integer> backward(Context c, int end) {
      QuantitySpan q = c.view().quantityEndingAt(end);
      return q != null && dimensions.contains(q.quantity().dimension())
          ? List.of(q.start())
          : List.of();
    }

    public Capture capture() {
      return Capture.VALUE;
    }

    @Override
    public String toString() {
      return dimensions.equals(Set.of(Dimension.COUNT))
          ? "QTY"
          : "QTY<"
              + dimensions.stream().map(Vocabulary::id).sorted().collect(Collectors.joining(","))
              + ">";
    }
  }

  /**
   * A population phrase whose head is in a lexicon class and not in an excluded one: {@code POP},
   * {@code POP<refugee_noun>}, {@code POP<!armed_noun>}.
   */
  record Pop(String headClass, String excluded) implements Element {
    public List<Integer> forward(Context c, int pos) {
      return c.grammar().population(c.view(), pos, headClass, excluded);
    }

    public List<Integer> backward(Context c, int end) {
      List<Integer> starts = new ArrayList<>(1);
      for (int s = Math.max(0, end - Grammar.MAX_POPULATION); s < end; s++) {
        if (c.grammar().population(c.view(), s, headClass, excluded).contains(end)) {
          starts.add(s);
        }
      }
      return starts;
    }

    public Capture capture() {
      return Capture.POPULATION;
    }

    @Override
    public String toString() {
      if (excluded != null) {
        return "POP<!" + excluded + ">";
      }
      return Grammar.HEAD.equals(headClass) ? "POP" : "POP<" + headClass + ">";
    }
  }

  /** A place name from the gazetteer, with a direction word before it: {@code PLACE}. */
  record Place() implements Element {
    public List<Integer> forward(Context c, int pos) {
      int end = c.view().placeEndingFrom(pos);
      return end > pos ? List.of(end) : List.of();
    }

    public List<Integer> backward(Context c, int end) {
      int start = c.view().placeStartingBefore(end);
      return start >= 0 && start < end ? List.of(start) : List.of();
    }

    @Override
    public String toString() {
      return "PLACE";
    }
  }

  /** A source phrase: {@code SRC}. */
  record Src() implements Element {
    public List<Integer> forward(Context c, int pos) {
      return c.grammar().source(c.view(), pos);
    }

    public List<Integer> backward(Context c, int end) {
      return c.grammar().sourceBackward(c.view(), end);
    }

    public Capture capture() {
      return Capture.SOURCE;
    }

    @Override
    public String toString() {
      return "SRC";
    }
  }

  /** One of several elements: {@code fled|left|@uprooted}. */
  record Alt(List<Element> options) implements Element {
    public List<Integer> forward(Context c, int pos) {
      Set<Integer> ends = new LinkedHashSet<>();
      options.forEach(o -> ends.addAll(o.forward(c, pos)));
      return List.copyOf(ends);
    }

    public List<Integer> backward(Context c, int end) {
      Set<Integer> starts = new LinkedHashSet<>();
      options.forEach(o -> starts.addAll(o.backward(c, end)));
      return List.copyOf(starts);
    }

    public int min() {
      return options.stream().mapToInt(Element::min).min().orElse(1);
    }

    public Capture capture() {
      return options.stream().map(Element::capture).filter(x -> x != null).findFirst().orElse(null);
    }

    public Set<String> firstWords(Lexicon lex) {
      Set<String> words = new LinkedHashSet<>();
      for (Element o : options) {
        Set<String> w = o.firstWords(lex);
        if (w == null) {
          return null;
        }
        words.addAll(w);
      }
      return words;
    }

    @Override
    public String toString() {
      return options.stream().map(Object::toString).collect(Collectors.joining("|"));
    }
  }

  /** An element repeated {@code min} to {@code max} times, as many as possible first. */
  record Repeat(Element inner, int min, int max) implements Element {
    public List<Integer> forward(Context c, int pos) {
      return expand(pos, p -> inner.forward(c, p));
    }

    public List<Integer> backward(Context c, int end) {
      return expand(end, p -> inner.backward(c, p));
    }

    private List<Integer> expand(
        int from, java.util.function.Function<Integer, List<Integer>> step) {
      List<Set<Integer>> levels = new ArrayList<>();
      levels.add(Set.of(from));
      for (int count = 1; count <= max; count++) {
        Set<Integer> next = new LinkedHashSet<>();
        for (int p : levels.get(count - 1)) {
          next.addAll(step.apply(p));
        }
        if (next.isEmpty()) {
          break;
        }
        levels.add(next);
      }
      Set<Integer> out = new LinkedHashSet<>();
      for (int count = levels.size() - 1; count >= min; count--) {
        out.addAll(levels.get(count));
      }
      return List.copyOf(out);
    }

    public int min() {
      return min * inner.min();
    }

    public Capture capture() {
      return inner.capture();
    }

    @Override
    public String toString() {
      String q =
          min == 0 && max == 1
              ? "?"
              : min == 0 && max == Pattern.STAR ? "*" : "{" + min + "," + max + "}";
      return inner + q;
    }
  }
}
