package org.humfig.model;

/**
 * The part a figure plays in the fact it reports, as IDMC marks its figures: each consolidated fact
 * has one recommended figure, the one its best value comes from; the others triangulate it.
 */
public enum Role implements Vocabulary {
  /** The figure the fact's best value is taken from. */
  RECOMMENDED,
  /** Another report of the same fact: a corroboration, a disagreement or an older update. */
  TRIANGULATION
}
