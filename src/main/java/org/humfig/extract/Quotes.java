package org.humfig.extract;

import java.util.ArrayList;
import java.util.List;
import org.humfig.model.Figure;
import org.humfig.text.Sentence;

/**
 * Follows quotations across the sentences of a paragraph, so that a figure quoted in one sentence
 * is attributed to the speaker the closing sentence names: “Sentence one with the figure. Sentence
 * two,” said X; else to the one the opening sentence names: X said: “Sentence one. Sentence two
 * with the figure.” One per document; not thread-safe.
 */
final class Quotes {

  private boolean open;
  private int paragraph = -1;
  private boolean closed;
  private boolean opened;
  private String opener;
  private final List<Integer> pending = new ArrayList<>();

  /**
   * Reads one sentence and the figures found in it.
   *
   * @param s the sentence
   * @param text the document text
   * @param found the figures of the sentence
   * @param offset the index the first of them will have in the document's list
   */
  void read(Sentence s, String text, List<Figure> found, int offset) {
    if (s.paragraph() != paragraph) {
      paragraph = s.paragraph();
      open = false;
      opener = null;
      pending.clear();
    }
    boolean wasOpen = open;
    for (int i = s.start(); i < s.end(); i++) {
      char c = text.charAt(i);
      if (c == '\u201C') {
        open = true;
      } else if (c == '\u201D') {
        open = false;
      } else if (c == '"') {
        open = !open;
      }
    }
    closed = wasOpen && !open;
    opened = !wasOpen && open;
    if (opened) {
      opener = null;
    }
    if (open || wasOpen) {
      for (int i = 0; i < found.size(); i++) {
        if (found.get(i).attributedTo() == null) {
          pending.add(offset + i);
        }
      }
    }
  }

  /** Returns true when the last sentence read closed a quotation opened before it. */
  boolean closed() {
    return closed;
  }

  /** Returns true when the last sentence read opened a quotation it did not close. */
  boolean opened() {
    return opened;
  }

  /** Remembers who the sentence that opened the quotation names: "X said: “...". */
  void opener(String speaker) {
    opener = speaker;
  }

  /**
   * Gives the figures waiting in the closed quotation their speaker: the one the closing sentence
   * names, else the one the opening sentence named.
   */
  void attribute(List<Figure> figures, String closing) {
    String speaker = closing != null ? closing : opener;
    opener = null;
    if (speaker != null) {
      for (int i : pending) {
        Figure f = figures.get(i);
        if (f.attributedTo() == null) {
          figures.set(i, f.toBuilder().attributedTo(speaker).build());
        }
      }
    }
    pending.clear();
  }
}
