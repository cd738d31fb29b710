package org.humfig.reconcile;

/** A stable merge sort of an int array by a comparator, without boxing. */
final class IntSort {

  /** Compares two ints. */
  @FunctionalInterface
  interface Comparator {
    int compare(int a, int b);
  }

  private IntSort() {}

  /** Sorts {@code a} in place. */
  static void sort(int[] a, Comparator c) {
    int[] buffer = new int[a.length];
    int[] from = a;
    int[] to = buffer;
    for (int width = 1; width < a.length; width *= 2) {
      for (int lo = 0; lo < a.length; lo += 2 * width) {
        int mid = Math.min(lo + width, a.length);
        int hi = Math.min(lo + 2 * width, a.length);
        int i = lo;
        int j = mid;
        int o = lo;
        while (i < mid && j < hi) {
          to[o++] = c.compare(from[j], from[i]) < 0 ? from[j++] : from[i++];
        }
        while (i < mid) {
          to[o++] = from[i++];
        }
        while (j < hi) {
          to[o++] = from[j++];
        }
      }
      int[] t = from;
      from = to;
      to = t;
    }
    if (from != a) {
      System.arraycopy(from, 0, a, 0, a.length);
    }
  }
}
