package org.humfig.rule;

import java.util.List;
import org.humfig.quantity.QuantitySpan;
import org.humfig.text.Token;

/**
 * A sentence as rule patterns see it: its tokens and the quantities found in them.
 *
 * <p>Built once per sentence and read by the thread that built it; the rule set keeps the marks it
 * reads off the sentence here, so that its three kinds of rules mark it once.
 */
public final class View {

  private final List<Token> tokens;
  private final List<QuantitySpan> quantities;
  private final QuantitySpan[] byStart;
  private final QuantitySpan[] byEnd;
  private final int[] placeEnd;
  private final int[] placeStart;

  /** The rule set that last marked this view, and its marks: a sentence is marked once. */
  private Object markedBy;

  private Object marks;

  /** Returns the marks {@code owner} computed for this view, or null. */
  Object marks(Object owner) {
    return markedBy == owner ? marks : null;
  }

  /** Keeps the marks {@code owner} computed for this view. */
  void mark(Object owner, Object marks) {
    this.markedBy = owner;
    this.marks = marks;
  }

  /** Returns a view of {@code tokens} with the given quantities (non-overlapping) and no places. */
  public View(List<Token> tokens, List<QuantitySpan> quantities) {
    this(tokens, quantities, List.of());
  }

  /**
   * Returns a view of {@code tokens} with the given quantities and place names (each
   * non-overlapping).
   */
  public View(List<Token> tokens, List<QuantitySpan> quantities, List<Span> places) {
    this.tokens = List.copyOf(tokens);
    this.quantities = List.copyOf(quantities);
    byStart = new QuantitySpan[tokens.size() + 1];
    byEnd = new QuantitySpan[tokens.size() + 1];
    for (QuantitySpan q : quantities) {
      byStart[q.start()] = q;
      byEnd[q.end()] = q;
    }
    placeEnd = new int[tokens.size() + 1];
    placeStart = new int[tokens.size() + 1];
    java.util.Arrays.fill(placeEnd, -1);
    java.util.Arrays.fill(placeStart, -1);
    for (Span p : places) {
      placeEnd[p.start()] = p.end();
      placeStart[p.end()] = p.start();
    }
  }

  /** Returns the end of the place name starting at token {@code i}, or -1. */
  public int placeEndingFrom(int i) {
    return i >= 0 && i < placeEnd.length ? placeEnd[i] : -1;
  }

  /** Returns the start of the place name ending just before token {@code end}, or -1. */
  public int placeStartingBefore(int end) {
    return end >= 0 && end < placeStart.length ? placeStart[end] : -1;
  }

  /** Returns the tokens. */
  public List<Token> tokens() {
    return tokens;
  }

  /** Returns the number of tokens. */
  public int size() {
    return tokens.size();
  }

  /** Returns token {@code i}. */
  public Token token(int i) {
    return tokens.get(i);
  }

  /** Returns the quantities, left to right. */
  public List<QuantitySpan> quantities() {
    return quantities;
  }

  /** Returns the quantity starting at token {@code i}, or null. */
  public QuantitySpan quantityAt(int i) {
    return i >= 0 && i < byStart.length ? byStart[i] : null;
  }

  /** Returns the quantity ending just before token {@code end}, or null. */
  public QuantitySpan quantityEndingAt(int end) {
    return end >= 0 && end < byEnd.length ? byEnd[end] : null;
  }

  /** How many quantities start, and end, before each token: counted on first need. */
  private int[][] before;

  /** True when a quantity starts at a token from {@code from} to {@code to}, both included. */
  public boolean quantityStartsWithin(int from, int to) {
    return !quantities.isEmpty() && within(counted()[0], from, to);
  }

  /**
   * True when a quantity ends just before a token from {@code from} to {@code to}, both included.
   */
  public boolean quantityEndsWithin(int from, int to) {
    return !quantities.isEmpty() && within(counted()[1], from, to);
  }

  private static boolean within(int[] before, int from, int to) {
    int lo = Math.max(from, 0);
    int hi = Math.min(to, before.length - 2);
    return lo <= hi && before[hi + 1] > before[lo];
  }

  private int[][] counted() {
    if (before == null) {
      int[] starts = new int[byStart.length + 1];
      int[] ends = new int[byEnd.length + 1];
      for (int k = 0; k < byStart.length; k++) {
        starts[k + 1] = starts[k] + (byStart[k] != null ? 1 : 0);
        ends[k + 1] = ends[k] + (byEnd[k] != null ? 1 : 0);
      }
      before = new int[][] {starts, ends};
    }
    return before;
  }

  /** Returns the quantity covering token {@code i}, or null. */
  public QuantitySpan quantityCovering(int i) {
    for (QuantitySpan q : quantities) {
      if (q.start() <= i && i < q.end()) {
        return q;
      }
    }
    return null;
  }
}
