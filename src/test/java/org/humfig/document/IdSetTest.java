package org.humfig.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The compact id set answers as a hash set of strings does. */
class IdSetTest {

  @Test
  void add_answersAsAHashSet_overManyIdsOfEveryLength() {
    Random r = new Random(7);
    IdSet ids = new IdSet();
    Set<String> expected = new HashSet<>();
    String[] alphabet = {"a", "b", "é", "ü", "-", "0", "1", "✓", "𝄞"};
    for (int i = 0; i < 60_000; i++) {
      StringBuilder b = new StringBuilder();
      int length = r.nextInt(100) == 0 ? r.nextInt(400) : r.nextInt(5);
      for (int c = 0; c < length; c++) {
        b.append(alphabet[r.nextInt(alphabet.length)]);
      }
      String id = b.toString();
      assertThat(ids.add(id)).as(id).isEqualTo(expected.add(id));
    }
    assertThat(ids.size()).isEqualTo(expected.size());
  }

  @Test
  void add_newsIds_andOneLongerThanABlock() {
    IdSet ids = new IdSet();
    for (int i = 0; i < 100_000; i++) {
      assertThat(ids.add(String.format("news-%08d", i))).isTrue();
    }
    String longest = "x".repeat(IdSet.BLOCK + 3);
    assertThat(ids.add(longest)).isTrue();
    assertThat(ids.add("x".repeat(IdSet.BLOCK + 3))).isFalse();
    assertThat(ids.add("x".repeat(IdSet.BLOCK + 2))).isTrue();
    assertThat(ids.add("news-00099999")).isFalse();
    assertThat(ids.add("news-00100000")).isTrue();
    assertThat(ids.add("")).isTrue();
    assertThat(ids.add("")).isFalse();
    assertThat(ids.size()).isEqualTo(100_004);
  }
}
