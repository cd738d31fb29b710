package org.humfig.validate;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The figure ids of a table seen so far, each with the row it was first seen on, in primitive
 * arrays: a million ids take about 24 MB. Ids are kept as 64-bit hashes (FNV-1a), so two different
 * ids collide with odds of about one in 10^7 for a million rows.
 */
final class IdIndex {

  private long[] keys = new long[1 << 12];
  private int[] rows = new int[1 << 12];
  private boolean[] used = new boolean[1 << 12];
  private int size;

  /** Records {@code id} at {@code row}; returns the row it was first seen on, or 0 if new. */
  int put(String id, int row) {
    if (size * 2 >= keys.length) {
      grow();
    }
    long h = hash(id);
    int i = slot(h, keys.length);
    while (used[i]) {
      if (keys[i] == h) {
        return rows[i];
      }
      i = (i + 1) & (keys.length - 1);
    }
    used[i] = true;
    keys[i] = h;
    rows[i] = row;
    size++;
    return 0;
  }

  /** Returns true when {@code id} has been seen. */
  boolean contains(String id) {
    long h = hash(id);
    int i = slot(h, keys.length);
    while (used[i]) {
      if (keys[i] == h) {
        return true;
      }
      i = (i + 1) & (keys.length - 1);
    }
    return false;
  }

  private void grow() {
    long[] k = keys;
    int[] r = rows;
    boolean[] u = used;
    keys = new long[k.length * 2];
    rows = new int[k.length * 2];
    used = new boolean[k.length * 2];
    for (int j = 0; j < k.length; j++) {
      if (u[j]) {
        int i = slot(k[j], keys.length);
        while (used[i]) {
          i = (i + 1) & (keys.length - 1);
        }
        used[i] = true;
        keys[i] = k[j];
        rows[i] = r[j];
      }
    }
    Arrays.fill(u, false);
  }

  private static int slot(long h, int length) {
    return (int) (h ^ (h >>> 32)) & (length - 1);
  }

  /** Returns the FNV-1a hash of the UTF-8 bytes of {@code id}; ASCII ids need no copy. */
  private static long hash(String id) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c >= 0x80) {
        return hash(id.getBytes(StandardCharsets.UTF_8));
      }
      h ^= c;
      h *= 0x100000001b3L;
    }
    return h;
  }

  private static long hash(byte[] bytes) {
    long h = 0xcbf29ce484222325L;
    for (byte b : bytes) {
      h ^= b & 0xFF;
      h *= 0x100000001b3L;
    }
    return h;
  }
}
