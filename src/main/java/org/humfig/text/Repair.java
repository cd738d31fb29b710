package org.humfig.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Mends the word breaks that text extracted from PDF files loses or adds: "peoplewere" becomes
 * "people were", "fledShirqat" becomes "fled Shirqat", "between159,000" becomes "between 159,000",
 * and a word hyphenated across a line, "fami-lies", is read as "families".
 *
 * <p>Only tokens that are not known words are touched, and only when the parts are known words (of
 * three letters or more, and not number words, so "someone" never becomes "some one"). The mended
 * tokens keep offsets into the original text. Immutable and thread-safe.
 */
public final class Repair {

  private static final int MIN_PART = 3;

  private final Set<String> known;

  /** The known words by number: a token of one is whole whatever its capitals, without its text. */
  private final WordSet knownWords;

  private final Set<String> numbers;

  /** Short words that often lose the space before them in extracted text ("displacedin"). */
  private final Set<String> glued;

  /** The first three letters of the known words: a word starting otherwise has no known head. */
  private final Set<String> heads;

  /**
   * Every beginning of three letters or more of a known word: once a word's first k letters are
   * none, no longer head of it is known either.
   */
  private final Set<String> prefixes;

  /**
   * Returns a repair that knows the words {@code known} (lower case), must not split off the number
   * words {@code numbers}, and splits off the short words {@code glued} ("displacedin").
   */
  public Repair(Set<String> known, Set<String> numbers, Set<String> glued) {
    this.known = Set.copyOf(known);
    this.numbers = Set.copyOf(numbers);
    this.glued = Set.copyOf(glued);
    Set<String> h = new java.util.HashSet<>(glued);
    for (String w : known) {
      if (w.length() >= MIN_PART) {
        h.add(w.substring(0, MIN_PART));
      }
    }
    this.heads = Set.copyOf(h);
    this.knownWords = new WordSet(this.known);
    Set<String> p = new java.util.HashSet<>();
    for (String w : known) {
      for (int k = MIN_PART; k <= w.length(); k++) {
        p.add(w.substring(0, k));
      }
    }
    this.prefixes = Set.copyOf(p);
  }

  /** How many whole words a thread remembers before it starts over. */
  private static final int REMEMBERED = 1 << 16;

  /**
   * The words, as written, that a thread has found whole: news repeats its words, and most are
   * whole, so most tokens cost one lookup here instead of a search for a break.
   */
  private final ThreadLocal<Set<String>> whole =
      ThreadLocal.withInitial(() -> new java.util.HashSet<>());

  /** Returns {@code tokens} with glued and broken words mended. */
  public List<Token> apply(List<Token> tokens) {
    List<Token> out = null;
    Set<String> whole = this.whole.get();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      List<Token> fixed = t.shape() == Token.Shape.WORD ? mend(t, whole) : null;
      if (fixed != null && out == null) {
        out = new ArrayList<>(tokens.subList(0, i));
      }
      if (out != null) {
        if (fixed != null) {
          out.addAll(fixed);
        } else {
          out.add(t);
        }
      }
    }
    return out == null ? tokens : out;
  }

  private List<Token> mend(Token t, Set<String> whole) {
    if (t.norm().length() < 2 * MIN_PART - 1) {
      return null; // too short to be two words: split says so without a lookup
    }
    if (knownWords.contains(t)) {
      return null; // a known word: split says so, and its number tells without hashing its text
    }
    if (whole.contains(t.text())) {
      return null;
    }
    List<Token> parts = split(t);
    if (parts == null) {
      if (whole.size() >= REMEMBERED) {
        whole.clear();
      }
      whole.add(t.text());
      return null;
    }
    if (parts.size() == 1) {
      return parts;
    }
    List<Token> out = new ArrayList<>();
    for (Token p : parts) {
      List<Token> more = p.shape() == Token.Shape.WORD ? split(p) : null;
      if (more == null) {
        out.add(p);
      } else {
        out.addAll(more);
      }
    }
    return out;
  }

  /**
   * Returns {@code t} split before a known hyphenated word its first letters were glued to ("were"
   * + "pre-emptively"), or null.
   */
  private List<Token> gluedToHyphenated(Token t, int hyphen) {
    String norm = t.norm();
    for (int k = MIN_PART; k <= hyphen - 1; k++) {
      String left = norm.substring(0, k);
      if (known.contains(left) && !numbers.contains(left) && known.contains(norm.substring(k))) {
        return halves(t, k);
      }
    }
    return null;
  }

  /** Returns {@code t} split in two (or rejoined across a hyphen), or null when it is whole. */
  private List<Token> split(Token t) {
    String norm = t.norm();
    String text = t.text();
    if (norm.length() < 2 * MIN_PART - 1 || known.contains(norm)) {
      return null;
    }
    int hyphen = norm.indexOf('-');
    if (hyphen > 0 && norm.indexOf('-', hyphen + 1) < 0) {
      String joined = norm.substring(0, hyphen) + norm.substring(hyphen + 1);
      if (known.contains(joined)) {
        return List.of(new Token(text, joined, t.start(), t.end(), Token.Shape.WORD));
      }
      // a word glued to a hyphenated one: "werepre-emptively"
      return hyphen > MIN_PART ? gluedToHyphenated(t, hyphen) : null;
    }
    int digit = firstDigit(norm);
    if (digit >= MIN_PART && known.contains(norm.substring(0, digit))) {
      return List.of(
          part(t, 0, digit, Token.Shape.WORD), part(t, digit, norm.length(), Token.Shape.NUMBER));
    }
    if (capitalised(text)) {
      return null; // a name, not glued words: "Herat" is no "her at", "Norway" no "nor way"
    }
    String tail = norm.substring(norm.length() - 2);
    if (glued.contains(tail) && known.contains(norm.substring(0, norm.length() - 2))) {
      return halves(t, norm.length() - 2);
    }
    if (!heads.contains(norm.substring(0, MIN_PART))
        && !heads.contains(norm.substring(0, 2))
        && !mixedCase(text)) {
      return null;
    }
    // The last place an acronym's capital can end ("UNHCRrefugees"): past it, only a known head
    // splits the word.
    int lastUpper = text.length() == norm.length() ? lastUpper(text) : norm.length();
    for (int k = 2; k <= norm.length() - 2; k++) {
      String left = norm.substring(0, k);
      if (k >= MIN_PART && k - 1 > lastUpper && !prefixes.contains(left)) {
        return null;
      }
      String right = norm.substring(k);
      boolean leftKnown =
          k >= MIN_PART ? known.contains(left) && !numbers.contains(left) : glued.contains(left);
      boolean camel =
          Character.isLowerCase(text.charAt(k - 1)) && Character.isUpperCase(text.charAt(k));
      boolean acronym =
          Character.isUpperCase(text.charAt(0))
              && Character.isUpperCase(text.charAt(k - 1))
              && Character.isLowerCase(text.charAt(k));
      if (leftKnown && camel) {
        return halves(t, k);
      }
      if (k >= MIN_PART && right.length() >= MIN_PART && !numbers.contains(right)) {
        if (leftKnown && known.contains(right)) {
          return halves(t, k);
        }
        if (acronym && known.contains(right)) {
          return halves(t, k);
        }
      }
    }
    return null;
  }

  /** True for a word of one capital and then lower-case letters only ("Norway"). */
  private static boolean capitalised(String text) {
    if (!Character.isUpperCase(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      if (!Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Returns the index of the last upper-case letter of {@code text} after its first, or 0. */
  private static int lastUpper(String text) {
    for (int i = text.length() - 1; i >= 1; i--) {
      if (Character.isUpperCase(text.charAt(i))) {
        return i;
      }
    }
    return 0;
  }

  private static boolean mixedCase(String text) {
    for (int i = 1; i < text.length(); i++) {
      if (Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1))
          || Character.isLowerCase(text.charAt(i))
              && Character.isUpperCase(text.charAt(i - 1))
              && i > 1) {
        return true;
      }
    }
    return false;
  }

  private static List<Token> halves(Token t, int k) {
    return List.of(
        part(t, 0, k, Token.Shape.WORD), part(t, k, t.norm().length(), Token.Shape.WORD));
  }

  private static int firstDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        for (int j = 0; j < i; j++) {
          if (!Character.isLetter(s.charAt(j))) {
            return -1;
          }
        }
        return i;
      }
    }
    return -1;
  }

  private static Token part(Token t, int from, int to, Token.Shape shape) {
    String text = t.text().substring(from, to);
    return new Token(text, Tokenizer.normalize(text), t.start() + from, t.start() + to, shape);
  }
}
