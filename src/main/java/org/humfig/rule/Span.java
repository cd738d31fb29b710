package org.humfig.rule;

/**
 * A run of tokens: indexes into a token list.
 *
 * @param start index of the first token
 * @param end index just past the last token
 */
public record Span(int start, int end) {

  /** Returns true when the span holds no token. */
  public boolean isEmpty() {
    return end <= start;
  }

  /** Returns the number of tokens between this span and {@code other}, 0 when they touch. */
  public int distance(Span other) {
    if (other.start >= end) {
      return other.start - end;
    }
    if (start >= other.end) {
      return start - other.end;
    }
    return 0;
  }
}
