package org.humfig.reconcile;

import org.humfig.model.Vocabulary;

/**
 * How a fact's best value is chosen from the current reports of it. Every policy picks a value some
 * report gives, so {@code value_low <= value_best <= value_high} always holds.
 */
public enum Best implements Vocabulary {
  /** The lowest value reported, as ACLED codes disputed and vague counts. The default. */
  CONSERVATIVE,
  /** The value of the most recent report; on the same day the lowest. */
  LATEST,
  /**
   * The median over independent sources, each counted once with its lowest value; of two middle
   * values the lower, so the best value is always one a source gave.
   */
  MEDIAN
}
