package org.humfig.reconcile;

import java.util.List;

/**
 * A cheap fingerprint of a text that tells near-identical texts apart from different ones: a
 * MinHash over its word 3-shingles, 16 minima of 8 bits each packed in two longs. Two texts whose
 * fingerprints agree in at least {@value #SAME} of the 16 lanes share most of their shingles (a
 * Jaccard similarity of about 0.6 or more): a wire story reprinted by several outlets, with a
 * changed word or two. Texts written separately about the same fact agree in a lane or two at most.
 */
final class Fingerprint {

  /** Lanes that must agree for two texts to count as the same. */
  static final int SAME = 10;

  private static final int LANES = 16;
  private static final long[] SEEDS = new long[LANES];

  static {
    long s = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < LANES; i++) {
      s = mix(s + i);
      SEEDS[i] = s;
    }
  }

  private Fingerprint() {}

  /**
   * Returns the fingerprint of {@code text} as two longs, or {@code {0, 0}} when it has no words
   * (such a text is never the same as another).
   */
  static long[] of(String text) {
    List<String> words = Places.words(text == null ? null : text.replace('-', ' '));
    if (words.isEmpty()) {
      return new long[] {0L, 0L};
    }
    long[] min = new long[LANES];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    int n = Math.max(1, words.size() - 2);
    for (int i = 0; i < n; i++) {
      long h = 0;
      for (int j = i; j < Math.min(words.size(), i + 3); j++) {
        h = mix(h * 31 + words.get(j).hashCode());
      }
      for (int lane = 0; lane < LANES; lane++) {
        long v = mix(h ^ SEEDS[lane]) >>> 1;
        if (v < min[lane]) {
          min[lane] = v;
        }
      }
    }
    long[] packed = new long[2];
    for (int lane = 0; lane < LANES; lane++) {
      // A lane is 1..255, never 0, so an empty text (all zero) matches nothing.
      long b = (min[lane] % 255) + 1;
      packed[lane / 8] |= b << (8 * (lane % 8));
    }
    return packed;
  }

  /** Returns true when two fingerprints are of near-identical texts. */
  static boolean same(long a0, long a1, long b0, long b1) {
    if ((a0 == 0 && a1 == 0) || (b0 == 0 && b1 == 0)) {
      return false;
    }
    return agree(a0, b0) + agree(a1, b1) >= SAME;
  }

  private static int agree(long a, long b) {
    int n = 0;
    for (int i = 0; i < 8; i++) {
      if (((a >>> (8 * i)) & 0xFF) == ((b >>> (8 * i)) & 0xFF)) {
        n++;
      }
    }
    return n;
  }

  /** A 64-bit finaliser (SplitMix64): spreads every input bit over the output. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
