package org.humfig.rule;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.humfig.model.Vocabulary;
import org.humfig.quantity.Dimension;

/**
 * A compiled rule pattern: a sequence of elements over tokens, matched outwards from an anchor.
 *
 * <p>Syntax, one element per space-separated item:
 *
 * <ul>
 *   <li>{@code word} a literal word or punctuation mark ({@code toll}, {@code ,})
 *   <li>{@code @name} a word or phrase of a lexicon class
 *   <li>{@code QTY} a count; {@code QTY<percent>}, {@code QTY<area>}, {@code QTY<count,percent>}.
 *       After other elements it may open with a word of {@value #INCREMENT} ("killed [another] 5")
 *   <li>{@code POP} a population phrase; {@code POP<class>} one whose head is in a lexicon class,
 *       {@code POP<!class>} one whose head is not
 *   <li>{@code PLACE} a place name from the gazetteer ("eastern Aleppo")
 *   <li>{@code SRC} a source phrase ("the Syrian Observatory for Human Rights")
 *   <li>{@code ACT} an actor phrase, read like a source phrase ("Russian shelling", "gunmen")
 *   <li>{@code ^} the start of the sentence
 *   <li>{@code _} any one token; {@code _<!class>} any one word or number outside a lexicon class
 *   <li>{@code a|b|@c} one of several; then {@code ?}, {@code *}, {@code +} or {@code {m,n}}
 * </ul>
 *
 * The anchor is the first required word or lexicon element, or else the quantity: the rule is tried
 * only where a token can start it, so a sentence is read once with one hash lookup per token,
 * whatever the number of rules. From the anchor the elements after it are matched forwards and
 * those before it backwards.
 */
public final class Pattern {

  static final int STAR = 6;

  /** The lexicon class of the words that open a count as an addition: "another", "a further". */
  static final String INCREMENT = "item_increment";

  private final String text;
  private final List<Element> elements;
  private final int anchor;
  private final Reach reach;

  private Pattern(String text, List<Element> elements, int anchor, Lexicon lexicon) {
    this.text = text;
    this.elements = List.copyOf(elements);
    this.anchor = anchor;
    this.reach = reach(this.elements, anchor, lexicon);
  }

  /**
   * Compiles {@code text} against {@code lexicon}.
   *
   * @throws IllegalArgumentException naming what is wrong, e.g. "unknown lexicon 'DISPLACD'"
   */
  public static Pattern compile(String text, Lexicon lexicon) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("pattern is empty");
    }
    List<Element> elements = new ArrayList<>();
    for (String item : text.strip().split("\\s+")) {
      Element e = item(item, lexicon);
      if (e instanceof Element.Qty && !elements.isEmpty() && lexicon.has(INCREMENT)) {
        // "killed [another] 5 people", "displaced [a further] 3,000": a count after other words
        // may open with the words that make it an addition, and stays the value
        elements.add(new Element.Repeat(new Element.Lex(INCREMENT, lexicon), 0, 1));
      }
      elements.add(e);
    }
    int anchor = -1;
    for (int i = 0; i < elements.size() && anchor < 0; i++) {
      Element e = elements.get(i);
      if (e.min() >= 1 && e.firstWords(lexicon) != null) {
        anchor = i;
      }
    }
    for (int i = 0; i < elements.size() && anchor < 0; i++) {
      if (elements.get(i) instanceof Element.Qty) {
        anchor = i;
      }
    }
    if (anchor < 0) {
      throw new IllegalArgumentException(
          "pattern '" + text + "' has no required word, @lexicon or QTY element to anchor on");
    }
    return new Pattern(text, elements, anchor, lexicon);
  }

  private static Element item(String item, Lexicon lexicon) {
    int cut = quantifier(item);
    String body = item.substring(0, cut);
    String q = cut == item.length() ? null : item.substring(cut);
    List<Element> options = new ArrayList<>();
    for (String atom : splitAlternatives(body)) {
      options.add(atom(atom, lexicon));
    }
    Element e = options.size() == 1 ? options.get(0) : new Element.Alt(options);
    if (q == null) {
      return e;
    }
    return switch (q) {
      case "?" -> new Element.Repeat(e, 0, 1);
      case "*" -> new Element.Repeat(e, 0, STAR);
      case "+" -> new Element.Repeat(e, 1, STAR);
      default -> {
        int comma = q.indexOf(',');
        int min = Integer.parseInt(q.substring(1, comma < 0 ? q.length() - 1 : comma));
        int max = comma < 0 ? min : Integer.parseInt(q.substring(comma + 1, q.length() - 1));
        if (max < min || max == 0 || max > 20) {
          throw new IllegalArgumentException("bad repeat '" + q + "' in '" + item + "'");
        }
        yield new Element.Repeat(e, min, max);
      }
    };
  }

  /**
   * Returns where the repeat that ends {@code item} starts ({@code ?}, {@code *}, {@code +}, {@code
   * {m}} or {@code {m,n}} after at least one character), or its length when it has none.
   */
  private static int quantifier(String item) {
    int n = item.length();
    char last = item.charAt(n - 1);
    if (n > 1 && (last == '?' || last == '*' || last == '+')) {
      return n - 1;
    }
    int open = item.lastIndexOf('{');
    if (last != '}' || open < 1) {
      return n;
    }
    int comma = -1;
    for (int i = open + 1; i < n - 1; i++) {
      char c = item.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      boolean digitBefore = i > open + 1 && item.charAt(i - 1) != ',';
      if (!digit && !(c == ',' && comma < 0 && digitBefore)) {
        return n;
      }
      comma = c == ',' ? i : comma;
    }
    boolean digits = n - 1 > open + 1 && item.charAt(n - 2) != ',';
    return digits ? open : n;
  }

  private static List<String> splitAlternatives(String body) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth--;
      } else if (c == '|' && depth == 0 && i > from) {
        parts.add(body.substring(from, i));
        from = i + 1;
      }
    }
    parts.add(body.substring(from));
    return parts;
  }

  private static Element atom(String atom, Lexicon lexicon) {
    if (atom.isEmpty()) {
      throw new IllegalArgumentException("empty alternative");
    }
    if (atom.startsWith("@")) {
      String name = atom.substring(1);
      if (!lexicon.has(name)) {
        throw new IllegalArgumentException("unknown lexicon '" + name + "'");
      }
      return new Element.Lex(name, lexicon);
    }
    if (atom.equals("_")) {
      return new Element.Any();
    }
    if (atom.equals("^")) {
      return new Element.Start();
    }
    if (atom.startsWith("_<!") && atom.endsWith(">")) {
      String name = atom.substring(3, atom.length() - 1);
      if (!lexicon.has(name)) {
        throw new IllegalArgumentException("unknown lexicon '" + name + "' in " + atom);
      }
      return new Element.AnyBut(name);
    }
    if (atom.equals("SRC")) {
      return new Element.Src();
    }
    if (atom.equals("ACT")) {
      return new Element.Act();
    }
    if (atom.equals("QTY") || atom.startsWith("QTY<")) {
      return new Element.Qty(dimensions(atom));
    }
    if (atom.equals("POP")) {
      return new Element.Pop(Grammar.HEAD, null);
    }
    if (atom.equals("PLACE")) {
      return new Element.Place();
    }
    if (atom.startsWith("POP<") && atom.endsWith(">")) {
      String head = atom.substring(4, atom.length() - 1);
      boolean not = head.startsWith("!");
      if (not) {
        head = head.substring(1);
      }
      if (!lexicon.has(head)) {
        throw new IllegalArgumentException("unknown lexicon '" + head + "' in " + atom);
      }
      return not ? new Element.Pop(Grammar.HEAD, head) : new Element.Pop(head, null);
    }
    if (!atom.equals(atom.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException(
          "unknown element '"
              + atom
              + "' (literal words are lower case; built-ins are QTY, POP, SRC, ACT, PLACE)");
    }
    return new Element.Word(atom);
  }

  private static Set<Dimension> dimensions(String atom) {
    if (atom.equals("QTY")) {
      return EnumSet.of(Dimension.COUNT);
    }
    if (!atom.endsWith(">")) {
      throw new IllegalArgumentException("unclosed '<' in " + atom);
    }
    Set<Dimension> dims = EnumSet.noneOf(Dimension.class);
    for (String id : atom.substring(4, atom.length() - 1).split(",")) {
      dims.add(
          Vocabulary.parse(Dimension.class, id)
              .orElseThrow(
                  () -> new IllegalArgumentException("unknown dimension '" + id + "' in " + atom)));
    }
    return dims;
  }

  /** Returns the pattern as written. */
  public String text() {
    return text;
  }

  /**
   * Returns the words a token must have for the pattern to be tried there, or null when the pattern
   * is anchored on its quantity and is tried where a quantity starts.
   */
  Set<String> anchorWords(Lexicon lexicon) {
    return elements.get(anchor).firstWords(lexicon);
  }

  /**
   * Returns the sets of marks a sentence must hold one of each for the pattern to match there (see
   * {@link Element#needs}): one set for each element that must match at least once.
   */
  List<Set<String>> needs(Lexicon lexicon) {
    List<Set<String>> all = new ArrayList<>();
    for (Element e : elements) {
      Set<String> marks = e.needs(lexicon);
      if (marks != null) {
        all.add(Set.copyOf(marks));
      }
    }
    return all;
  }

  /** Returns true when the pattern has an element capturing {@code c}. */
  public boolean captures(Capture c) {
    return elements.stream().anyMatch(e -> e.capture() == c);
  }

  private static final Capture[] CAPTURES = Capture.values();

  /**
   * How far from its anchor a match can reach, in tokens, worked out once from the elements' fewest
   * and most tokens: where the first required quantity starts after the anchor's start ({@code
   * qtyAfter}) or ends before it ({@code qtyBefore}), each a {fewest, most} pair or null when
   * unbounded; the most tokens before the anchor when the pattern starts with {@code ^}, or -1; and
   * the first element after the anchor that needs known words, or null.
   */
  private record Reach(int[] qtyAfter, int[] qtyBefore, int start, Next next) {}

  /**
   * An element after the anchor that needs known words: where it can start from the anchor's start
   * (the fewest and the most tokens), and those words by number.
   */
  private record Next(int from, int to, java.util.BitSet words, int largest) {}

  private static Reach reach(List<Element> elements, int anchor, Lexicon lexicon) {
    int qty = -1;
    for (int k = 0; k < elements.size() && qty < 0; k++) {
      if (elements.get(k) instanceof Element.Qty) {
        qty = k;
      }
    }
    int[] after = qty > anchor ? tokens(elements, anchor, qty) : null;
    int[] before = qty >= 0 && qty < anchor ? tokens(elements, qty + 1, anchor) : null;
    int start = -1;
    if (anchor > 0 && elements.get(0) instanceof Element.Start) {
      int[] lead = tokens(elements, 1, anchor);
      start = lead == null ? -1 : lead[1];
    }
    Next next = null;
    for (int k = anchor + 1; k < elements.size() && next == null; k++) {
      Element e = elements.get(k);
      java.util.Set<String> first = e.min() >= 1 ? e.firstWords(lexicon) : null;
      int[] gap = tokens(elements, anchor, k);
      if (gap == null) {
        break;
      }
      if (first != null) {
        java.util.BitSet words = new java.util.BitSet();
        int largest = -1;
        for (String w : first) {
          int id = org.humfig.text.Words.add(w);
          words.set(id);
          largest = Math.max(largest, id);
        }
        next = new Next(gap[0], gap[1], words, largest);
      }
    }
    return new Reach(after, before, start, next);
  }

  /**
   * Returns the fewest and the most tokens {@code elements[from, to)} cover, or null when there is
   * no most.
   */
  private static int[] tokens(List<Element> elements, int from, int to) {
    int fewest = 0;
    long most = 0;
    for (int k = from; k < to; k++) {
      fewest += elements.get(k).min();
      int max = elements.get(k).max();
      most += max;
      if (max == Element.UNBOUNDED || most >= Element.UNBOUNDED) {
        return null;
      }
    }
    return new int[] {fewest, (int) most};
  }

  /**
   * False when no match anchored at token {@code i} can exist in {@code view} because its quantity,
   * the sentence start or the first word after the anchor lies out of the anchor's reach: a rule is
   * then not tried there. True says only that a match may exist.
   */
  boolean mayMatchAt(View view, int i) {
    Reach r = reach;
    if (r.start() >= 0 && i > r.start()) {
      return false;
    }
    if (r.qtyAfter() != null
        && !view.quantityStartsWithin(i + r.qtyAfter()[0], i + r.qtyAfter()[1])) {
      return false;
    }
    if (r.qtyBefore() != null
        && !view.quantityEndsWithin(i - r.qtyBefore()[1], i - r.qtyBefore()[0])) {
      return false;
    }
    Next x = r.next();
    if (x == null) {
      return true;
    }
    int hi = Math.min(i + x.to(), view.size() - 1);
    for (int k = i + x.from(); k <= hi; k++) {
      int id = view.token(k).word(x.largest());
      if (id >= 0 && x.words().get(id)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the first match whose anchor starts at token {@code i}, or null. The captures are kept
   * while matching as a start and an end a capture, set on the way in and put back on the way out
   * of a branch that failed.
   */
  Match matchAt(Rule rule, Element.Context c, int i) {
    Element a = elements.get(anchor);
    int[] anchorEnds = a.forward(c, i);
    if (anchorEnds.length == 0) {
      return null;
    }
    int[] caps = c.captures(); // the sentence's one buffer: a match copies what it captured
    for (int anchorEnd : anchorEnds) {
      java.util.Arrays.fill(caps, -1);
      set(caps, Capture.TRIGGER, i, anchorEnd);
      if (a.capture() != null) {
        set(caps, a.capture(), i, anchorEnd);
      }
      int right = match(c, anchor + 1, anchorEnd, caps, true);
      if (right < 0) {
        continue;
      }
      int left = match(c, anchor - 1, i, caps, false);
      if (left >= 0) {
        Map<Capture, Span> captures = new EnumMap<>(Capture.class);
        for (Capture k : CAPTURES) {
          int at = k.ordinal() * 2;
          if (caps[at] >= 0) {
            captures.put(k, new Span(caps[at], caps[at + 1]));
          }
        }
        return new Match(rule, new Span(left, right), captures);
      }
    }
    return null;
  }

  private static void set(int[] caps, Capture c, int start, int end) {
    caps[c.ordinal() * 2] = start;
    caps[c.ordinal() * 2 + 1] = end;
  }

  /**
   * Matches elements from {@code ei} at {@code pos}, onwards when {@code onwards}, else backwards;
   * returns the far end of the match, with its captures in {@code caps}, or -1 with {@code caps} as
   * it was.
   */
  private int match(Element.Context c, int ei, int pos, int[] caps, boolean onwards) {
    if (onwards ? ei == elements.size() : ei < 0) {
      return pos;
    }
    Element e = elements.get(ei);
    int[] nexts = onwards ? e.forward(c, pos) : e.backward(c, pos);
    if (nexts.length == 0) {
      return -1;
    }
    Capture capture = e.capture();
    int at = capture == null ? -1 : capture.ordinal() * 2;
    int oldStart = at < 0 ? 0 : caps[at];
    int oldEnd = at < 0 ? 0 : caps[at + 1];
    for (int next : nexts) {
      if (at >= 0 && next != pos) {
        caps[at] = Math.min(pos, next);
        caps[at + 1] = Math.max(pos, next);
      }
      int r = match(c, onwards ? ei + 1 : ei - 1, next, caps, onwards);
      if (r >= 0) {
        return r;
      }
      if (at >= 0) {
        caps[at] = oldStart;
        caps[at + 1] = oldEnd;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return text;
  }
}
