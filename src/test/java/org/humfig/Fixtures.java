package org.humfig;

import java.time.LocalDate;
import java.util.List;
import org.humfig.model.Category;
import org.humfig.model.DatePrecision;
import org.humfig.model.Figure;
import org.humfig.model.Metric;
import org.humfig.model.Qualifier;
import org.humfig.model.Status;
import org.humfig.model.Unit;

/** Figures for tests. */
public final class Fixtures {

  private Fixtures() {}

  /** Returns a complete, valid figure. */
  public static Figure figure() {
    String evidence = "More than 300 people have been killed, according to monitors.";
    return Figure.builder()
        .id("0123456789abcdef")
        .documentId("doc-1")
        .sourceName("The New Arab")
        .sourceUrl("https://example.org/aleppo")
        .publishedDate(LocalDate.of(2016, 12, 11))
        .category(Category.CASUALTY)
        .metric(Metric.KILLED)
        .value(300.0)
        .valueLow(300.0)
        .qualifier(Qualifier.MORE_THAN)
        .unit(Unit.PEOPLE)
        .population("people")
        .location("eastern Aleppo")
        .dateStart(LocalDate.of(2016, 11, 27))
        .dateEnd(LocalDate.of(2016, 12, 11))
        .datePrecision(DatePrecision.WEEK)
        .attributedTo("monitors")
        .evidence(evidence)
        .evidenceStart(100)
        .evidenceEnd(100 + evidence.length())
        .ruleId("killed.passive")
        .confidence(0.9)
        .status(Status.VALID)
        .issues(List.of())
        .countryCode("SYR")
        .modality(org.humfig.model.Modality.ASSERTED)
        .valuePeople(300.0)
        .build();
  }
}
