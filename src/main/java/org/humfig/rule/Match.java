package org.humfig.rule;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a rule's pattern matched a sentence, and what it captured.
 *
 * @param rule the rule that matched
 * @param span the tokens the whole pattern covers
 * @param captures the spans of the captured parts
 */
public record Match(Rule rule, Span span, Map<Capture, Span> captures) {

  /** Copies the captures so the record stays immutable. */
  public Match {
    captures = captures.isEmpty() ? Map.of() : new EnumMap<>(captures);
  }

  /** Returns the span captured as {@code c}, if it was captured and is not empty. */
  public Optional<Span> get(Capture c) {
    Span s = captures.get(c);
    return s == null || s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
