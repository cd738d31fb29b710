package org.humfig.extract;

import org.humfig.rule.Span;

/** Small span arithmetic shared by the context classes. */
final class Spans {

  private Spans() {}

  /** Returns true when the two spans share a token. */
  static boolean overlap(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }
}
