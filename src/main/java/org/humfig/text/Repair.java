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
  private final Set<String> numbers;

  /**
   * Returns a repair that knows the words {@code known} (lower case) and must not split off the
   * number words {@code numbers}.
   */
  public Repair(Set<String> known, Set<String> numbers) {
    this.known = Set.copyOf(known);
    this.numbers = Set.copyOf(numbers);
  }

  /** Returns {@code tokens} with glued and broken words mended. */
  public List<Token> apply(List<Token> tokens) {
    List<Token> out = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      List<Token> fixed = t.shape() == Token.Shape.WORD ? mend(t) : null;
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

  private List<Token> mend(Token t) {
    String norm = t.norm();
    if (known.contains(norm) || norm.length() < 2 * MIN_PART) {
      return null;
    }
    int hyphen = norm.indexOf('-');
    if (hyphen > 0 && norm.indexOf('-', hyphen + 1) < 0) {
      String joined = norm.substring(0, hyphen) + norm.substring(hyphen + 1);
      return known.contains(joined)
          ? List.of(new Token(t.text(), joined, t.start(), t.end(), Token.Shape.WORD))
          : null;
    }
    int digit = firstDigit(norm);
    if (digit >= MIN_PART && known.contains(norm.substring(0, digit))) {
      return List.of(
          part(t, 0, digit, Token.Shape.WORD), part(t, digit, norm.length(), Token.Shape.NUMBER));
    }
    for (int k = MIN_PART; k <= norm.length() - MIN_PART; k++) {
      String left = norm.substring(0, k);
      String right = norm.substring(k);
      boolean camel =
          Character.isLowerCase(t.text().charAt(k - 1))
              && Character.isUpperCase(t.text().charAt(k));
      boolean acronym =
          k >= 2
              && Character.isUpperCase(t.text().charAt(k - 1))
              && Character.isLowerCase(t.text().charAt(k))
              && Character.isUpperCase(t.text().charAt(0));
      if ((known.contains(left) && !numbers.contains(left) && !numbers.contains(right))
          && (known.contains(right) || camel)) {
        return List.of(
            part(t, 0, k, Token.Shape.WORD), part(t, k, norm.length(), Token.Shape.WORD));
      }
      if (acronym && known.contains(right)) {
        return List.of(
            part(t, 0, k, Token.Shape.WORD), part(t, k, norm.length(), Token.Shape.WORD));
      }
    }
    return null;
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
