package org.humfig.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.humfig.model.Figure;
import org.humfig.model.Metric;
import org.humfig.model.Unit;
import org.junit.jupiter.api.Test;

/** The keys give back each figure's values, bounds and id as they were added. */
class KeysTest {

  private static Keys keys() {
    return new Keys(Places.english(), Populations.english());
  }

  private static Figure figure(String id, Double value, Double low, Double high) {
    return Figure.builder()
        .id(id)
        .documentId("d")
        .metric(Metric.KILLED)
        .category(Metric.KILLED.category())
        .unit(Unit.PEOPLE)
        .value(value)
        .valueLow(low)
        .valueHigh(high)
        .evidence("At least 12 people were killed.")
        .build();
  }

  @Test
  void bounds_missingEqualOrOwn_readBackExactly_acrossChunks() {
    Keys k = keys();
    List<double[]> added = new ArrayList<>();
    for (int i = 0; i < Column.CHUNK * 2 + 11; i++) {
      double v = i;
      Double low = i % 3 == 0 ? null : Double.valueOf(i % 5 == 0 ? v - 1 : v);
      Double high = i % 2 == 0 ? null : Double.valueOf(i % 7 == 0 ? v + 10 : v);
      k.add(figure(String.format("%016x", i), v, low, high));
      added.add(new double[] {low == null ? Double.NaN : low, high == null ? Double.NaN : high});
    }
    for (int i = 0; i < added.size(); i++) {
      assertThat(k.value(i)).isEqualTo(i);
      assertThat(bits(k.low(i))).isEqualTo(bits(added.get(i)[0]));
      assertThat(bits(k.high(i))).isEqualTo(bits(added.get(i)[1]));
    }
  }

  private static long bits(double d) {
    return Double.doubleToRawLongBits(d);
  }

  @Test
  void bounds_negativeZeroBesideZero_isKeptAsItsOwn() {
    Keys k = keys();
    k.add(figure("0000000000000001", 0.0, -0.0, 0.0));
    assertThat(bits(k.low(0))).isEqualTo(bits(-0.0));
    assertThat(bits(k.high(0))).isEqualTo(0L);
  }

  @Test
  void householdBounds_areInPeople() {
    Keys k = keys();
    k.add(
        figure("0000000000000001", 10.0, 8.0, 12.0).toBuilder()
            .unit(Unit.HOUSEHOLDS)
            .valuePeople(50.0)
            .build());
    assertThat(k.value(0)).isEqualTo(50.0);
    assertThat(k.low(0)).isEqualTo(40.0);
    assertThat(k.high(0)).isEqualTo(60.0);
    assertThat(k.unitOf(0)).isEqualTo(Unit.PEOPLE);
  }

  @Test
  void ids_hexOtherAndNone_andTheirOrder() {
    Keys k = keys();
    String[] ids = {"00000000000000ff", "f-7", null, "0000000000000001", "00000000000000ff", "A"};
    for (String id : ids) {
      k.add(figure(id, 1.0, null, null));
    }
    assertThat(k.id(0)).isEqualTo("00000000000000ff");
    assertThat(k.id(1)).isEqualTo("f-7");
    assertThat(k.id(2)).isEmpty();
    assertThat(k.hasId(2)).isFalse();
    assertThat(k.hasId(1)).isTrue();
    int[] expected =
        IntStream.range(0, ids.length)
            .filter(i -> ids[i] != null)
            .boxed()
            .sorted(Comparator.comparing((Integer i) -> ids[i]).thenComparing(i -> i))
            .mapToInt(Integer::intValue)
            .toArray();
    assertThat(k.byId()).containsExactly(expected);
  }

  @Test
  void documents_sharedByFiguresInARow_andTellApartWhenTheyAlternate() {
    Keys k = keys();
    String[][] figures = {
      {"a", "Outlet"}, {"a", "Outlet"}, {"b", "Outlet"}, {"a", "Other"}, {"a", null}
    };
    for (String[] f : figures) {
      k.add(
          figure("0000000000000001", 1.0, null, null).toBuilder()
              .documentId(f[0])
              .sourceName(f[1])
              .publishedDate(java.time.LocalDate.of(2020, 1, f[0].equals("a") ? 1 : 2))
              .build());
    }
    for (int i = 0; i < figures.length; i++) {
      assertThat(k.document(i)).isEqualTo(Keys.hash(figures[i][0]));
      assertThat(k.published(i)).isEqualTo(figures[i][0].equals("a") ? 18262 : 18263);
    }
    assertThat(k.publisher(0)).isEqualTo(k.publisher(2)).isNotEqualTo(k.publisher(3));
    assertThat(k.publisher(4)).isEqualTo(-1);
  }
}
