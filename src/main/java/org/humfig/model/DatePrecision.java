package org.humfig.model;

/** How precisely the text dates a figure, as in the ACLED and UCDP codebooks. */
public enum DatePrecision implements Vocabulary {
  DAY,
  WEEK,
  MONTH,
  YEAR,
  /** The text gives no date for the figure. */
  UNKNOWN
}
