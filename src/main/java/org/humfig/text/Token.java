package org.humfig.text;

import java.util.List;

/**
 * A word, number or punctuation mark of a document, with its place in the document text.
 *
 * @param text the characters as they appear in the document
 * @param norm the form used for matching: lower case, straight quotes, ASCII hyphens
 * @param start offset of the first character in the document text
 * @param end offset just past the last character
 * @param shape what kind of token this is
 */
public record Token(String text, String norm, int start, int end, Shape shape) {

  /** The kinds of token the tokenizer produces. */
  public enum Shape {
    /** Letters, possibly with digits, hyphens or apostrophes inside: "rebel-held", "U.S.". */
    WORD,
    /** Starts with a digit: "10,000", "1.5", "200-300", "48-hour". */
    NUMBER,
    /** One punctuation character. */
    PUNCT,
    /** A currency or percent sign. */
    SYMBOL
  }

  /** Returns true for a word whose first character is an upper-case letter. */
  public boolean capitalized() {
    return shape == Shape.WORD && Character.isUpperCase(text.codePointAt(0));
  }

  /** Returns true for a word or number. */
  public boolean wordLike() {
    return shape == Shape.WORD || shape == Shape.NUMBER;
  }

  /** Returns true when the normalised form equals {@code s}. */
  public boolean is(String s) {
    return norm.equals(s);
  }

  /**
   * Returns the text of {@code tokens[start, end)} as the document writes it: tokens joined by one
   * space where the document has space between them, and by nothing where it has none.
   */
  public static String text(List<Token> tokens, int start, int end) {
    StringBuilder sb = new StringBuilder();
    for (int k = start; k < end; k++) {
      if (k > start && tokens.get(k).start() > tokens.get(k - 1).end()) {
        sb.append(' ');
      }
      sb.append(tokens.get(k).text());
    }
    return sb.toString();
  }
}
