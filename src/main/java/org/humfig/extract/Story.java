package org.humfig.extract;

import java.time.LocalDate;
import org.humfig.document.Document;

/**
 * What a document has told so far that later sentences lean on: the day relative dates are read
 * against, its dateline, the day its lead names and the day its figures stand at, and the places it
 * has named. One per document, filled sentence by sentence; not thread-safe.
 */
final class Story {

  /**
   * A day the story gives its figures, and where it comes from.
   *
   * @param day the day
   * @param origin where it comes from, for the figure's notes
   */
  record Day(LocalDate day, String origin) {}

  private final Document document;
  private final LocalDate reference;
  private final String referenceNote;
  private final boolean inferred;
  private boolean coarse;
  private final Locator.Memory places = new Locator.Memory();
  private Lead.Dateline dateline;
  private Day event;
  private Day asOf;
  private int eventFrom;
  private Attribution.Source person;
  private Attribution.Source organisation;
  private Attribution.Source report;
  private Attribution.Source last;

  /**
   * @param document the document told
   * @param reference the day "today" means, or null when unknown
   * @param referenceNote how the reference was chosen when it is not the publication date, or null
   * @param inferred true when the reference is the latest date the text gives
   */
  Story(Document document, LocalDate reference, String referenceNote, boolean inferred) {
    this.document = document;
    this.reference = reference;
    this.referenceNote = referenceNote;
    this.inferred = inferred;
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

  /** Returns true when the reference is the latest date the text gives, not a stated one. */
  boolean inferred() {
    return inferred;
  }

  /**
   * Returns true when the reference is the end of the latest month or year the text gives, as no
   * day is given: it places a date that names its month, not one that counts from the reference.
   */
  boolean coarse() {
    return coarse;
  }

  /** Marks the reference as the end of a month or year the text gives. */
  void coarse(boolean coarse) {
    this.coarse = coarse;
  }

  /** Returns the note that says how the reference date was chosen, or null. */
  String referenceNote() {
    return referenceNote;
  }

  /** Returns the places named so far. */
  Locator.Memory places() {
    return places;
  }

  /** Returns the dateline, or null. */
  Lead.Dateline dateline() {
    return dateline;
  }

  void dateline(Lead.Dateline d) {
    this.dateline = d;
  }

  /** Returns the day the story's lead names for its events, or null. */
  Day event() {
    return event;
  }

  /** Returns the day the story's figures stand at, or null. */
  Day asOf() {
    return asOf;
  }

  /**
   * Sets the story's days; the event day dates only the sentences from character {@code eventFrom}
   * on (a report whose "as of" line stands above figures stated before its lead names a day).
   */
  void days(Day event, Day asOf, int eventFrom) {
    this.event = event;
    this.asOf = asOf;
    this.eventFrom = eventFrom;
  }

  /** Returns the event day for a sentence starting at character {@code at}, or null. */
  Day event(int at) {
    return at >= eventFrom ? event : null;
  }

  /** Remembers a source the story has named. */
  void named(Attribution.Source s) {
    last = s;
    if (s.report()) {
      report = s;
    }
    if (s.person()) {
      person = s;
    } else {
      organisation = s;
    }
  }

  /** Returns the last person the story named as a source, or null. */
  Attribution.Source person() {
    return person;
  }

  /** Returns the last organisation the story named as a source, or null. */
  Attribution.Source organisation() {
    return organisation;
  }

  /** Returns the maker of the last report the story named ("the latest NDMA update"), or null. */
  Attribution.Source report() {
    return report;
  }

  /** The names the story spelled out before a bracketed acronym, by the acronym. */
  private final java.util.Map<String, String> spelled = new java.util.HashMap<>();

  /** Remembers the name the story spelled out before an acronym: "Disaster Authority (NDA)". */
  void spelled(String acronym, String name) {
    spelled.putIfAbsent(acronym, name);
  }

  /** Returns the name the story spelled out for an acronym, or null. */
  String spelled(String acronym) {
    return spelled.get(acronym);
  }

  /** Returns the last source the story named, or null. */
  Attribution.Source last() {
    return last;
  }
}
