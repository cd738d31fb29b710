package org.humfig.text;

/**
 * The words that word lists and phrase tables know, each with a small number: a token learns its
 * word's number once, when it is made, and every lookup after that compares numbers instead of
 * hashing strings.
 *
 * <p>Words are added while tables are built and never removed; only words some table holds are
 * here, so a news feed's endless names and typos never grow it. Thread-safe: words are added under
 * a lock and looked up without one.
 *
 * <p>The tokenizer looks a word up straight from the text it reads ({@link #find}), lower-casing as
 * it compares, so a known word costs neither a copy nor a second hash. The forms lie one after
 * another in one array of characters, and each slot of the open-addressing table holds a word's
 * number beside its hash: a lookup reads two arrays and no object per word.
 */
public final class Words {

  /**
   * What a reader sees: the arrays and how many words they hold. The arrays are shared with the
   * next state and written past {@code size} (and in empty slots) under the lock before that state
   * is published; a reader skips a slot whose number is not below its own {@code size}.
   */
  private static final class State {
    /** Two ints a slot: the word's number plus one (0 when empty), then its hash. */
    final int[] slots;

    /** Where each word's form starts in {@link #chars}; the form ends where the next starts. */
    final int[] starts;

    final char[] chars;
    final String[] words;
    final int size;

    State(int[] slots, int[] starts, char[] chars, String[] words, int size) {
      this.slots = slots;
      this.starts = starts;
      this.chars = chars;
      this.words = words;
      this.size = size;
    }
  }

  private static final Object LOCK = new Object();
  private static volatile State state =
      new State(new int[2 << 15], new int[1 << 14], new char[1 << 17], new String[1 << 14], 0);

  private Words() {}

  /** Returns the number of {@code norm}, giving a new word the next number. */
  public static int add(String norm) {
    int known = code(norm);
    return known >= 0 ? known : addAll(new String[] {norm})[0];
  }

  /**
   * Returns the numbers of {@code norms}, giving each new word the next number: {@link #add} for
   * many words at once, under one lock and with one state published.
   */
  public static int[] addAll(String[] norms) {
    int[] ids = new int[norms.length];
    synchronized (LOCK) {
      State s = state;
      int[] slots = s.slots;
      int[] starts = s.starts;
      char[] chars = s.chars;
      String[] words = s.words;
      int size = s.size;
      for (int i = 0; i < norms.length; i++) {
        String norm = norms[i];
        int hash = norm.hashCode();
        int known = find(slots, starts, chars, size, norm, hash);
        if (known >= 0) {
          ids[i] = known;
          continue;
        }
        if ((size + 1) * 2 > slots.length / 2) {
          int[] grown = new int[slots.length * 2];
          for (int k = 0; k < slots.length; k += 2) {
            if (slots[k] != 0) {
              put(grown, slots[k], slots[k + 1]);
            }
          }
          slots = grown;
        }
        if (size + 2 > starts.length) {
          starts = java.util.Arrays.copyOf(starts, starts.length * 2);
          words = java.util.Arrays.copyOf(words, words.length * 2);
        }
        int from = starts[size];
        if (from + norm.length() > chars.length) {
          chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, from + norm.length()));
        }
        norm.getChars(0, norm.length(), chars, from);
        starts[size + 1] = from + norm.length();
        words[size] = norm;
        put(slots, size + 1, hash);
        ids[i] = size++;
      }
      if (size > s.size || slots != s.slots) {
        state = new State(slots, starts, chars, words, size);
      }
    }
    return ids;
  }

  /** The number of {@code norm} among the first {@code size} words of the arrays, else -1. */
  private static int find(
      int[] slots, int[] starts, char[] chars, int size, String norm, int hash) {
    int mask = slots.length - 2;
    for (int k = slot(hash, mask); ; k = (k + 2) & mask) {
      int id = slots[k] - 1;
      if (id < 0) {
        return -1;
      }
      if (id < size && slots[k + 1] == hash) {
        int from = starts[id];
        if (starts[id + 1] - from == norm.length() && same(chars, from, norm, 0, norm.length())) {
          return id;
        }
      }
    }
  }

  /**
   * Returns the number of {@code norm}, or, for a word no table holds yet, a negative number that
   * remembers how many words there were: {@code -1 - size}. A word added later has a number at
   * least that size, which {@link #known} uses to tell a table built after the token.
   */
  public static int code(String norm) {
    return probe(norm, 0, norm.length(), norm.hashCode(), false);
  }

  /** Returns how many words there are: the number the next new word gets. */
  static int size() {
    return state.size;
  }

  /**
   * Returns the form of the word numbered {@code id} (a number {@link #find} or {@link #code}
   * gave).
   */
  static String word(int id) {
    return state.words[id];
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
    int id = code(norm);
    return id < 0 ? -1 : id;
  }

  /**
   * Returns the number of the ASCII characters {@code text[start, end)} lower-cased, whose {@link
   * String#hashCode} is {@code hash}, or, as {@link #code} does, {@code -1 - size}.
   */
  static int find(String text, int start, int end, int hash) {
    return probe(text, start, end - start, hash, true);
  }

  /**
   * Returns the number of the word {@code text[start, start + length)}, lower-cased first when
   * {@code lower}, whose hash is {@code hash}; else {@code -1 - size}.
   */
  private static int probe(String text, int start, int length, int hash, boolean lower) {
    State s = state;
    int[] slots = s.slots;
    int mask = slots.length - 2;
    for (int k = slot(hash, mask); ; k = (k + 2) & mask) {
      int id = slots[k] - 1;
      if (id < 0) {
        return -1 - s.size;
      }
      if (id < s.size && slots[k + 1] == hash) {
        int from = s.starts[id];
        if (s.starts[id + 1] - from == length
            && (lower
                ? sameLower(s.chars, from, text, start, length)
                : same(s.chars, from, text, start, length))) {
          return id;
        }
      }
    }
  }

  private static boolean same(char[] chars, int from, String text, int start, int length) {
    for (int k = 0; k < length; k++) {
      if (chars[from + k] != text.charAt(start + k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameLower(char[] chars, int from, String text, int start, int length) {
    for (int k = 0; k < length; k++) {
      char c = text.charAt(start + k);
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      if (chars[from + k] != c) {
        return false;
      }
    }
    return true;
  }

  /** Writes a slot (number plus one, hash) into the first free place of its probe. */
  private static void put(int[] slots, int idPlusOne, int hash) {
    int mask = slots.length - 2;
    int k = slot(hash, mask);
    while (slots[k] != 0) {
      k = (k + 2) & mask;
    }
    slots[k + 1] = hash;
    slots[k] = idPlusOne;
  }

  /** Returns the first slot (an even index) of {@code hash} in a table of {@code mask + 2} ints. */
  private static int slot(int hash, int mask) {
    return ((hash ^ hash >>> 16) << 1) & mask;
  }
}
