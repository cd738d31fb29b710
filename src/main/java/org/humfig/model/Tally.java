package org.humfig.model;

/** Whether a figure is a running total or an addition to one. */
public enum Tally implements Vocabulary {
  /** A total to date: "the death toll rose to 82", "the number of displaced now stands at". */
  CUMULATIVE,
  /** An increment: "another 300 were killed", "300 newly displaced". */
  NEW
}
