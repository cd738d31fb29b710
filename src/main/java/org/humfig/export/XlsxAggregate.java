package org.humfig.export;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The figures of one location, metric and unit, summed up as they stream past: how many, from how
 * many documents and publishers, the lowest, the highest and the latest. Holds no figure, so memory
 * grows with the number of keys, not of figures. Not thread-safe.
 */
final class XlsxAggregate {

  /** Publishers are counted up to this many per key, to keep memory bounded. */
  static final int MAX_PUBLISHERS = 1000;

  private long figures;
  private long documents;
  private String lastDocument;
  private final Set<String> publishers = new HashSet<>();
  private double lowest = Double.POSITIVE_INFINITY;
  private double highest = Double.NEGATIVE_INFINITY;
  private double latest;
  private LocalDate latestDate;
  private String latestDocument;
  private String latestPublisher;
  private String latestFigure;

  /**
   * Counts one figure: its {@code value}, the date it refers to ({@code date_end}, else its
   * document's publication date; null when neither is known), its document, publisher and id.
   * Figures arrive one document after another, so a document is new when it differs from the last
   * one counted: documents are counted without remembering them all.
   */
  void add(double value, LocalDate date, String document, String publisher, String figureId) {
    if (figures == 0 || later(date, value, latestDate, latest)) {
      latest = value;
      latestDate = date;
      latestDocument = document;
      latestPublisher = publisher;
      latestFigure = figureId;
    }
    figures++;
    if (figures == 1 || !Objects.equals(document, lastDocument)) {
      documents++;
      lastDocument = document;
    }
    if (publisher != null && !publisher.isBlank() && publishers.size() < MAX_PUBLISHERS) {
      publishers.add(publisher);
    }
    lowest = Math.min(lowest, value);
    highest = Math.max(highest, value);
  }

  /**
   * Returns true when a figure of {@code value} on {@code date} is later than one of {@code
   * otherValue} on {@code otherDate}: a later date, a date against none, or on the same date (or
   * both undated) a higher value. The first of two equal figures stays the latest.
   */
  static boolean later(LocalDate date, double value, LocalDate otherDate, double otherValue) {
    if (date != null && (otherDate == null || date.isAfter(otherDate))) {
      return true;
    }
    return Objects.equals(date, otherDate) && value > otherValue;
  }

  /** Returns true when this key's latest figure is later than {@code other}'s. */
  boolean laterThan(XlsxAggregate other) {
    return later(latestDate, latest, other.latestDate, other.latest);
  }

  long figures() {
    return figures;
  }

  long documents() {
    return documents;
  }

  int publishers() {
    return publishers.size();
  }

  double lowest() {
    return lowest;
  }

  double highest() {
    return highest;
  }

  double latest() {
    return latest;
  }

  LocalDate latestDate() {
    return latestDate;
  }

  String latestDocument() {
    return latestDocument;
  }

  String latestPublisher() {
    return latestPublisher;
  }

  String latestFigure() {
    return latestFigure;
  }
}
