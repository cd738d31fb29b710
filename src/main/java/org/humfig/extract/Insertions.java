package org.humfig.extract;

import java.util.List;
import org.humfig.rule.Lexicon;
import org.humfig.text.Token;

/**
 * Marks the insertions of a sentence, which rule patterns look through: a bracketed aside, or a
 * comma-delimited phrase opened by a word of class {@code insertion_opener} ("16 people, including
 * 13 children, were killed"; "the Observatory, a war monitor, said").
 */
final class Insertions {

  private static final int MAX_BRACKET = 25;
  private static final int MAX_COMMA = 16;

  private Insertions() {}

  /** Returns, for each token, whether it lies in an insertion (its delimiters included). */
  static boolean[] mark(List<Token> tokens, Lexicon lex) {
    boolean[] hidden = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.is("(")) {
        int close = find(tokens, i + 1, MAX_BRACKET, ")");
        if (close > 0) {
          fill(hidden, i, close + 1);
          i = close;
        }
      } else if (t.is(",")
          && i > 0
          && i + 1 < tokens.size()
          && lex.startsAt("insertion_opener", tokens, i + 1)) {
        int close = find(tokens, i + 1, MAX_COMMA, ",");
        if (close > 0) {
          fill(hidden, i, close + 1);
          i = close;
        } else if (lex.startsAt("insertion_to_end", tokens, i + 1)) {
          int end = tokens.size();
          while (end > i && tokens.get(end - 1).shape() == Token.Shape.PUNCT) {
            end--;
          }
          fill(hidden, i, end);
          i = end;
        }
      }
    }
    return hidden;
  }

  private static int find(List<Token> tokens, int from, int max, String close) {
    for (int k = from; k < tokens.size() && k - from < max; k++) {
      if (tokens.get(k).is(close)) {
        return k;
      }
      if (tokens.get(k).is(".") || tokens.get(k).is(";")) {
        return -1;
      }
    }
    return -1;
  }

  private static void fill(boolean[] hidden, int from, int to) {
    for (int k = from; k < to; k++) {
      hidden[k] = true;
    }
  }
}
