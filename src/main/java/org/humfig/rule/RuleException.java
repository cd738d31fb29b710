package org.humfig.rule;

/**
 * A rule or lexicon file that cannot be used. The message names the place and the problem: {@code
 * rules/en/displacement.yaml:42: rule 'fled.passive': unknown lexicon 'DISPLACD'}.
 */
public final class RuleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RuleException(String message) {
    super(message);
  }
}
