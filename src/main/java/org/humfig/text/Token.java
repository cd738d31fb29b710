package org.humfig.text;

import java.util.List;

/**
 * A word, number or punctuation mark of a document, with its place in the document text.
 *
 * <p>A value: two tokens with the same text, form, offsets and shape are equal. It also carries the
 * number its form has among the {@link Words} the tables know, so that lookups compare numbers.
 */
public final class Token {

  private final String text;
  private final String norm;
  private final int start;
  private final int end;
  private final Shape shape;
  private final int word;

  /**
   * Returns a token.
   *
   * @param text the characters as they appear in the document
   * @param norm the form used for matching: lower case, straight quotes, ASCII hyphens
   * @param start offset of the first character in the document text
   * @param end offset just past the last character
   * @param shape what kind of token this is
   */
  public Token(String text, String norm, int start, int end, Shape shape) {
    this.text = java.util.Objects.requireNonNull(text);
    this.norm = java.util.Objects.requireNonNull(norm);
    this.start = start;
    this.end = end;
    this.shape = java.util.Objects.requireNonNull(shape);
    this.word = Words.code(norm);
  }

  /** Returns the characters as they appear in the document. */
  public String text() {
    return text;
  }

  /** Returns the form used for matching: lower case, straight quotes, ASCII hyphens. */
  public String norm() {
    return norm;
  }

  /** Returns the offset of the first character in the document text. */
  public int start() {
    return start;
  }

  /** Returns the offset just past the last character. */
  public int end() {
    return end;
  }

  /** Returns what kind of token this is. */
  public Shape shape() {
    return shape;
  }

  /**
   * Returns the number of this token's word among the {@link Words}, or -1 when no table whose
   * largest number is {@code largest} can hold it.
   */
  public int word(int largest) {
    return Words.known(word, norm, largest);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Token t
        && start == t.start
        && end == t.end
        && shape == t.shape
        && text.equals(t.text)
        && norm.equals(t.norm);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(text, norm, start, end, shape);
  }

  @Override
  public String toString() {
    return "Token[text="
        + text
        + ", norm="
        + norm
        + ", start="
        + start
        + ", end="
        + end
        + ", shape="
        + shape
        + "]";
  }

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
