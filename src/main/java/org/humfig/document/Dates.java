package org.humfig.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the ISO dates that metadata carries: "2016-12-11" or "2016-12-11T08:30:00Z". */
public final class Dates {

  private static final Pattern ISO = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})([T ].*)?");

  private Dates() {}

  /** Returns the date at the start of {@code text}, or empty when it is not an ISO date. */
  public static Optional<LocalDate> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    if (!iso(t)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(number(t, 0, 4), number(t, 5, 7), number(t, 8, 10))); // what LocalDate.parse
      // reads, read without a formatter, which cost more than the rest of a record
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * True when {@code t} is "yyyy-mm-dd", alone or before a time after "T" or a space, on one line.
   */
  static boolean iso(String t) {
    if (t.length() < 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
      return false;
    }
    for (int k : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
      if (t.charAt(k) < '0' || t.charAt(k) > '9') {
        return false;
      }
    }
    if (t.length() == 10) {
      return true;
    }
    if (t.charAt(10) != 'T' && t.charAt(10) != ' ') {
      return false;
    }
    for (int k = 11; k < t.length(); k++) {
      char c = t.charAt(k);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false; // "." of the expression this replaces stops at a line end
      }
    }
    return true;
  }

  private static int number(String t, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      n = n * 10 + (t.charAt(k) - '0');
    }
    return n;
  }
}
