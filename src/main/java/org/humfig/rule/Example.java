package org.humfig.rule;

import java.util.Map;
import java.util.TreeMap;

/**
 * A sentence that shows what a rule does, run as a test with a fixed reference date.
 *
 * @param text the sentence
 * @param expect for a positive example, the figure's expected columns ({@code value: 12}, {@code
 *     qualifier: at_least}); empty for a negative example, which must yield no figure from the rule
 * @param origin where the example is written, {@code file:line}
 */
public record Example(String text, Map<String, String> expect, String origin) {

  /** Copies the expectations into a sorted map so the record stays immutable. */
  public Example {
    expect = java.util.Collections.unmodifiableMap(new TreeMap<>(expect));
  }
}
