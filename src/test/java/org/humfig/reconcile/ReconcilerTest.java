package org.humfig.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.humfig.model.Figure;
import org.humfig.model.Metric;
import org.humfig.model.Role;
import org.humfig.model.Status;
import org.humfig.model.Tally;
import org.humfig.model.Unit;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

  private static final LocalDate SUNDAY = LocalDate.of(2016, 12, 11);
  private int next;

  /** A figure of people killed in Aleppo, published on Sunday, undated. */
  private Figure.Builder killed(String document, double value) {
    return Figure.builder()
        .id(String.format("%016x", ++next))
        .documentId(document)
        .sourceName("Outlet " + document)
        .publishedDate(SUNDAY)
        .metric(Metric.KILLED)
        .category(Metric.KILLED.category())
        .value(value)
        .valueLow(value)
        .valueHigh(value)
        .unit(Unit.PEOPLE)
        .population("people")
        .location("Aleppo")
        .countryCode("SYR")
        .evidence("Text " + document + " says " + (long) value + " " + next + " differently here.")
        .status(Status.VALID);
  }

  private static List<Fact> facts(Reconciler.Settings settings, Figure.Builder... figures) {
    Reconciler r = new Reconciler(settings);
    for (Figure.Builder b : figures) {
      r.add(b.build());
    }
    return r.reconcile().factList();
  }

  private static List<Fact> facts(Figure.Builder... figures) {
    return facts(Reconciler.Settings.DEFAULT, figures);
  }

  @Test
  void additions_neverJoinTotals() {
    List<Fact> facts =
        facts(
            killed("a", 300).tally(Tally.CUMULATIVE),
            killed("b", 300).tally(Tally.NEW),
            killed("c", 300));
    assertThat(facts).hasSize(2);
    assertThat(facts)
        .extracting(Fact::tally)
        .containsExactlyInAnyOrder(Tally.CUMULATIVE, Tally.NEW);
  }

  @Test
  void aDocumentsLaterUpdate_supersedesItsEarlierFigure() {
    Reconciler r = new Reconciler(Reconciler.Settings.DEFAULT);
    r.add(
        killed("a", 82)
            .tally(Tally.CUMULATIVE)
            .dateStart(SUNDAY)
            .dateEnd(SUNDAY)
            .evidenceStart(10)
            .build());
    LocalDate saturday = SUNDAY.minusDays(1);
    r.add(killed("a", 68).tally(Tally.CUMULATIVE).dateEnd(saturday).evidenceStart(200).build());
    Reconciliation done = r.reconcile();
    Fact fact = done.factList().get(0);
    assertThat(done.facts()).isEqualTo(1);
    assertThat(fact.valueBest()).isEqualTo(82);
    assertThat(fact.valueLow()).isEqualTo(82);
    assertThat(fact.conflict()).isFalse();
    assertThat(fact.reports()).isEqualTo(1);
    assertThat(fact.notes()).contains("1 figure superseded");
    assertThat(done.role(0)).isEqualTo(Role.RECOMMENDED);
    assertThat(done.role(1)).isEqualTo(Role.TRIANGULATION);
  }

  @Test
  void twoNumbersOfOneDocument_areSeparateFacts_unlessRestated() {
    List<Fact> facts =
        facts(
            killed("a", 7).evidenceStart(10),
            killed("a", 4).evidenceStart(200),
            killed("a", 7).evidenceStart(400),
            killed("b", 7),
            killed("c", 4));
    assertThat(facts).hasSize(2);
    assertThat(facts).allMatch(f -> !f.conflict() && f.reports() == 2);
    assertThat(facts).extracting(Fact::figures).containsExactlyInAnyOrder(3, 2);
  }

  @Test
  void theLatestRunningTotal_supersedesOlderOnesAcrossDocuments() {
    LocalDate saturday = SUNDAY.minusDays(1);
    List<Fact> facts =
        facts(
            killed("a", 68).tally(Tally.CUMULATIVE).dateEnd(saturday).publishedDate(saturday),
            killed("b", 82).tally(Tally.CUMULATIVE).dateEnd(SUNDAY));
    assertThat(facts).hasSize(1);
    assertThat(facts.get(0).valueBest()).isEqualTo(82);
    assertThat(facts.get(0).conflict()).isFalse();
    assertThat(facts.get(0).asOf()).isEqualTo(SUNDAY);
    assertThat(facts.get(0).reports()).isEqualTo(2);
  }

  @Test
  void anUndatedOlderToll_doesNotSupersedeADatedNewerOne() {
    List<Fact> facts =
        facts(
            new Reconciler.Settings(Best.LATEST, 0.1),
            killed("old", 300_000).publishedDate(SUNDAY.plusDays(1)),
            killed("new", 310_000).tally(Tally.CUMULATIVE).dateEnd(SUNDAY));
    assertThat(facts).hasSize(1);
    assertThat(facts.get(0).valueBest()).isEqualTo(310_000);
    assertThat(facts.get(0).valueLow()).isEqualTo(300_000);
  }

  @Test
  void reprintsOfOneWireStory_countAsOneSource() {
    String wire =
        "Air strikes killed 12 people in a market in the city on Sunday, the monitor said.";
    String edited =
        "Air strikes killed 12 people in a crowded market in the city on Sunday, the monitor said.";
    List<Fact> facts =
        facts(
            killed("a", 12).evidence(wire),
            killed("b", 12).evidence(wire),
            killed("c", 12).evidence(edited),
            killed("d", 12));
    assertThat(facts).hasSize(1);
    assertThat(facts.get(0).reports()).isEqualTo(4);
    assertThat(facts.get(0).sources()).isEqualTo(2);
  }

  @Test
  void onePublisher_isOneSource() {
    List<Fact> facts =
        facts(killed("a", 12).sourceName("Reuters"), killed("b", 12).sourceName("reuters"));
    assertThat(facts.get(0).sources()).isEqualTo(1);
  }

  @Test
  void bestPolicies_pickAReportedValue() {
    Figure.Builder[] three = {
      killed("a", 150).dateStart(SUNDAY.minusDays(9)).dateEnd(SUNDAY.minusDays(1)),
      killed("b", 100).dateStart(SUNDAY.minusDays(9)).dateEnd(SUNDAY.minusDays(1)),
      killed("c", 120).dateStart(SUNDAY.minusDays(9)).dateEnd(SUNDAY)
    };
    assertThat(facts(three).get(0).valueBest()).isEqualTo(100);
    assertThat(facts(new Reconciler.Settings(Best.MEDIAN, 0.1), three).get(0).valueBest())
        .isEqualTo(120);
    assertThat(facts(new Reconciler.Settings(Best.LATEST, 0.1), three).get(0).valueBest())
        .isEqualTo(120);
    Fact f = facts(three).get(0);
    assertThat(f.valueLow()).isEqualTo(100);
    assertThat(f.valueHigh()).isEqualTo(150);
    assertThat(f.best()).isEqualTo(Best.CONSERVATIVE);
    assertThat(f.figureIds()).hasSize(3).startsWith(f.recommended());
  }

  @Test
  void medianOfFourSources_isTheLowerMiddleValue() {
    List<Fact> facts =
        facts(
            new Reconciler.Settings(Best.MEDIAN, 0.1),
            killed("a", 10),
            killed("b", 20),
            killed("c", 30),
            killed("d", 40));
    assertThat(facts.get(0).valueBest()).isEqualTo(20);
  }

  @Test
  void smallDisagreement_isNotAConflict() {
    Fact f = facts(killed("a", 100), killed("b", 95)).get(0);
    assertThat(f.conflict()).isFalse();
    assertThat(f.spread()).isEqualTo(0.05);
    assertThat(
            facts(
                    new Reconciler.Settings(Best.CONSERVATIVE, 0.01),
                    killed("a", 100),
                    killed("b", 95))
                .get(0)
                .conflict())
        .isTrue();
  }

  @Test
  void figuresWithoutAPlace_areNeverPooledAcrossDocuments() {
    List<Fact> facts =
        facts(
            killed("a", 5).location(null).countryCode(null),
            killed("b", 5).location(null).countryCode(null),
            killed("b", 5).location(null).countryCode(null).evidenceStart(300));
    assertThat(facts).extracting(Fact::figures).containsExactlyInAnyOrder(1, 2);
  }

  @Test
  void partsOfACity_meetAndStayApartFromTheWhole() {
    List<Fact> facts =
        facts(
            killed("a", 5).location("east Aleppo"),
            killed("b", 5).location("eastern Aleppo"),
            killed("c", 5).location("Aleppo"),
            killed("d", 5).location("Aleppo").countryCode("TUR"));
    assertThat(facts).extracting(Fact::figures).containsExactlyInAnyOrder(2, 1, 1);
  }

  @Test
  void periods_overlappingLittle_stayApart() {
    List<Fact> facts =
        facts(
            killed("a", 4_000).dateStart(SUNDAY).dateEnd(SUNDAY),
            killed("b", 10_000).dateStart(SUNDAY).dateEnd(SUNDAY),
            killed("c", 70_000).dateStart(SUNDAY.minusDays(7)).dateEnd(SUNDAY),
            killed("d", 65_000).dateStart(SUNDAY.minusDays(8)).dateEnd(SUNDAY.minusDays(1)));
    assertThat(facts).hasSize(2);
    assertThat(facts).allMatch(f -> f.figures() == 2 && f.conflict() == (f.valueBest() == 4_000));
  }

  @Test
  void populations_ofDifferentPeople_stayApart() {
    List<Fact> facts =
        facts(
            killed("a", 30).population("civilians"),
            killed("b", 30).population("people"),
            killed("c", 30).population("militants"),
            killed("d", 30).population("Syrian children"));
    assertThat(facts)
        .extracting(Fact::population)
        .containsExactlyInAnyOrder("people", "armed", "children");
  }

  @Test
  void households_areComparedInPeople() {
    List<Fact> facts =
        facts(
            killed("a", 1_000)
                .metric(Metric.DISPLACED)
                .category(Metric.DISPLACED.category())
                .unit(Unit.HOUSEHOLDS)
                .valuePeople(5_000.0),
            killed("b", 5_000).metric(Metric.FLED).category(Metric.FLED.category()));
    assertThat(facts).hasSize(1);
    assertThat(facts.get(0).unit()).isEqualTo(Unit.PEOPLE);
    assertThat(facts.get(0).metric()).isEqualTo(Metric.DISPLACED);
    assertThat(facts.get(0).metrics()).containsExactly(Metric.DISPLACED, Metric.FLED);
    assertThat(facts.get(0).valueBest()).isEqualTo(5_000);
  }

  @Test
  void invalidFigures_countOnlyWhenNothingElseDoes() {
    Fact mixed = facts(killed("a", 10), killed("b", 999).status(Status.INVALID)).get(0);
    assertThat(mixed.valueHigh()).isEqualTo(10);
    assertThat(mixed.status()).isEqualTo(Status.VALID);
    Fact invalid = facts(killed("a", 10).status(Status.INVALID)).get(0);
    assertThat(invalid.status()).isEqualTo(Status.INVALID);
    assertThat(invalid.valueBest()).isEqualTo(10);
  }

  @Test
  void aFigureWithoutValue_isAFactOfItsOwn() {
    List<Fact> facts =
        facts(killed("a", 10).value(null), killed("b", 10).value(null), killed("c", 10));
    assertThat(facts).hasSize(3);
    assertThat(facts).filteredOn(f -> f.valueBest() == null).hasSize(2);
  }

  @Test
  void settings_andState_areChecked() {
    assertThatThrownBy(() -> new Reconciler.Settings(Best.LATEST, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
    Reconciler r = new Reconciler(Reconciler.Settings.DEFAULT);
    r.add(killed("a", 1).build());
    r.reconcile();
    assertThatThrownBy(() -> r.add(killed("a", 2).build()))
        .isInstanceOf(IllegalStateException.class);
    assertThat(r.size()).isEqualTo(1);
  }

  @Test
  void groupIds_areStableAcrossRuns() {
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    next = 0;
    facts(killed("a", 10), killed("b", 12)).forEach(f -> first.add(f.groupId()));
    next = 0;
    facts(killed("b", 12), killed("a", 10)).forEach(f -> second.add(f.groupId()));
    assertThat(second).isEqualTo(first);
    assertThat(first.get(0)).matches("g[0-9a-f]{16}");
  }

  @Test
  void factSchema_sharesTheFiguresVocabularies() {
    org.humfig.schema.TableSchema figures = org.humfig.schema.TableSchema.bundled();
    org.humfig.schema.TableSchema facts = org.humfig.schema.TableSchema.consolidated();
    for (String column : List.of("category", "metric", "unit", "tally", "status")) {
      assertThat(facts.field(column).orElseThrow().allowed())
          .as(column)
          .isEqualTo(figures.field(column).orElseThrow().allowed());
    }
    for (String column : facts.names()) {
      next = 0;
      Fact fact = facts(killed("a", 1)).get(0);
      assertThat(fact).isNotNull();
      fact.value(column); // every column of the schema is one a fact has
    }
  }
}
