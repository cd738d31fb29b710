package org.humfig.text;

import java.util.Map;
import java.util.TreeMap;

/**
 * A map from single words to values, read by the number of a token's word. Immutable and
 * thread-safe.
 *
 * @param <V> the values
 */
public final class WordMap<V> {

  private final IntTable<V> values = new IntTable<>();
  private final int largest;

  /** Returns a map of the entries of {@code map}, whose keys are words in matching form. */
  public WordMap(Map<String, V> map) {
    int top = -1;
    for (Map.Entry<String, V> e : new TreeMap<>(map).entrySet()) {
      int id = Words.add(e.getKey());
      values.put(id, e.getValue());
      top = Math.max(top, id);
    }
    this.largest = top;
  }

  /** Returns the value of the word of {@code t}, or null. */
  public V get(Token t) {
    return values.get(t.word(largest));
  }

  /** Returns the value of the word {@code norm}, or null. */
  public V get(String norm) {
    return values.get(Words.code(norm));
  }

  /** Returns true when the word of {@code t} has a value. */
  public boolean containsKey(Token t) {
    return get(t) != null;
  }

  /** Returns true when the word {@code norm} has a value. */
  public boolean containsKey(String norm) {
    return get(norm) != null;
  }
}
