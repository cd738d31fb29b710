package org.humfig.model;

/**
 * How exactly the text states a number: "more than 10,000" is {@link #MORE_THAN}, "tens of
 * thousands" is {@link #VAGUE}.
 */
public enum Qualifier implements Vocabulary {
  /** A plain number: "300 people". */
  EXACT,
  /** "about", "around", "some", "an estimated", "nearly", "almost". */
  APPROXIMATELY,
  /** "at least", "no fewer than", "or more". */
  AT_LEAST,
  /** "more than", "over", "upwards of". */
  MORE_THAN,
  /** "up to", "as many as", "at most". */
  AT_MOST,
  /** "less than", "fewer than", "under". */
  LESS_THAN,
  /** "between 200 and 300", "200-300". */
  RANGE,
  /** A word for an order of magnitude: "hundreds", "tens of thousands". */
  VAGUE
}
