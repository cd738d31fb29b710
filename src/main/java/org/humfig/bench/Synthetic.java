package org.humfig.bench;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.humfig.Outcome;
import org.humfig.Validated;
import org.humfig.document.Document;
import org.humfig.model.Category;
import org.humfig.model.DatePrecision;
import org.humfig.model.Figure;
import org.humfig.model.Metric;
import org.humfig.model.Modality;
import org.humfig.model.Qualifier;
import org.humfig.model.Status;
import org.humfig.model.Unit;
import org.humfig.schema.Severity;
import org.humfig.validate.Violation;

/**
 * Synthetic validated figures for the export, store and validation benches: valid figures that
 * differ in id, value and place, {@value #PER_DOCUMENT} a document, every other one with the
 * warning a figure without a source has.
 */
public final class Synthetic {

  /** Figures a synthetic document holds. */
  public static final int PER_DOCUMENT = 10;

  private Synthetic() {}

  /** Returns the synthetic figure of row {@code i}: valid, its own id, value and place. */
  public static Figure figure(int i) {
    String evidence =
        "More than "
            + (100 + i % 900)
            + " people have been killed in Town "
            + (i % 500)
            + ", monitors said.";
    double value = 100 + i % 900;
    return Figure.builder()
        .id(String.format(Locale.ROOT, "%016x", 0x1000000000L + i))
        .documentId("doc-" + i / PER_DOCUMENT)
        .sourceName("Synthetic News")
        .sourceUrl("https://example.org/" + i / PER_DOCUMENT)
        .publishedDate(LocalDate.of(2016, 12, 11))
        .category(Category.CASUALTY)
        .metric(Metric.KILLED)
        .value(value)
        .valueLow(value)
        .qualifier(Qualifier.MORE_THAN)
        .unit(Unit.PEOPLE)
        .population("people")
        .location("Town " + i % 500)
        .countryCode("SYR")
        .dateStart(LocalDate.of(2016, 12, 10))
        .dateEnd(LocalDate.of(2016, 12, 11))
        .datePrecision(DatePrecision.DAY)
        .attributedTo("monitors")
        .evidence(evidence)
        .evidenceStart(i % 1000)
        .evidenceEnd(i % 1000 + evidence.length())
        .ruleId("killed.passive")
        .confidence(0.9)
        .status(Status.VALID)
        .modality(Modality.ASSERTED)
        .valuePeople(value)
        .build();
  }

  /**
   * Returns the synthetic document holding the figures of rows {@code first} to {@code first +
   * PER_DOCUMENT}, none at or past {@code rows}; every other figure has a warning.
   */
  public static Outcome document(int first, int rows) {
    List<Validated> figures = new ArrayList<>(PER_DOCUMENT);
    for (int k = first; k < Math.min(rows, first + PER_DOCUMENT); k++) {
      Figure f = figure(k);
      if (k % 2 == 1) {
        figures.add(
            new Validated(
                f.toBuilder().status(Status.WARNING).issues(List.of("attribution.missing")).build(),
                List.of(
                    new Violation(
                        "attributed_to",
                        "",
                        "attribution.missing",
                        Severity.WARNING,
                        "the text does not say who reported the figure"))));
      } else {
        figures.add(new Validated(f, List.of()));
      }
    }
    int id = first / PER_DOCUMENT;
    Document doc = Document.of("doc-" + id, "synthetic document " + id, LocalDate.of(2016, 12, 11));
    return new Outcome.Read(doc, figures, List.of());
  }

  /**
   * Returns the documents of {@code rows} figures, made from the first {@code distinct} documents
   * over and over: the writers timed, not the making of figures, and little memory whatever the
   * number of rows.
   */
  public static List<Outcome> documents(int rows, int distinct) {
    int count = (rows + PER_DOCUMENT - 1) / PER_DOCUMENT;
    int kept = Math.max(1, Math.min(count, distinct));
    List<Outcome> pool = new ArrayList<>(kept);
    for (int d = 0; d < kept; d++) {
      pool.add(document(d * PER_DOCUMENT, rows));
    }
    Outcome tail = document((count - 1) * PER_DOCUMENT, rows);
    return new AbstractList<>() {
      @Override
      public Outcome get(int index) {
        // The last document holds the last figures, fewer than ten when the rows end early.
        return index == count - 1 ? tail : pool.get(index % kept);
      }

      @Override
      public int size() {
        return count;
      }
    };
  }
}
