package org.humfig.rule;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.humfig.text.PhraseTable;
import org.humfig.text.Token;

/**
 * Named word classes ("killed", "aux", "population_noun"), each a set of words and phrases, that
 * rule patterns refer to as {@code @name}.
 *
 * <p>Built by {@link RuleLoader}; immutable once the rule set is built.
 */
public final class Lexicon {

  private final Map<String, PhraseTable<Boolean>> classes = new TreeMap<>();

  /** The same tables by name, for lookups by hash rather than by comparing names in a tree. */
  private final Map<String, PhraseTable<Boolean>> byName = new java.util.HashMap<>();

  private final Map<String, List<String>> phrases = new TreeMap<>();

  /** Adds phrases to class {@code name}, creating the class if needed. */
  Lexicon add(String name, List<String> words) {
    // Code names its classes with literals: the same string, so a lookup's first compare holds.
    name = name.intern();
    PhraseTable<Boolean> table = classes.computeIfAbsent(name, k -> new PhraseTable<>());
    byName.put(name, table);
    names = null;
    List<String> list = new java.util.ArrayList<>(phrases.getOrDefault(name, List.of()));
    for (String w : words) {
      table.put(w, Boolean.TRUE);
      list.add(w);
    }
    phrases.put(name, List.copyOf(list));
    return this;
  }

  /** Returns true when class {@code name} exists. */
  public boolean has(String name) {
    return classes.containsKey(name);
  }

  /** Returns the names of all classes, sorted. */
  public Set<String> names() {
    return classes.keySet();
  }

  /** Returns the phrases of class {@code name}, in file order. */
  public List<String> phrases(String name) {
    return phrases.getOrDefault(name, List.of());
  }

  /** Returns the phrase table of class {@code name}; the class must exist. */
  PhraseTable<Boolean> table(String name) {
    PhraseTable<Boolean> t = byName.get(name);
    if (t == null) {
      throw new IllegalArgumentException("unknown lexicon '" + name + "'");
    }
    return t;
  }

  /**
   * Returns the table of class {@code name}, empty when the pack has no such class: a minimal pack
   * need not list words for every refinement the extractor knows.
   */
  private PhraseTable<Boolean> lookup(String name) {
    Names n = names;
    if (n == null) {
      n = new Names(byName);
      names = n;
    }
    String[] keys = n.keys;
    int mask = keys.length - 1;
    for (int k = Names.slot(name.hashCode(), mask); ; k = (k + 1) & mask) {
      String key = keys[k];
      if (key == name) {
        return n.tables[k];
      }
      if (key == null) {
        PhraseTable<Boolean> t = byName.get(name); // a name equal to a class's but another string
        return t == null ? EMPTY : t;
      }
    }
  }

  /**
   * The classes by the very string of their name, built on first lookup: the names in code are
   * literals, the same strings as the interned names of {@link #add}, so a lookup is a probe of one
   * array that compares references, with no node to follow.
   */
  private volatile Names names;

  private static final class Names {
    final String[] keys;
    final PhraseTable<Boolean>[] tables;

    @SuppressWarnings("unchecked")
    Names(Map<String, PhraseTable<Boolean>> byName) {
      int length = Integer.highestOneBit(Math.max(4, byName.size() * 4) - 1) << 1;
      keys = new String[length];
      tables = new PhraseTable[length];
      for (Map.Entry<String, PhraseTable<Boolean>> e : new TreeMap<>(byName).entrySet()) {
        int k = slot(e.getKey().hashCode(), length - 1);
        while (keys[k] != null) {
          k = (k + 1) & (length - 1);
        }
        keys[k] = e.getKey();
        tables[k] = e.getValue();
      }
    }

    static int slot(int hash, int mask) {
      return (hash ^ hash >>> 16) & mask;
    }
  }

  private static final PhraseTable<Boolean> EMPTY = new PhraseTable<>();

  /** Returns true when a phrase of class {@code name} starts at token {@code i}. */
  public boolean startsAt(String name, List<Token> tokens, int i) {
    return lookup(name).longestEnd(tokens, i) >= 0;
  }

  /**
   * Returns the end of the longest phrase of class {@code name} starting at token {@code i}, or -1.
   */
  public int phraseAt(String name, List<Token> tokens, int i) {
    return lookup(name).longestEnd(tokens, i);
  }

  /**
   * Returns the start of the longest phrase of class {@code name} ending just before token {@code
   * end}, or -1.
   */
  public int phraseEndingAt(String name, List<Token> tokens, int end) {
    return lookup(name).longestStart(tokens, end);
  }

  /** Returns true when the single token {@code t} is a one-word phrase of class {@code name}. */
  public boolean contains(String name, Token t) {
    return lookup(name).hasWord(t);
  }
}
