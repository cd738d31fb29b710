package org.humfig.reconcile;

import java.util.Arrays;

/**
 * A growing column of numbers kept in chunks of {@value #CHUNK} values, one kind of number per
 * subclass. Adding a value fills the last chunk or starts a new one, so a column never copies what
 * it holds and never holds two copies at once: its memory is its values, rounded up to a chunk.
 * Values are added at the end and read by index. Not thread-safe.
 *
 * @param <A> the array type of a chunk
 */
abstract class Column<A> {

  /** Values a chunk holds. */
  static final int CHUNK = 1 << 12;

  private static final int SHIFT = 12;
  private static final int MASK = CHUNK - 1;

  private A[] chunks;
  private int size;

  private Column(A[] chunks) {
    this.chunks = chunks;
  }

  /** Returns a new, empty chunk. */
  abstract A chunk();

  /** Returns the number of values added. */
  final int size() {
    return size;
  }

  /** Returns the chunk of the next value, made when new; {@link #slot()} says where it goes. */
  final A last() {
    int c = size >>> SHIFT;
    if (c == chunks.length) {
      chunks = Arrays.copyOf(chunks, c * 2); // the chunks' directory: a reference a chunk
    }
    if (chunks[c] == null) {
      chunks[c] = chunk();
    }
    return chunks[c];
  }

  /** Returns the place of the next value in its chunk, and counts it as added. */
  final int slot() {
    return size++ & MASK;
  }

  /** Returns the chunk of value {@code i}. */
  final A chunkOf(int i) {
    return chunks[i >>> SHIFT];
  }

  /** Returns the place of value {@code i} in its chunk. */
  static int place(int i) {
    return i & MASK;
  }

  /** A column of bytes. */
  static final class Bytes extends Column<byte[]> {
    Bytes() {
      super(new byte[1][]);
    }

    @Override
    byte[] chunk() {
      return new byte[CHUNK];
    }

    void add(byte v) {
      last()[slot()] = v;
    }

    byte get(int i) {
      return chunkOf(i)[place(i)];
    }
  }

  /** A column of ints. */
  static final class Ints extends Column<int[]> {
    Ints() {
      super(new int[1][]);
    }

    @Override
    int[] chunk() {
      return new int[CHUNK];
    }

    void add(int v) {
      last()[slot()] = v;
    }

    int get(int i) {
      return chunkOf(i)[place(i)];
    }
  }

  /** A column of longs. */
  static final class Longs extends Column<long[]> {
    Longs() {
      super(new long[1][]);
    }

    @Override
    long[] chunk() {
      return new long[CHUNK];
    }

    void add(long v) {
      last()[slot()] = v;
    }

    long get(int i) {
      return chunkOf(i)[place(i)];
    }
  }

  /** A column of doubles. */
  static final class Doubles extends Column<double[]> {
    Doubles() {
      super(new double[1][]);
    }

    @Override
    double[] chunk() {
      return new double[CHUNK];
    }

    void add(double v) {
      last()[slot()] = v;
    }

    double get(int i) {
      return chunkOf(i)[place(i)];
    }
  }
}
