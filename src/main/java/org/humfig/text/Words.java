package org.humfig.text;

/**
 * The words that word lists and phrase tables know, each with a small number: a token learns its
 * word's number once, when it is made, and every lookup after that compares numbers instead of
 * hashing strings.
 *
 * <p>Words are added while tables are built and never removed; only words some table holds are
 * here, so a news feed's endless names and typos never grow it. Thread-safe: words are added under
 * a lock and looked up without one, in an open-addressing table whose entries never change once
 * written.
 *
 * <p>The tokenizer looks a word up straight from the text it reads ({@link #find}), lower-casing as
 * it compares, so a known word costs neither a copy nor a second hash.
 */
public final class Words {

  /** A known word: its form, the hash {@link String#hashCode} gives it, and its number. */
  record Entry(String word, int hash, int id) {}

  private static final Object LOCK = new Object();
  private static volatile Entry[] table = new Entry[1 << 15];
  private static volatile int size;

  private Words() {}

  /** Returns the number of {@code norm}, giving a new word the next number. */
  public static int add(String norm) {
    Entry e = find(norm);
    if (e != null) {
      return e.id();
    }
    synchronized (LOCK) {
      e = find(norm);
      if (e != null) {
        return e.id();
      }
      Entry[] t = table;
      if ((size + 1) * 2 > t.length) {
        Entry[] grown = new Entry[t.length * 2];
        for (Entry old : t) {
          if (old != null) {
            put(grown, old);
          }
        }
        t = grown;
      }
      int id = size;
      put(t, new Entry(norm, norm.hashCode(), id));
      table = t;
      size = id + 1;
      return id;
    }
  }

  /**
   * Returns the number of {@code norm}, or, for a word no table holds yet, a negative number that
   * remembers how many words there were: {@code -1 - size}. A word added later has a number at
   * least that size, which {@link #known} uses to tell a table built after the token.
   */
  public static int code(String norm) {
    int before = size;
    Entry e = find(norm);
    return e != null ? e.id() : -1 - before;
  }

  /** Returns how many words there are: the number the next new word gets. */
  static int size() {
    return size;
  }

  /**
   * Returns the number of the word of a token with {@code code} and {@code norm} when a table whose
   * largest number is {@code largest} may hold it, else -1.
   */
  public static int known(int code, String norm, int largest) {
    if (code >= 0) {
      return code;
    }
    if (largest < -1 - code) {
      return -1; // every word of the table was known when the token was made, and this one was not
    }
    Entry e = find(norm);
    return e == null ? -1 : e.id();
  }

  /** Returns the entry of {@code norm}, or null. */
  private static Entry find(String norm) {
    int hash = norm.hashCode();
    Entry[] t = table;
    int mask = t.length - 1;
    for (int k = slot(hash, mask); ; k = (k + 1) & mask) {
      Entry e = t[k];
      if (e == null) {
        return null;
      }
      if (e.hash() == hash && e.word().equals(norm)) {
        return e;
      }
    }
  }

  /**
   * Returns the entry of the ASCII characters {@code text[start, end)} lower-cased, whose {@link
   * String#hashCode} is {@code hash}, or null.
   */
  static Entry find(CharSequence text, int start, int end, int hash) {
    Entry[] t = table;
    int mask = t.length - 1;
    int length = end - start;
    for (int k = slot(hash, mask); ; k = (k + 1) & mask) {
      Entry e = t[k];
      if (e == null) {
        return null;
      }
      if (e.hash() == hash && e.word().length() == length && sameLower(e.word(), text, start)) {
        return e;
      }
    }
  }

  private static boolean sameLower(String word, CharSequence text, int start) {
    for (int k = 0; k < word.length(); k++) {
      char c = text.charAt(start + k);
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      if (word.charAt(k) != c) {
        return false;
      }
    }
    return true;
  }

  private static void put(Entry[] t, Entry e) {
    int mask = t.length - 1;
    int k = slot(e.hash(), mask);
    while (t[k] != null) {
      k = (k + 1) & mask;
    }
    t[k] = e;
  }

  private static int slot(int hash, int mask) {
    return (hash ^ hash >>> 16) & mask;
  }
}
