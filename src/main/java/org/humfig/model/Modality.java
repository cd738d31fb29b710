package org.humfig.model;

/** Whether the text states a figure as fact or as a possibility. */
public enum Modality implements Vocabulary {
  /** Stated as fact: "300 people fled". */
  ASSERTED,
  /** Hedged: "could be displaced", "may have fled", "feared dead", "are expected to flee". */
  POSSIBLE
}
