package org.humfig.model;

/** The unit a figure's value is counted in. */
public enum Unit implements Vocabulary {
  /** Individual people. */
  PEOPLE,
  /** Households or families; see the household size for a people estimate. */
  HOUSEHOLDS,
  /** A share, 0 to 100. */
  PERCENT,
  /** An area in square kilometres (other area units are converted). */
  KM2
}
