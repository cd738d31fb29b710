package org.humfig.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.humfig.model.Figure;
import org.humfig.model.Metric;
import org.humfig.model.Role;
import org.humfig.model.Status;
import org.humfig.model.Tally;
import org.humfig.model.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever the figures, their order and the threads that reconcile them: every figure is in exactly
 * one group, each group has one recommended figure, the values are ordered, and the result is the
 * same.
 */
class ReconcilerPropertyTest {

  private static final List<String> PLACES =
      List.of("Aleppo", "eastern Aleppo", "east Aleppo", "Palmyra", "Syria", "Derna", "");
  private static final List<String> POPULATIONS =
      List.of("people", "civilians", "militants", "children", "", "residents");
  private static final List<Metric> METRICS =
      List.of(
          Metric.KILLED, Metric.FLED, Metric.DISPLACED, Metric.CONTROLLED_SHARE, Metric.BESIEGED);
  private static final List<String> TEXTS =
      List.of(
          "At least %s people were killed in shelling of the city on Sunday, medics said.",
          "The monitor said %s civilians had left the eastern districts since the advance began.",
          "Officials put the number at %s as the fighting went on into the night.",
          "%s were reported by the agency, which gave no further detail.");

  /** Returns {@code n} random figures from a few places, documents, periods and texts. */
  static List<Figure> figures(long seed, int n) {
    Random r = new Random(seed);
    List<Figure> out = new ArrayList<>();
    LocalDate base = LocalDate.of(2016, 12, 1);
    for (int i = 0; i < n; i++) {
      Metric m = METRICS.get(r.nextInt(METRICS.size()));
      double v = m == Metric.CONTROLLED_SHARE ? 60 + r.nextInt(30) : (1 + r.nextInt(20)) * 100;
      LocalDate published = base.plusDays(r.nextInt(10));
      LocalDate start = r.nextInt(3) == 0 ? null : published.minusDays(r.nextInt(14));
      LocalDate end = start == null ? null : published.minusDays(r.nextInt(2));
      if (end != null && end.isBefore(start)) {
        end = start;
      }
      String place = PLACES.get(r.nextInt(PLACES.size()));
      int doc = r.nextInt(n / 3 + 1);
      Tally tally =
          switch (r.nextInt(4)) {
            case 0 -> Tally.CUMULATIVE;
            case 1 -> Tally.NEW;
            default -> null;
          };
      out.add(
          Figure.builder()
              .id(String.format("%016x", seed * 1_000_003 + i))
              .documentId("doc" + doc)
              .sourceName(r.nextInt(3) == 0 ? "" : "Outlet " + (doc % 7))
              .publishedDate(published)
              .category(m.category())
              .metric(m)
              .value(v)
              .valueLow(r.nextBoolean() ? v : null)
              .valueHigh(r.nextBoolean() ? v * 2 : null)
              .unit(m == Metric.CONTROLLED_SHARE ? Unit.PERCENT : Unit.PEOPLE)
              .population(POPULATIONS.get(r.nextInt(POPULATIONS.size())))
              .location(place.isEmpty() ? null : place)
              .countryCode(place.equals("Derna") ? "LBY" : place.isEmpty() ? null : "SYR")
              .dateStart(start)
              .dateEnd(end)
              .tally(tally)
              .evidence(String.format(TEXTS.get(r.nextInt(TEXTS.size())), (long) v))
              .evidenceStart(r.nextInt(500))
              .confidence(0.5 + r.nextInt(5) / 10.0)
              .status(r.nextInt(8) == 0 ? Status.INVALID : Status.VALID)
              .build());
    }
    return out;
  }

  private record Outcome(Map<String, String> group, Map<String, Role> role, List<Fact> facts) {}

  private static Outcome reconcile(List<Figure> figures) {
    return reconcile(figures, 1);
  }

  private static Outcome reconcile(List<Figure> figures, int threads) {
    Reconciler r = new Reconciler(Reconciler.Settings.DEFAULT);
    figures.forEach(r::add);
    Reconciliation done = r.reconcile(threads);
    Map<String, String> group = new HashMap<>();
    Map<String, Role> role = new HashMap<>();
    for (int i = 0; i < figures.size(); i++) {
      group.put(figures.get(i).id(), done.groupId(i));
      role.put(figures.get(i).id(), done.role(i));
    }
    return new Outcome(group, role, done.factList());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void anyOrderAndThreads_everyFigureInExactlyOneGroup_andTheSameResult(long seed) {
    List<Figure> figures = figures(seed, 300);
    Outcome first = reconcile(figures);

    List<String> listed = first.facts().stream().flatMap(f -> f.figureIds().stream()).toList();
    assertThat(listed)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(figures.stream().map(Figure::id).toList());
    for (Fact f : first.facts()) {
      assertThat(f.figureIds()).allMatch(id -> first.group().get(id).equals(f.groupId()));
      assertThat(f.figureIds().stream().filter(id -> first.role().get(id) == Role.RECOMMENDED))
          .containsExactly(f.recommended());
      assertThat(f.valueLow()).isLessThanOrEqualTo(f.valueBest());
      assertThat(f.valueBest()).isLessThanOrEqualTo(f.valueHigh());
      assertThat(f.sources()).isBetween(1, f.reports());
      assertThat(f.reports()).isBetween(1, f.figures());
    }
    assertThat(first.facts().stream().map(Fact::groupId)).doesNotHaveDuplicates();

    Random shuffle = new Random(seed);
    for (int round = 0; round < 3; round++) {
      List<Figure> shuffled = new ArrayList<>(figures);
      Collections.shuffle(shuffled, shuffle);
      assertThat(reconcile(shuffled, 1 + round)).isEqualTo(first);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13})
  void noGroup_mixesCountriesOrMetricFamilies(long seed) {
    List<Figure> figures = figures(seed, 400);
    Outcome o = reconcile(figures);
    Map<String, List<Figure>> byGroup = new HashMap<>();
    figures.forEach(
        f -> byGroup.computeIfAbsent(o.group().get(f.id()), g -> new ArrayList<>()).add(f));
    for (List<Figure> members : byGroup.values()) {
      assertThat(members.stream().map(f -> String.valueOf(f.countryCode())).distinct()).hasSize(1);
      assertThat(members.stream().map(f -> Grouping.family(f.metric())).distinct()).hasSize(1);
      assertThat(members.stream().map(f -> f.tally() == Tally.NEW).distinct()).hasSize(1);
    }
  }
}
