package org.humfig.quantity;

import org.humfig.model.Qualifier;

/**
 * A number as a text states it: its best value, its bounds and how exactly it is stated.
 *
 * <p>Conventions (see the README's "Numbers" section): an exact or approximate number has low and
 * high equal to the value; "more than" and "at least" leave the upper bound open (null); "up to",
 * "less than" leave the lower bound unknown (null); a range or a vague amount takes its lower bound
 * as the value, the most conservative reading, as ACLED does ("thousands" is 1,000 to 9,999, value
 * 1,000).
 *
 * @param value the best single number (for an area, in square kilometres)
 * @param low the lower bound, or null when unknown
 * @param high the upper bound, or null when there is none
 * @param qualifier how exactly the number is stated
 * @param dimension what the number measures
 */
public record Quantity(
    double value, Double low, Double high, Qualifier qualifier, Dimension dimension) {

  /** Returns an exact count. */
  public static Quantity exact(double value) {
    return new Quantity(value, value, value, Qualifier.EXACT, Dimension.COUNT);
  }

  /** Returns this quantity restated with {@code qualifier}, adjusting the bounds to match. */
  public Quantity qualified(Qualifier q) {
    return switch (q) {
      case EXACT, APPROXIMATELY -> new Quantity(value, value, value, q, dimension);
      case AT_LEAST, MORE_THAN -> new Quantity(value, value, null, q, dimension);
      case AT_MOST, LESS_THAN -> new Quantity(value, null, value, q, dimension);
      case RANGE, VAGUE -> new Quantity(value, low, high, q, dimension);
    };
  }

  /** Returns this quantity measured in {@code d}, its value multiplied by {@code factor}. */
  public Quantity measured(Dimension d, double factor) {
    return new Quantity(
        value * factor,
        low == null ? null : low * factor,
        high == null ? null : high * factor,
        qualifier,
        d);
  }
}
