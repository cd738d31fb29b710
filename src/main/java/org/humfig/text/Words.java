package org.humfig.text;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The words that word lists and phrase tables know, each with a small number: a token learns its
 * word's number once, when it is made, and every lookup after that compares numbers instead of
 * hashing strings.
 *
 * <p>Words are added while tables are built and never removed; only words some table holds are
 * here, so a news feed's endless names and typos never grow it. Thread-safe.
 */
public final class Words {

  private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();

  private Words() {}

  /** Returns the number of {@code norm}, giving a new word the next number. */
  public static int add(String norm) {
    Integer id = IDS.get(norm);
    if (id != null) {
      return id;
    }
    synchronized (IDS) {
      return IDS.computeIfAbsent(norm, k -> IDS.size());
    }
  }

  /**
   * Returns the number of {@code norm}, or, for a word no table holds yet, a negative number that
   * remembers how many words there were: {@code -1 - size}. A word added later has a number at
   * least that size, which {@link #known} uses to tell a table built after the token.
   */
  public static int code(String norm) {
    Integer id = IDS.get(norm);
    return id != null ? id : -1 - IDS.size();
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
    Integer id = IDS.get(norm);
    return id == null ? -1 : id;
  }
}
