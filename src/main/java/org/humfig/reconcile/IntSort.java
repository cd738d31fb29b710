package org.humfig.reconcile;

/**
 * A stable merge sort of an int array by a comparator, without boxing; on two threads, each sorts a
 * half and the halves are merged. A stable sort's result is the same however it is split.
 */
final class IntSort {

  /** Compares two ints. */
  @FunctionalInterface
  interface Comparator {
    int compare(int a, int b);
  }

  private IntSort() {}

  /** The fewest values worth a second thread. */
  private static final int PARALLEL = 1 << 14;

  /** Sorts {@code a} in place. */
  static void sort(int[] a, Comparator c) {
    sort(a, c, 1);
  }

  /**
   * Sorts {@code a} in place, on two threads when {@code threads} is more than one and the array is
   * large: {@code c} is then called from both at once.
   */
  static void sort(int[] a, Comparator c, int threads) {
    int[] buffer = new int[a.length];
    if (threads <= 1 || a.length < PARALLEL) {
      sort(a, buffer, 0, a.length, c);
      return;
    }
    int mid = a.length / 2;
    Thread left = new Thread(() -> sort(a, buffer, 0, mid, c), "humfig-sort");
    left.setDaemon(true);
    Throwable[] failed = {null};
    left.setUncaughtExceptionHandler((t, e) -> failed[0] = e);
    left.start();
    sort(a, buffer, mid, a.length, c);
    try {
      left.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sorting", e);
    }
    if (failed[0] instanceof RuntimeException r) {
      throw r;
    } else if (failed[0] instanceof Error e) {
      throw e;
    }
    merge(a, buffer, 0, mid, a.length, c);
    System.arraycopy(buffer, 0, a, 0, a.length);
  }

  /** Sorts {@code a[lo..hi)} in place, with {@code buffer[lo..hi)} to work in. */
  private static void sort(int[] a, int[] buffer, int lo, int hi, Comparator c) {
    int[] from = a;
    int[] to = buffer;
    for (int width = 1; width < hi - lo; width *= 2) {
      for (int start = lo; start < hi; start += 2 * width) {
        merge(from, to, start, Math.min(start + width, hi), Math.min(start + 2 * width, hi), c);
      }
      int[] t = from;
      from = to;
      to = t;
    }
    if (from != a) {
      System.arraycopy(from, lo, a, lo, hi - lo);
    }
  }

  /** Merges the sorted runs {@code from[lo..mid)} and {@code from[mid..hi)} into {@code to}. */
  private static void merge(int[] from, int[] to, int lo, int mid, int hi, Comparator c) {
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
}
