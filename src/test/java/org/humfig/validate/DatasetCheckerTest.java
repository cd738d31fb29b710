package org.humfig.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.humfig.Fixtures;
import org.humfig.model.Figure;
import org.humfig.schema.TableSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A deferred checker finds, once the table is complete, what a checker finds row by row. */
class DatasetCheckerTest {

  private static final TableSchema SCHEMA = TableSchema.bundled();
  private static final int FIRST_ROW = 2;

  /** Figures whose ids repeat, some missing or not hex, some naming parts, earlier or not. */
  private static List<Figure> table(long seed) {
    Random r = new Random(seed);
    String[] pool = {"00000000000000a1", "00000000000000a2", "ffffffffffffffff", "x-1", "X-1", "ü"};
    List<Figure> figures = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      int kind = r.nextInt(10);
      String id =
          kind == 0
              ? null
              : kind < 4 ? pool[r.nextInt(pool.length)] : String.format("%016x", r.nextInt(1000));
      String partOf = null;
      int part = r.nextInt(12);
      if (part == 0 && !figures.isEmpty()) {
        partOf = figures.get(r.nextInt(figures.size())).id(); // earlier, or null
      } else if (part == 1) {
        partOf = pool[r.nextInt(pool.length)];
      } else if (part == 2) {
        partOf = String.format("%016x", r.nextInt(1000)); // unknown, or a later figure's
      }
      figures.add(Fixtures.figure().toBuilder().id(id).partOf(partOf).build());
    }
    return figures;
  }

  private static List<Finding> rowByRow(List<Figure> figures) {
    DatasetChecker c = new DatasetChecker(SCHEMA);
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) {
      out.addAll(c.check(FIRST_ROW + i, figures.get(i)));
    }
    return byRule(out);
  }

  private static List<Finding> deferred(List<Figure> figures) {
    DatasetChecker c = DatasetChecker.deferred(SCHEMA);
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) {
      out.addAll(c.check(FIRST_ROW + i, figures.get(i)));
    }
    assertThat(out).isEmpty();
    int[] byId =
        IntStream.range(0, figures.size())
            .filter(i -> figures.get(i).id() != null)
            .boxed()
            .sorted(Comparator.comparing((Integer i) -> figures.get(i).id()).thenComparing(i -> i))
            .mapToInt(Integer::intValue)
            .toArray();
    c.finish(byId, i -> figures.get(i).id(), FIRST_ROW, out::add);
    return out;
  }

  /** Orders findings as a report lists them: by rule, then as they came. */
  private static List<Finding> byRule(List<Finding> findings) {
    List<Finding> out = new ArrayList<>(findings);
    out.sort(Comparator.comparing(Finding::rule));
    return out;
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void deferred_findsWhatRowByRowFinds(long seed) {
    List<Figure> figures = table(seed);
    List<Finding> expected = rowByRow(figures);
    assertThat(expected).extracting(Finding::rule).contains("id.unique", "part_of.known");
    assertThat(byRule(deferred(figures))).containsExactlyElementsOf(expected);
  }

  @Test
  void deferred_repeatNamesTheFirstRow_andAPartMayNameItself() {
    Figure a = Fixtures.figure().toBuilder().id("0000000000000001").build();
    Figure self =
        Fixtures.figure().toBuilder().id("0000000000000002").partOf("0000000000000002").build();
    List<Finding> found = deferred(List.of(a, a, self, a));
    assertThat(found)
        .extracting(Finding::row, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "figure_id 0000000000000001 is used by row 2"),
            org.assertj.core.groups.Tuple.tuple(5, "figure_id 0000000000000001 is used by row 2"));
  }

  @Test
  void finish_onARowByRowChecker_isRefused() {
    DatasetChecker c = new DatasetChecker(SCHEMA);
    assertThatThrownBy(() -> c.finish(new int[0], i -> "", FIRST_ROW, f -> {}))
        .isInstanceOf(IllegalStateException.class);
  }
}
