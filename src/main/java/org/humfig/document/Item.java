package org.humfig.document;

import java.util.List;

/** What reading an input yields, one at a time: a document, or a problem with a skipped input. */
public sealed interface Item {

  /**
   * A document read, with any warnings about its metadata.
   *
   * @param document the document
   * @param warnings problems that did not stop it being read (a bad date in a manifest row)
   */
  record Read(Document document, List<Problem> warnings) implements Item {
    /** Copies the warnings so the record stays immutable. */
    public Read {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * An input that was skipped.
   *
   * @param problem what was wrong and where
   */
  record Skipped(Problem problem) implements Item {}
}
