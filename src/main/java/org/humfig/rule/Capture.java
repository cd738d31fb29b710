package org.humfig.rule;

/** The parts of a match that a rule's output uses. */
public enum Capture {
  /** The quantity: the figure's number. */
  VALUE,
  /** Who is counted: "civilians", "of Syrian men and boys". */
  POPULATION,
  /** Who reported it: "the Syrian Observatory for Human Rights". */
  SOURCE,
  /** Who did what a figure counts: "Russian shelling", "gunmen". */
  ACTOR,
  /** The word that fired the rule: "killed", "fled". */
  TRIGGER
}
