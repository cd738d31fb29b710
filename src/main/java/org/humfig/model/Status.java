package org.humfig.model;

/** The outcome of validating a figure against the constraint schema. */
public enum Status implements Vocabulary {
  /** Every check passed. */
  VALID,
  /** Only warnings: the figure is usable but incomplete or doubtful. */
  WARNING,
  /** At least one error: the figure breaks the schema. */
  INVALID
}
