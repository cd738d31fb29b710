package org.humfig.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.humfig.Fixtures;
import org.humfig.model.Category;
import org.humfig.model.Figure;
import org.humfig.model.Metric;
import org.humfig.model.Unit;
import org.humfig.schema.TableSchema;
import org.junit.jupiter.api.Test;

/** The compiled checks find what Hibernate Validator finds, figure by figure. */
class FigureChecksTest {

  /** Changes that break, or nearly break, each field constraint and cross-field rule. */
  private static final List<UnaryOperator<Figure.Builder>> CHANGES =
      List.of(
          b -> b.id(null),
          b -> b.id(""),
          b -> b.id("-starts-with-a-dash"),
          b -> b.id("a b"),
          b -> b.documentId(" \u2003"),
          b -> b.documentId("\u0001"),
          b -> b.value(null),
          b -> b.value(-1.0),
          b -> b.value(0.0).valueLow(null).valueHigh(null),
          b -> b.valueLow(-0.5),
          b -> b.valueLow(5000.0),
          b -> b.valueHigh(1.0),
          b -> b.confidence(1.5),
          b -> b.confidence(-0.01),
          b -> b.confidence(1.0),
          b -> b.latitude(90.5),
          b -> b.longitude(-180.0001),
          b -> b.geonamesId(0),
          b -> b.householdSize(0.5),
          b -> b.evidenceStart(-1),
          b -> b.evidenceEnd(3),
          b -> b.countryCode("syr"),
          b -> b.countryCode("SYRIA"),
          b -> b.groupId("#g"),
          b -> b.category(null),
          b -> b.category(Category.TERRITORY),
          b -> b.metric(Metric.CONTROLLED_SHARE),
          b -> b.unit(Unit.PERCENT).value(140.0).valueLow(null),
          b -> b.unit(Unit.HOUSEHOLDS).householdSize(null),
          b -> b.unit(Unit.KM2),
          b -> b.qualifier(null),
          b -> b.evidence(" "),
          b -> b.dateStart(LocalDate.of(2016, 12, 20)),
          b -> b.dateEnd(LocalDate.of(2016, 1, 1)),
          b -> b.dateStart(null).dateEnd(null),
          b -> b.dateEnd(LocalDate.of(2031, 1, 1)),
          b -> b.publishedDate(LocalDate.of(2030, 1, 1)),
          b -> b.publishedDate(LocalDate.of(2016, 1, 1)),
          b -> b.attributedTo(null),
          b -> b.attributedTo("  "));

  @Test
  void check_givesHibernateValidatorsViolations_forEveryChangeAndManyCombinations() {
    for (LocalDate today : new LocalDate[] {null, LocalDate.of(2026, 12, 2)}) {
      try (FigureValidator v = new FigureValidator(TableSchema.bundled(), today)) {
        List<Figure> figures = new ArrayList<>();
        figures.add(Fixtures.figure());
        for (UnaryOperator<Figure.Builder> c : CHANGES) {
          figures.add(c.apply(Fixtures.figure().toBuilder()).build());
        }
        Random random = new Random(11);
        for (int i = 0; i < 2_000; i++) {
          Figure.Builder b = Fixtures.figure().toBuilder();
          for (int k = 1 + random.nextInt(4); k > 0; k--) {
            b = CHANGES.get(random.nextInt(CHANGES.size())).apply(b);
          }
          figures.add(b.build());
        }
        String evidence = Fixtures.figure().evidence();
        String document = " ".repeat(100) + evidence + " And more.";
        String[] documents = {document, document.replace("300", "400"), "short"};
        int broken = 0;
        for (Figure f : figures) {
          List<Violation> compiled = v.check(f);
          assertThat(compiled).as("%s", f).isEqualTo(v.checkByHibernate(f));
          broken += compiled.isEmpty() ? 0 : 1;
          for (String d : documents) {
            assertThat(v.check(f, d)).as("%s in %s", f, d).isEqualTo(v.checkByHibernate(f, d));
          }
        }
        assertThat(v.check(Fixtures.figure(), documents[1]))
            .as("evidence the document does not hold")
            .isNotEmpty();
        assertThat(v.check(Fixtures.figure(), documents[0])).isEmpty();
        assertThat(broken).isGreaterThan(figures.size() / 2);
      }
    }
  }
}
