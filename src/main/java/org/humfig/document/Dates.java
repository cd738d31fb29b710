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
    var m = ISO.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(m.group(1)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
