package org.humfig.document;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A set of strings, such as the document ids a run has seen, kept compactly: each string's UTF-8
 * bytes once, one after another in blocks of {@value #BLOCK} bytes, and an open-addressing table of
 * where each starts (8 bytes a slot, at most half of them used). A news id of 20 characters takes
 * about 40 bytes, where a {@code HashSet<String>} takes over 100. Strings are compared byte for
 * byte, so the set is exact. Not thread-safe.
 */
final class IdSet {

  /** Bytes a block holds; a longer string has a block of its own. */
  static final int BLOCK = 1 << 16;

  private final List<byte[]> blocks = new ArrayList<>();
  private int used = BLOCK; // bytes used of the last block: full, so the first add makes one

  /** Where each string starts (block index << 32 | offset) plus one; 0 for an empty slot. */
  private long[] slots = new long[1 << 10];

  private int size;

  /** Adds {@code s}; returns true when it was not in the set. */
  boolean add(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    long h = hash(b, 0, b.length);
    int mask = slots.length - 1;
    int i = (int) h & mask;
    while (slots[i] != 0) {
      if (equal(slots[i] - 1, b)) {
        return false;
      }
      i = (i + 1) & mask;
    }
    slots[i] = store(b) + 1;
    if (++size * 2 > slots.length) {
      grow();
    }
    return true;
  }

  /** Returns the number of strings in the set. */
  int size() {
    return size;
  }

  /** Appends {@code b}, its length first, and returns where it starts. */
  private long store(byte[] b) {
    int need = b.length + 5;
    if (used + need > BLOCK) {
      blocks.add(new byte[Math.max(BLOCK, need)]);
      used = 0;
    }
    byte[] block = blocks.get(blocks.size() - 1);
    long at = (long) (blocks.size() - 1) << 32 | used;
    int n = b.length;
    while (n >= 0x80) { // the length as a varint: 1 byte under 128
      block[used++] = (byte) (n | 0x80);
      n >>>= 7;
    }
    block[used++] = (byte) n;
    System.arraycopy(b, 0, block, used, b.length);
    used += b.length;
    return at;
  }

  /** Returns true when the string stored at {@code at} has the bytes {@code b}. */
  private boolean equal(long at, byte[] b) {
    byte[] block = blocks.get((int) (at >>> 32));
    long span = span(block, (int) at);
    int p = (int) (span >>> 32);
    int n = (int) span;
    return n == b.length && Arrays.equals(block, p, p + n, b, 0, n);
  }

  /** Reads the length before the bytes at {@code p}; returns where they start << 32 | length. */
  private static long span(byte[] block, int p) {
    int n = 0;
    for (int shift = 0; ; shift += 7) {
      byte x = block[p++];
      n |= (x & 0x7F) << shift;
      if (x >= 0) {
        return (long) p << 32 | n;
      }
    }
  }

  /** Doubles the table, placing each string again by the hash of its stored bytes. */
  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long s : old) {
      if (s != 0) {
        int i = (int) stored(s - 1) & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = s;
      }
    }
  }

  /** Returns the hash of the string stored at {@code at}. */
  private long stored(long at) {
    byte[] block = blocks.get((int) (at >>> 32));
    long span = span(block, (int) at);
    return hash(block, (int) (span >>> 32), (int) span);
  }

  /** Returns a 64-bit FNV-1a hash of {@code n} bytes from {@code p}, its bits spread. */
  private static long hash(byte[] b, int p, int n) {
    long h = 0xcbf29ce484222325L;
    for (int i = p; i < p + n; i++) {
      h ^= b[i] & 0xFF;
      h *= 0x100000001b3L;
    }
    return h ^ (h >>> 29) ^ (h >>> 47);
  }
}
