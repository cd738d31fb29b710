package org.humfig.text;

import java.util.List;

/**
 * A word, number or punctuation mark of a document, with its place in the document text.
 *
 * <p>A value: two tokens with the same text, form, offsets and shape are equal. It also carries the
 * number its form has among the {@link Words} the tables know, so that lookups compare numbers.
 */
public final class Token {

  private String text; // null until asked for, when the tokenizer read a known word in capitals
  private final CharSequence source; // the text the offsets are in, when text is not yet made
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
    this.source = null;
  }

  /**
   * Returns the token of the ASCII characters {@code source[start, end)}, whose lower-case form has
   * {@link String#hashCode} {@code hash}: a word the tables know shares their copy of its form, and
   * its text is made only when asked for.
   */
  static Token ascii(String source, int start, int end, Shape shape, int hash, boolean upper) {
    int code = Words.find(source, start, end, hash);
    if (code >= 0) {
      String known = Words.word(code);
      return new Token(upper ? null : known, source, known, code, start, end, shape);
    }
    String raw = source.substring(start, end);
    return new Token(raw, upper ? Tokenizer.lower(raw) : raw, start, end, shape, code);
  }

  private Token(
      String text, CharSequence source, String norm, int word, int start, int end, Shape shape) {
    this.text = text;
    this.source = source;
    this.norm = norm;
    this.start = start;
    this.end = end;
    this.shape = shape;
    this.word = word;
  }

  private Token(String text, String norm, int start, int end, Shape shape, int word) {
    this.text = text;
    this.source = null;
    this.norm = norm;
    this.start = start;
    this.end = end;
    this.shape = shape;
    this.word = word;
  }

  /** Returns the characters as they appear in the document. */
  public String text() {
    String t = text;
    if (t == null) {
      t = source.subSequence(start, end).toString();
      text = t; // the same characters whichever thread makes them first
    }
    return t;
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
        && norm.equals(t.norm)
        && text().equals(t.text());
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(text(), norm, start, end, shape);
  }

  @Override
  public String toString() {
    return "Token[text="
        + text()
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
    if (shape != Shape.WORD) {
      return false;
    }
    return Character.isUpperCase(
        text != null ? text.codePointAt(0) : Character.codePointAt(source, start));
  }

  /** Returns true for a word of two or more characters and no lower-case letter: "WHO", "U.N.". */
  public boolean acronym() {
    String t = text();
    if (t.length() < 2) {
      return false;
    }
    for (int k = 0; k < t.length(); k++) {
      if (Character.isLowerCase(t.charAt(k))) {
        return false;
      }
    }
    return true;
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
