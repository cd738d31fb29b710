package org.humfig.text;

import java.util.List;

/**
 * A sentence of a document: its tokens and where it lies in the document text.
 *
 * @param index position of the sentence among the document's kept sentences, from 0
 * @param paragraph position of its paragraph among the document's paragraphs, from 0
 * @param start offset of its first character in the document text
 * @param end offset just past its last character
 * @param tokens its tokens, in order
 */
public record Sentence(int index, int paragraph, int start, int end, List<Token> tokens) {

  /** Copies the token list so the record stays immutable. */
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  /** Returns the sentence as it appears in {@code text}, the document text. */
  public String text(String text) {
    return text.substring(start, end);
  }
}
