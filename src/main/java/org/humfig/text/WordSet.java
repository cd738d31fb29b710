package org.humfig.text;

import java.util.BitSet;
import java.util.Collection;
import java.util.TreeSet;

/**
 * A set of single words read by the number of a token's word: a bit test instead of a string hash.
 * Immutable and thread-safe.
 */
public final class WordSet {

  private final BitSet bits = new BitSet();
  private final int largest;

  /** Returns a set of the words {@code words}, in matching form (lower case). */
  public WordSet(Collection<String> words) {
    int top = -1;
    for (String w : new TreeSet<>(words)) {
      int id = Words.add(w);
      bits.set(id);
      top = Math.max(top, id);
    }
    this.largest = top;
  }

  /** Returns true when the word of {@code t} is in the set. */
  public boolean contains(Token t) {
    int id = t.word(largest);
    return id >= 0 && bits.get(id);
  }

  /** Returns true when the word {@code norm} is in the set. */
  public boolean contains(String norm) {
    int id = Words.code(norm);
    return id >= 0 && bits.get(id);
  }
}
