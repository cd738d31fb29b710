package org.humfig.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Columns hold every value added, across the edges of their chunks. */
class ColumnTest {

  private static final int N = Column.CHUNK * 3 + 7;

  @Test
  void everyKind_readsBackEveryValue_acrossChunks() {
    Column.Bytes bytes = new Column.Bytes();
    Column.Ints ints = new Column.Ints();
    Column.Longs longs = new Column.Longs();
    Column.Doubles doubles = new Column.Doubles();
    for (int i = 0; i < N; i++) {
      bytes.add((byte) (i * 7));
      ints.add(i * 31 - 5);
      longs.add(i * 0x9E3779B97F4A7C15L);
      doubles.add(i / 3.0);
    }
    assertThat(ints.size()).isEqualTo(N);
    assertThat(bytes.size()).isEqualTo(N);
    for (int i = 0; i < N; i++) {
      assertThat(bytes.get(i)).isEqualTo((byte) (i * 7));
      assertThat(ints.get(i)).isEqualTo(i * 31 - 5);
      assertThat(longs.get(i)).isEqualTo(i * 0x9E3779B97F4A7C15L);
      assertThat(doubles.get(i)).isEqualTo(i / 3.0);
    }
  }

  @Test
  void emptyColumn_hasNoValues() {
    assertThat(new Column.Longs().size()).isZero();
  }
}
