package org.humfig.quantity;

import org.humfig.model.Vocabulary;

/**
 * What a number measures, read from the words around it: "85%" is a {@link #PERCENT}, "7sq km" an
 * {@link #AREA}, "200 km" a {@link #DISTANCE}, "$300 million" {@link #MONEY}.
 *
 * <p>Only counts, shares and areas can be humanitarian figures; the other dimensions exist so the
 * extractor can recognise a number and decline it.
 */
public enum Dimension implements Vocabulary {
  /** A plain count of things or people. */
  COUNT,
  /** A share from 0 to 100. */
  PERCENT,
  /** An area, held in square kilometres. */
  AREA,
  DISTANCE,
  MONEY,
  DURATION,
  /** An age: "12-year-old". */
  AGE,
  /** The size of a force: "12,000-strong". */
  FORCE,
  /** Anything else with a unit word: "percentage points", "times". */
  OTHER
}
