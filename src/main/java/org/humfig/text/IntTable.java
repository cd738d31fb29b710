package org.humfig.text;

import java.util.Arrays;

/**
 * A map from non-negative ints to values, with open addressing over one array of keys: a lookup is
 * a multiply, a shift and a probe or two, with no boxing. Build, then read from any thread.
 *
 * @param <V> the values
 */
public final class IntTable<V> {

  private int[] keys;
  private Object[] values;
  private int size;

  /** Returns an empty table. */
  public IntTable() {
    this(8);
  }

  /**
   * Returns an empty table with room for {@code capacity / 2} keys before it grows: a small one for
   * the many tables that hold one or two keys.
   *
   * @param capacity a power of two, at least 2
   */
  public IntTable(int capacity) {
    if (capacity < 2 || Integer.bitCount(capacity) != 1) {
      throw new IllegalArgumentException(
          "capacity must be a power of two of at least 2: " + capacity);
    }
    keys = new int[capacity];
    values = new Object[capacity];
    Arrays.fill(keys, -1);
  }

  /** Returns the value of {@code key}, or null. */
  @SuppressWarnings("unchecked")
  public V get(int key) {
    if (key < 0) {
      return null;
    }
    int mask = keys.length - 1;
    for (int k = slot(key, mask); ; k = (k + 1) & mask) {
      int at = keys[k];
      if (at == key) {
        return (V) values[k];
      }
      if (at < 0) {
        return null;
      }
    }
  }

  /** Sets the value of {@code key} (not negative). */
  public void put(int key, V value) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int k = slot(key, mask);
    while (keys[k] >= 0 && keys[k] != key) {
      k = (k + 1) & mask;
    }
    if (keys[k] < 0) {
      size++;
    }
    keys[k] = key;
    values[k] = value;
  }

  /** Returns the number of keys. */
  public int size() {
    return size;
  }

  private void grow() {
    int[] oldKeys = keys;
    Object[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    Arrays.fill(keys, -1);
    values = new Object[oldKeys.length * 2];
    size = 0;
    for (int k = 0; k < oldKeys.length; k++) {
      if (oldKeys[k] >= 0) {
        @SuppressWarnings("unchecked")
        V v = (V) oldValues[k];
        put(oldKeys[k], v);
      }
    }
  }

  private static int slot(int key, int mask) {
    return (key * 0x9E3779B9 >>> 16 ^ key * 0x9E3779B9) & mask;
  }
}
