package org.humfig.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Multi-word phrases ("more than", "tens of thousands", "claimed the lives of") mapped to values,
 * looked up over a token list by their first word.
 *
 * <p>Phrases are compared on normalised token forms. A lookup costs one hash probe plus a check of
 * the few phrases that share a first word. Build once, then read from any thread.
 *
 * @param <V> the value a phrase maps to
 */
public final class PhraseTable<V> {

  /** A phrase found in a token list: its token span and value. */
  public record Hit<V>(int start, int end, V value) {
    /** Returns the number of tokens the phrase covers. */
    public int length() {
      return end - start;
    }
  }

  /** A phrase: its words, their numbers among the {@link Words}, and its value. */
  private record Entry<V>(String[] words, int[] ids, V value) {}

  private final Tokenizer tokenizer = new Tokenizer();

  /** The phrases as a tree of words from their first: a lookup walks as far as the text goes. */
  private final Node<V> root = new Node<>();

  private final java.util.BitSet singles = new java.util.BitSet();
  private int longest;

  /** The largest word number of the phrases: a token made after it cannot hold a newer word. */
  private int largest = -1;

  /** The phrases in the order put, a phrase put again moved to the end with its new value. */
  private final List<Entry<V>> entries = new ArrayList<>();

  /** How many entries of {@link #entries} a later put of their phrase replaced. */
  private int replaced;

  /**
   * The lookups from a phrase's last word and by first word, built on first need from {@link
   * #entries}: most tables never need them, and building them for every one of the gazetteer's
   * names made start-up slow.
   */
  private volatile Index<V> index;

  /**
   * The phrases by their last word, longest first and in the order put among phrases of one length,
   * and the words phrases start with.
   */
  private record Index<V>(IntTable<List<Entry<V>>> byLast, java.util.Set<String> firstWords) {}

  /**
   * Adds a phrase; it is tokenized as text is, so "sq km" is two words and "U.S." one. A later
   * entry for the same phrase wins. Not to be called once the table is read.
   */
  public PhraseTable<V> put(String phrase, V value) {
    List<Token> tokens = tokenizer.tokenize(phrase);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("empty phrase");
    }
    String[] words = new String[tokens.size()];
    for (int k = 0; k < words.length; k++) {
      words[k] = tokens.get(k).norm();
    }
    return put(words, value);
  }

  /**
   * Adds a phrase of the words {@code words}, each a token's normalised form as {@link #put(String,
   * Object)} would find it in the phrase's text: the same table from words worked out beforehand
   * (the gazetteer's, compiled during the build). The array is kept, not copied.
   */
  public PhraseTable<V> put(String[] words, V value) {
    int[] ids = new int[words.length];
    for (int k = 0; k < ids.length; k++) {
      ids[k] = Words.add(words[k]);
    }
    return put(words, ids, value);
  }

  /**
   * As {@link #put(String[], Object)}, with the words' numbers among the {@link Words} already
   * known ({@code ids}, as {@link Words#addAll} gives them). Both arrays are kept, not copied.
   */
  public PhraseTable<V> put(String[] words, int[] ids, V value) {
    if (words.length == 0 || ids.length != words.length) {
      throw new IllegalArgumentException("empty phrase, or not one number a word");
    }
    Node<V> node = root;
    for (int k = 0; k < ids.length; k++) {
      largest = Math.max(largest, ids[k]);
      node = node.child(ids[k]);
    }
    Entry<V> entry = new Entry<>(words, ids, value);
    if (words.length == 1) {
      singles.set(ids[0]);
    }
    if (node.entry != null) {
      replaced++; // a later entry for the same phrase wins
    }
    node.entry = entry;
    entries.add(entry);
    longest = Math.max(longest, words.length);
    index = null;
    return this;
  }

  /** Returns the lookups by last and first word, building them on first need. */
  private Index<V> index() {
    Index<V> built = index;
    if (built == null) {
      synchronized (this) {
        built = index;
        if (built == null) {
          built = build();
          index = built;
        }
      }
    }
    return built;
  }

  private Index<V> build() {
    IntTable<List<Entry<V>>> byLast = new IntTable<>();
    java.util.Set<String> firstWords = new java.util.HashSet<>();
    for (Entry<V> e : entries) {
      if (!current(e)) {
        continue;
      }
      firstWords.add(e.words()[0]);
      int last = e.ids()[e.ids().length - 1];
      List<Entry<V>> list = byLast.get(last);
      if (list == null) {
        list = new ArrayList<>();
        byLast.put(last, list);
      }
      // Longest first, and in the order put among phrases of one length: after the last phrase as
      // long or longer (a place found from the end, not a sort of the whole list at every phrase).
      int at = list.size();
      while (at > 0 && list.get(at - 1).words().length < e.words().length) {
        at--;
      }
      list.add(at, e);
    }
    return new Index<>(byLast, java.util.Collections.unmodifiableSet(firstWords));
  }

  /** Returns the node of the tree the words {@code ids} lead to. */
  private Node<V> node(int[] ids) {
    Node<V> node = root;
    for (int id : ids) {
      node = node.next.get(id);
    }
    return node;
  }

  private static final int[] NONE = {};

  /** The one-position arrays of the ends most phrases have, shared: never written. */
  private static final int[][] SINGLE = new int[256][];

  static {
    for (int k = 0; k < SINGLE.length; k++) {
      SINGLE[k] = new int[] {k};
    }
  }

  /**
   * Returns the ends of the phrases that start at token {@code i}, longest first. The array is
   * shared when it holds one end: the caller must not write it.
   */
  public int[] ends(List<Token> tokens, int i) {
    int first = -1;
    int[] more = null; // the ends after the first, shortest first
    int n = 0;
    Node<V> node = root;
    for (int k = i; k >= 0 && k < tokens.size() && node.next != null; k++) {
      node = node.next.get(tokens.get(k).word(largest));
      if (node == null) {
        break;
      }
      if (node.entry != null) {
        if (n == 0) {
          first = k + 1; // a phrase's words are the tree's levels: it ends after token k
        } else {
          if (more == null) {
            more = new int[4];
          } else if (n - 1 == more.length) {
            more = java.util.Arrays.copyOf(more, more.length * 2);
          }
          more[n - 1] = k + 1;
        }
        n++;
      }
    }
    if (n == 0) {
      return NONE;
    }
    if (n == 1) {
      return first < SINGLE.length ? SINGLE[first] : new int[] {first};
    }
    int[] ends = new int[n];
    for (int k = 0; k < n - 1; k++) {
      ends[k] = more[n - 2 - k];
    }
    ends[n - 1] = first;
    return ends;
  }

  /** Returns the starts of the phrases that end just before token {@code end}, longest first. */
  public int[] starts(List<Token> tokens, int end) {
    if (end <= 0 || end > tokens.size()) {
      return NONE;
    }
    List<Entry<V>> candidates = index().byLast().get(tokens.get(end - 1).word(largest));
    if (candidates == null) {
      return NONE;
    }
    int[] starts = NONE;
    for (int c = 0; c < candidates.size(); c++) {
      Entry<V> e = candidates.get(c);
      int start = end - e.words().length;
      if (start >= 0 && matches(tokens, start, e)) {
        starts = java.util.Arrays.copyOf(starts, starts.length + 1);
        starts[starts.length - 1] = start;
      }
    }
    return starts;
  }

  /** A word of the tree: the phrase that ends here, if any, and the words that can follow. */
  private static final class Node<V> {
    Entry<V> entry;
    IntTable<Node<V>> next;

    Node<V> child(int id) {
      if (next == null) {
        next = new IntTable<>(2); // most words of a phrase lead on to one word
      }
      Node<V> child = next.get(id);
      if (child == null) {
        child = new Node<>();
        next.put(id, child);
      }
      return child;
    }
  }

  /** Returns the phrases that start at token {@code i}, longest first. */
  public List<Hit<V>> startingAt(List<Token> tokens, int i) {
    int[] ends = ends(tokens, i);
    if (ends.length == 0) {
      return java.util.Collections.emptyList();
    }
    List<Hit<V>> hits = new ArrayList<>(ends.length);
    for (int end : ends) {
      hits.add(new Hit<>(i, end, node(tokens, i, end).entry.value()));
    }
    return hits;
  }

  /** Returns the node the words of {@code tokens[i, end)} lead to, known to hold a phrase. */
  private Node<V> node(List<Token> tokens, int i, int end) {
    Node<V> node = root;
    for (int k = i; k < end; k++) {
      node = node.next.get(tokens.get(k).word(largest));
    }
    return node;
  }

  /** Returns the phrases that end just before token {@code end}, longest first. */
  public List<Hit<V>> endingAt(List<Token> tokens, int end) {
    if (end <= 0 || end > tokens.size()) {
      return java.util.Collections.emptyList();
    }
    List<Entry<V>> candidates = index().byLast().get(tokens.get(end - 1).word(largest));
    if (candidates == null) {
      return java.util.Collections.emptyList();
    }
    List<Hit<V>> hits = new ArrayList<>(2);
    for (Entry<V> e : candidates) {
      int start = end - e.words().length;
      if (start >= 0 && matches(tokens, start, e)) {
        hits.add(new Hit<>(start, end, e.value()));
      }
    }
    return hits;
  }

  /**
   * Returns the end of the longest phrase starting at token {@code i}, or -1 when none does; as
   * {@link #longestAt} without building a hit.
   */
  public int longestEnd(List<Token> tokens, int i) {
    Node<V> last = longest(tokens, i);
    return last == null ? -1 : i + last.entry.ids().length;
  }

  /**
   * The node of the longest phrase starting at token {@code i}, or null: the last node holding a
   * phrase on one walk down the tree, as {@link #ends} walks it.
   */
  private Node<V> longest(List<Token> tokens, int i) {
    Node<V> last = null;
    Node<V> node = root;
    for (int k = i; k >= 0 && k < tokens.size() && node.next != null; k++) {
      node = node.next.get(tokens.get(k).word(largest));
      if (node == null) {
        break;
      }
      if (node.entry != null) {
        last = node;
      }
    }
    return last;
  }

  /**
   * Returns the start of the longest phrase ending just before token {@code end}, or -1 when none
   * does.
   */
  public int longestStart(List<Token> tokens, int end) {
    if (end <= 0 || end > tokens.size()) {
      return -1;
    }
    List<Entry<V>> candidates = index().byLast().get(tokens.get(end - 1).word(largest));
    if (candidates != null) {
      for (Entry<V> e : candidates) {
        int start = end - e.words().length;
        if (start >= 0 && matches(tokens, start, e)) {
          return start;
        }
      }
    }
    return -1;
  }

  /** Returns the longest phrase starting at token {@code i}, or null when none does. */
  public Hit<V> longestAt(List<Token> tokens, int i) {
    Node<V> last = longest(tokens, i);
    return last == null ? null : new Hit<>(i, i + last.entry.ids().length, last.entry.value());
  }

  /** Returns true when the single word {@code norm} is a phrase of this table. */
  public boolean hasWord(String norm) {
    int id = Words.code(norm);
    return id >= 0 && singles.get(id);
  }

  /** Returns true when the word of token {@code t} alone is a phrase of this table. */
  public boolean hasWord(Token t) {
    int id = t.word(largest);
    return id >= 0 && singles.get(id);
  }

  /** Returns true when some phrase starts with the word {@code norm}. */
  public boolean mayStartWith(String norm) {
    return index().firstWords().contains(norm);
  }

  /** Returns true when some phrase starts with the word of token {@code t}. */
  public boolean mayStartWith(Token t) {
    return root.next != null && root.next.get(t.word(largest)) != null;
  }

  /** Returns the words every phrase can start with. */
  public java.util.Set<String> firstWords() {
    return index().firstWords();
  }

  /**
   * Returns words such that a text holding a phrase of the table holds one of them: for each
   * phrase, a word of it chosen to be rare in text. That is a one-word phrase of the table the
   * phrase holds ("missing" for "reported missing"), else its longest word, the last of equals
   * (short words are the common ones, and an English phrase ends on its head: "displaced" of "the
   * displaced", "died" of "have died", "lives" of "lost their lives"). A text holding none of these
   * holds no phrase of the table.
   */
  public java.util.Set<String> keyWords() {
    java.util.Set<String> single = new java.util.HashSet<>();
    for (Entry<V> e : entries) {
      if (current(e) && e.words().length == 1) {
        single.add(e.words()[0]);
      }
    }
    java.util.Set<String> keys = new java.util.HashSet<>(single);
    for (Entry<V> e : entries) {
      if (!current(e) || e.words().length == 1) {
        continue;
      }
      String key = e.words()[0];
      boolean covered = false;
      for (String w : e.words()) {
        covered |= single.contains(w);
        if (w.length() >= key.length()) {
          key = w;
        }
      }
      if (!covered) {
        keys.add(key);
      }
    }
    return java.util.Collections.unmodifiableSet(keys);
  }

  /** False when the phrase of {@code e} was put again later, which replaced it. */
  private boolean current(Entry<V> e) {
    return replaced == 0 || node(e.ids()).entry == e;
  }

  /** Returns the largest number of words in a phrase. */
  public int longest() {
    return longest;
  }

  /** Returns true when no phrase has been added. */
  public boolean isEmpty() {
    return root.next == null;
  }

  private boolean matches(List<Token> tokens, int start, Entry<V> e) {
    int[] ids = e.ids();
    if (start + ids.length > tokens.size()) {
      return false;
    }
    for (int k = 0; k < ids.length; k++) {
      if (tokens.get(start + k).word(largest) != ids[k]) {
        return false;
      }
    }
    return true;
  }
}
