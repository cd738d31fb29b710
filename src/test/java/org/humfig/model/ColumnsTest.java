package org.humfig.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ColumnsTest {

  /**
   * Every column set to a value of its own, distinct from every other column's, reads back as that
   * value, by name and through its getter: each column reads the component it writes.
   */
  @Test
  void everyColumnReadsBackTheValueItWasSetTo() {
    Figure.Builder b = Figure.builder();
    int n = 0;
    for (String column : Columns.names()) {
      Columns.set(b, column, sample(column, ++n));
    }
    Figure f = b.build();
    n = 0;
    Set<Object> seen = new HashSet<>();
    for (String column : Columns.names()) {
      Object expected = sample(column, ++n);
      assertThat(Columns.value(f, column)).as(column).isEqualTo(expected);
      assertThat(Columns.getter(column).apply(f)).as(column).isEqualTo(expected);
      if (!(expected instanceof Enum<?>)) {
        assertThat(seen.add(expected)).as(column + ": a value of its own").isTrue();
      }
    }
    assertThat(Columns.names()).hasSize(42).contains("figure_id", "issues", "role");
  }

  @Test
  void anUnknownColumnIsNamed() {
    assertThatThrownBy(() -> Columns.getter("values"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'values'");
    assertThat(Columns.component("values")).isNull();
  }

  private static Object sample(String column, int n) {
    Class<?> type = Columns.type(column);
    if (type == Double.class) {
      return n + 0.5;
    }
    if (type == Integer.class) {
      return n;
    }
    if (type == LocalDate.class) {
      return LocalDate.of(2020, 1, 1).plusDays(n);
    }
    if (type.isEnum()) {
      Object[] members = type.getEnumConstants();
      return members[n % members.length];
    }
    return column.equals("issues") ? "issue." + n : "text " + n;
  }
}
