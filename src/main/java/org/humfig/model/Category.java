package org.humfig.model;

/** The broad kind of a figure: what happened to people or to territory. */
public enum Category implements Vocabulary {
  /** People killed, injured or missing. */
  CASUALTY,
  /** People forced from or trapped in their homes. */
  DISPLACEMENT,
  /** Territory held or lost by a party to a conflict. */
  TERRITORY,
  /** The size of a population, a baseline for the other figures. */
  POPULATION
}
