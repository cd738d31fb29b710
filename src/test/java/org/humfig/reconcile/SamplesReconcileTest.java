package org.humfig.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.humfig.Humfig;
import org.humfig.Validated;
import org.humfig.document.Inputs;
import org.humfig.extract.Extractor;
import org.humfig.model.Figure;
import org.humfig.model.Metric;
import org.humfig.model.Role;
import org.humfig.schema.TableSchema;
import org.humfig.validate.FigureValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What reconciliation makes of the five sample articles of {@code examples/}. */
class SamplesReconcileTest {

  private static List<Figure> figures;
  private static Map<String, Fact> facts;

  @BeforeAll
  static void reconcileSamples() throws IOException {
    List<Figure> read = new ArrayList<>();
    Humfig humfig =
        new Humfig(
            Extractor.english(),
            new FigureValidator(TableSchema.bundled(), LocalDate.of(2017, 1, 1)),
            2);
    try (Inputs in = Inputs.open(List.of(Path.of("examples")), Inputs.Options.DEFAULT)) {
      humfig.run(in, o -> o.figures().stream().map(Validated::figure).forEach(read::add));
    }
    Reconciler r = new Reconciler(Reconciler.Settings.DEFAULT);
    read.forEach(r::add);
    Reconciliation result = r.reconcile();
    figures = new ArrayList<>();
    for (int i = 0; i < read.size(); i++) {
      figures.add(result.apply(i, read.get(i)));
    }
    facts = result.factList().stream().collect(Collectors.toMap(Fact::groupId, f -> f));
  }

  private static List<Figure> where(Predicate<Figure> p) {
    return figures.stream().filter(p).toList();
  }

  private static Fact factOf(Figure f) {
    return facts.get(f.groupId());
  }

  @Test
  void fled120000_ofTwoOutlets_isOneFactWithTwoSources() {
    List<Figure> fled = where(f -> f.metric() == Metric.FLED && f.value() == 120_000);
    assertThat(fled).hasSize(2);
    assertThat(fled).extracting(Figure::documentId).doesNotHaveDuplicates();
    assertThat(fled.get(0).groupId()).isEqualTo(fled.get(1).groupId());
    Fact fact = factOf(fled.get(0));
    assertThat(fact.figures()).isEqualTo(2);
    assertThat(fact.reports()).isEqualTo(2);
    assertThat(fact.sources()).isEqualTo(2);
    assertThat(fact.valueBest()).isEqualTo(120_000);
    assertThat(fact.conflict()).isFalse();
    assertThat(fled).extracting(Figure::role).containsOnlyOnce(Role.RECOMMENDED);
  }

  @Test
  void territoryShares75to85_areOneFactInConflict() {
    List<Figure> shares = where(f -> f.metric() == Metric.CONTROLLED_SHARE);
    assertThat(shares).extracting(Figure::value).contains(75.0, 80.0, 85.0);
    assertThat(shares).extracting(Figure::groupId).containsOnly(shares.get(0).groupId());
    Fact fact = factOf(shares.get(0));
    assertThat(fact.conflict()).isTrue();
    assertThat(fact.valueLow()).isEqualTo(75);
    assertThat(fact.valueBest()).isEqualTo(75);
    assertThat(fact.valueHigh()).isEqualTo(85);
    assertThat(fact.spread()).isGreaterThan(Reconciler.Settings.THRESHOLD);
    assertThat(fact.notes()).contains("disagree");
  }

  @Test
  void the300Killed_ofPalmyraAndEastAleppo_stayApart() {
    List<Figure> killed = where(f -> f.metric() == Metric.KILLED && f.value() == 300);
    assertThat(killed).hasSize(2);
    assertThat(killed.get(0).groupId()).isNotEqualTo(killed.get(1).groupId());
    assertThat(killed).extracting(Figure::role).containsOnly(Role.RECOMMENDED);
  }

  @Test
  void fledSinceMidnight_4000Against10000_isAConflict() {
    List<Figure> fled =
        where(f -> f.metric() == Metric.FLED && (f.value() == 4_000 || f.value() == 10_000));
    Fact fact = factOf(fled.get(0));
    assertThat(fact.figureIds()).contains(fled.get(0).id());
    assertThat(fact.conflict()).isTrue();
  }

  @Test
  void everyFigure_isInExactlyOneFact_withOneRecommendedFigure() {
    List<String> listed = facts.values().stream().flatMap(f -> f.figureIds().stream()).toList();
    assertThat(listed).doesNotHaveDuplicates();
    assertThat(listed)
        .containsExactlyInAnyOrderElementsOf(where(f -> true).stream().map(Figure::id).toList());
    for (Fact fact : facts.values()) {
      assertThat(where(f -> f.groupId().equals(fact.groupId()) && f.role() == Role.RECOMMENDED))
          .extracting(Figure::id)
          .containsExactly(fact.recommended());
    }
  }
}
