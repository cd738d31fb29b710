package org.humfig.rule;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

  /** No position: an element that cannot match there. */
  int[] NONE = {};

  /**
   * Everything an element needs to match: the sentence view and the grammar, and the population
   * phrases found in the view so far, since many rules ask for the same ones.
   */
  record Context(
      View view, Grammar grammar, Lexicon lexicon, Map<Pop, int[][]> populations, int[] captures) {

    /** Returns the context of one sentence. */
    Context(View view, Grammar grammar, Lexicon lexicon) {
      this(view, grammar, lexicon, new HashMap<>(), new int[Capture.values().length * 2]);
    }

    /** Returns the ends of the population phrases of kind {@code p} starting at {@code pos}. */
    int[] population(Pop p, int pos) {
      if (pos < 0 || pos > view.size()) {
        return grammar.population(view, pos, p.headClass(), p.excluded());
      }
      int[][] known = populations.get(p);
      if (known == null) {
        known = new int[view.size() + 1][];
        populations.put(p, known);
      }
      int[] ends = known[pos];
      if (ends == null) {
        ends = grammar.population(view, pos, p.headClass(), p.excluded());
        known[pos] = ends;
      }
      return ends;
    }
  }

  /** Returns the possible ends of a match starting at {@code pos}, preferred first. */
  int[] forward(Context c, int pos);

  /** Returns the possible starts of a match ending just before {@code end}, preferred first. */
  int[] backward(Context c, int end);

  /** Returns the fewest tokens a match can cover. */
  default int min() {
    return 1;
  }

  /** No bound on the tokens a match covers. */
  int UNBOUNDED = Integer.MAX_VALUE;

  /** Returns the most tokens a match can cover, or {@link #UNBOUNDED}. */
  default int max() {
    return UNBOUNDED;
  }

  /** Returns what a match of this element is captured as, or null when it is not captured. */
  default Capture capture() {
    return null;
  }

  /** Returns the words a match can start with, or null when any token could start one. */
  default Set<String> firstWords(Lexicon lex) {
    return null;
  }

  /**
   * Returns the marks one of which a sentence must hold for this element to match there, or null
   * when it can match in any sentence: the words it can start with (for a lexicon class, the
   * longest word of each phrase, rarer in text than a first word such as "the" or "have"), or for a
   * quantity the {@link #dimension} marks of the quantities it takes.
   */
  default Set<String> needs(Lexicon lex) {
    return min() >= 1 ? firstWords(lex) : null;
  }

  /** The mark of a sentence holding a quantity of dimension {@code d}; no token has this form. */
  static String dimension(Dimension d) {
    return "\u0000" + d.name();
  }

  /** The one-position arrays of the positions a sentence usually has, shared: never written. */
  int[][] ONE = ones(256);

  private static int[][] ones(int n) {
    int[][] ones = new int[n][];
    for (int k = 0; k < n; k++) {
      ones[k] = new int[] {k};
    }
    return ones;
  }

  /** Returns the one position {@code x} (not negative), as a shared array that is never written. */
  static int[] one(int x) {
    return x < ONE.length ? ONE[x] : new int[] {x};
  }

  /** True when {@code a} holds {@code x} among its first {@code n} items. */
  private static boolean holds(int[] a, int n, int x) {
    for (int k = 0; k < n; k++) {
      if (a[k] == x) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns {@code a} followed by the items of {@code b} it does not hold, in order: a set union of
   * the few positions a match can end at, without building a set.
   */
  static int[] union(int[] a, int[] b) {
    if (b.length == 0) {
      return a;
    }
    if (a.length == 0 && b.length == 1) {
      return b;
    }
    int[] out = null;
    int n = a.length;
    for (int x : b) {
      if (!holds(out == null ? a : out, n, x)) {
        if (out == null) {
          out = java.util.Arrays.copyOf(a, a.length + b.length);
        }
        out[n++] = x;
      }
    }
    return out == null ? a : n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }

  /** Returns {@code list} with {@code x} added at the end. */
  static int[] add(int[] list, int x) {
    if (list.length == 0) {
      return one(x);
    }
    int[] out = java.util.Arrays.copyOf(list, list.length + 1);
    out[list.length] = x;
    return out;
  }

  /** True when {@code list} holds {@code x}. */
  static boolean contains(int[] list, int x) {
    return holds(list, list.length, x);
  }

  /**
   * Returns the ends of the source phrases starting at {@code pos}, longest first: the longest,
   * then each shorter one, so that a word after the phrase can end it ("data from [the ministry]
   * showed").
   */
  static int[] sourceEnds(Context c, int pos) {
    int end = c.grammar().sourceEnd(c.view(), pos);
    if (end < 0) {
      return NONE;
    }
    if (end == pos + 1) {
      return one(end);
    }
    int[] ends = new int[end - pos];
    for (int k = 0; k < ends.length; k++) {
      ends[k] = end - k;
    }
    return ends;
  }

  /** Returns the start of the source phrase ending just before {@code end}, if any. */
  static int[] sourceStarts(Context c, int end) {
    int start = c.grammar().sourceStart(c.view(), end);
    return start < 0 ? NONE : one(start);
  }

  /** A literal word, compared with the token's normalised form. */
  record Word(String norm) implements Element {
    public int[] forward(Context c, int pos) {
      return pos < c.view().size() && c.view().token(pos).is(norm) ? one(pos + 1) : NONE;
    }

    public int[] backward(Context c, int end) {
      return end > 0 && c.view().token(end - 1).is(norm) ? one(end - 1) : NONE;
    }

    public int max() {
      return 1;
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

    public int[] forward(Context c, int pos) {
      return c.grammar().givenName(c.view(), pos) ? NONE : table.ends(c.view().tokens(), pos);
    }

    /** The phrases ending at {@code end}, but one that opens on a given name ("Said Ahmed"). */
    public int[] backward(Context c, int end) {
      int[] starts = table.starts(c.view().tokens(), end);
      for (int s : starts) {
        if (c.grammar().givenName(c.view(), s)) {
          return java.util.Arrays.stream(starts)
              .filter(k -> !c.grammar().givenName(c.view(), k))
              .toArray();
        }
      }
      return starts;
    }

    public int max() {
      return table.longest();
    }

    public Set<String> firstWords(Lexicon lex) {
      return lex.table(name).firstWords();
    }

    public Set<String> needs(Lexicon lex) {
      return table.keyWords();
    }

    @Override
    public String toString() {
      return "@" + name;
    }
  }

  /** The start of the sentence: {@code ^}, for labels ("Deaths: 1,204"). Covers no token. */
  record Start() implements Element {
    public int[] forward(Context c, int pos) {
      return pos == 0 ? one(0) : NONE;
    }

    public int[] backward(Context c, int end) {
      return end == 0 ? one(0) : NONE;
    }

    public int min() {
      return 0;
    }

    public int max() {
      return 0;
    }

    @Override
    public String toString() {
      return "^";
    }
  }

  /** Any one token: {@code _}. */
  record Any() implements Element {
    public int[] forward(Context c, int pos) {
      return pos < c.view().size() ? one(pos + 1) : NONE;
    }

    public int[] backward(Context c, int end) {
      return end > 0 ? one(end - 1) : NONE;
    }

    public int max() {
      return 1;
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
    public int[] forward(Context c, int pos) {
      return pos < c.view().size() && allowed(c, pos) ? one(pos + 1) : NONE;
    }

    public int[] backward(Context c, int end) {
      return end > 0 && allowed(c, end - 1) ? one(end - 1) : NONE;
    }

    public int max() {
      return 1;
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
    public int[] forward(Context c, int pos) {
      QuantitySpan q = c.view().quantityAt(pos);
      return q != null && dimensions.contains(q.quantity().dimension()) ? one(q.end()) : NONE;
    }

    public int[] backward(Context c, int end) {
      QuantitySpan q = c.view().quantityEndingAt(end);
      return q != null && dimensions.contains(q.quantity().dimension()) ? one(q.start()) : NONE;
    }

    public Capture capture() {
      return Capture.VALUE;
    }

    public Set<String> needs(Lexicon lex) {
      Set<String> marks = new java.util.HashSet<>();
      dimensions.forEach(d -> marks.add(dimension(d)));
      return marks;
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
    public int[] forward(Context c, int pos) {
      return c.population(this, pos);
    }

    public int[] backward(Context c, int end) {
      int[] starts = NONE;
      for (int s = Math.max(0, end - Grammar.MAX_POPULATION); s < end; s++) {
        if (contains(c.population(this, s), end)) {
          starts = add(starts, s);
        }
      }
      return starts;
    }

    public Capture capture() {
      return Capture.POPULATION;
    }

    /**
     * A phrase with a head of its own class ({@code POP<idp_noun>}) holds one of that class: a
     * sentence without such a word has none. The generic phrase may have no head at all ("149,000
     * in Aleppo").
     */
    public Set<String> needs(Lexicon lex) {
      return Grammar.HEAD.equals(headClass) ? null : lex.table(headClass).keyWords();
    }

    /**
     * True when a population phrase stands at {@code pos} whose head is excluded: an optional
     * {@code POP<!class>} is then not skipped either ("evacuated 40 [diplomats]" is no match).
     */
    boolean excludedFrom(Context c, int pos) {
      return excluded != null
          && forward(c, pos).length == 0
          && c.population(new Pop(headClass, null), pos).length != 0;
    }

    /** As {@link #excludedFrom}, for a phrase ending just before {@code end}. */
    boolean excludedBefore(Context c, int end) {
      return excluded != null
          && backward(c, end).length == 0
          && new Pop(headClass, null).backward(c, end).length != 0;
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
    public int[] forward(Context c, int pos) {
      int end = c.view().placeEndingFrom(pos);
      return end > pos ? one(end) : NONE;
    }

    public int[] backward(Context c, int end) {
      int start = c.view().placeStartingBefore(end);
      return start >= 0 && start < end ? one(start) : NONE;
    }

    @Override
    public String toString() {
      return "PLACE";
    }
  }

  /** A source phrase: {@code SRC}. */
  record Src() implements Element {
    public int[] forward(Context c, int pos) {
      return sourceEnds(c, pos);
    }

    public int[] backward(Context c, int end) {
      return sourceStarts(c, end);
    }

    public Capture capture() {
      return Capture.SOURCE;
    }

    @Override
    public String toString() {
      return "SRC";
    }
  }

  /** An actor phrase: {@code ACT}, read with the source phrase grammar. */
  record Act() implements Element {
    public int[] forward(Context c, int pos) {
      return sourceEnds(c, pos);
    }

    public int[] backward(Context c, int end) {
      return sourceStarts(c, end);
    }

    public Capture capture() {
      return Capture.ACTOR;
    }

    @Override
    public String toString() {
      return "ACT";
    }
  }

  /** One of several elements: {@code fled|left|@uprooted}. */
  record Alt(List<Element> options, Capture capture) implements Element {
    /** One of {@code options}, captured as the first of them that is captured. */
    Alt(List<Element> options) {
      this(
          List.copyOf(options),
          options.stream().map(Element::capture).filter(x -> x != null).findFirst().orElse(null));
    }

    public int[] forward(Context c, int pos) {
      int[] ends = NONE;
      for (int k = 0; k < options.size(); k++) {
        ends = union(ends, options.get(k).forward(c, pos));
      }
      return ends;
    }

    public int[] backward(Context c, int end) {
      int[] starts = NONE;
      for (int k = 0; k < options.size(); k++) {
        starts = union(starts, options.get(k).backward(c, end));
      }
      return starts;
    }

    public int min() {
      return options.stream().mapToInt(Element::min).min().orElse(1);
    }

    public int max() {
      return options.stream().mapToInt(Element::max).max().orElse(UNBOUNDED);
    }

    public Set<String> needs(Lexicon lex) {
      Set<String> marks = new LinkedHashSet<>();
      for (Element o : options) {
        Set<String> m = o.needs(lex);
        if (m == null) {
          return null;
        }
        marks.addAll(m);
      }
      return marks;
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
    public int[] forward(Context c, int pos) {
      if (inner instanceof Pop pop && pop.excludedFrom(c, pos)) {
        return NONE;
      }
      return expand(c, pos, true);
    }

    public int[] backward(Context c, int end) {
      if (inner instanceof Pop pop && pop.excludedBefore(c, end)) {
        return NONE;
      }
      return expand(c, end, false);
    }

    /**
     * Returns the positions reached by {@code min} to {@code max} steps from {@code from}, the most
     * steps first: level k holds the positions k steps away, in the order the steps prefer.
     */
    private int[] expand(Context c, int from, boolean forward) {
      int[][] levels = new int[max + 1][];
      levels[0] = one(from);
      int top = 0;
      for (int count = 1; count <= max; count++) {
        int[] next = NONE;
        for (int p : levels[count - 1]) {
          next = union(next, forward ? inner.forward(c, p) : inner.backward(c, p));
        }
        if (next.length == 0) {
          break;
        }
        levels[count] = next;
        top = count;
      }
      int[] out = NONE;
      for (int count = top; count >= min; count--) {
        out = union(out, levels[count]);
      }
      return out;
    }

    public int min() {
      return min * inner.min();
    }

    public int max() {
      int one = inner.max();
      return one == UNBOUNDED || (long) one * max >= UNBOUNDED ? UNBOUNDED : one * max;
    }

    public Set<String> needs(Lexicon lex) {
      return min >= 1 ? inner.needs(lex) : null;
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
