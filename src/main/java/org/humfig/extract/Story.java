package org.humfig.extract;

import java.time.LocalDate;
import org.humfig.document.Document;

/**
 * What a document has told so far that later sentences lean on: the day relative dates are read
 * against and the places it has named. One per document, filled sentence by sentence; not
 * thread-safe.
 */
final class Story {

  private final Document document;
  private final LocalDate reference;
  private final String referenceNote;
  private final Locator.Memory places = new Locator.Memory();

  /**
   * @param document the document told
   * @param reference the day "today" means, or null when unknown
   * @param referenceNote how the reference was chosen when it is not the publication date, or null
   */
  Story(Document document, LocalDate reference, String referenceNote) {
    this.document = document;
    this.reference = reference;
    this.referenceNote = referenceNote;
  }

  /** Returns the document. */
  Document document() {
    return document;
  }

  /** Returns the document's text. */
  String text() {
    return document.text();
  }

  /** Returns the day relative dates are read against, or null. */
  LocalDate reference() {
    return reference;
  }

  /** Returns the note that says how the reference date was chosen, or null. */
  String referenceNote() {
    return referenceNote;
  }

  /** Returns the places named so far. */
  Locator.Memory places() {
    return places;
  }
}
