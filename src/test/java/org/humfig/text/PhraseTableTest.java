package org.humfig.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseTableTest {

  private final PhraseTable<String> table =
      new PhraseTable<String>()
          .put("blue", "b")
          .put("blue sky", "bs")
          .put("deep blue sky", "dbs")
          .put("sky", "s");
  private final List<Token> tokens = new Tokenizer().tokenize("the deep Blue sky above");

  @Test
  void ends_areThoseOfTheHitsStartingThere() {
    for (int i = -1; i <= tokens.size(); i++) {
      List<Integer> expected =
          table.startingAt(tokens, i).stream().map(PhraseTable.Hit::end).toList();
      assertThat(table.ends(tokens, i)).as("at %d", i).containsExactly(ints(expected));
      PhraseTable.Hit<String> longest = table.longestAt(tokens, i);
      assertThat(longest).isEqualTo(hitsAt(i).isEmpty() ? null : hitsAt(i).get(0));
      assertThat(table.longestEnd(tokens, i)).isEqualTo(longest == null ? -1 : longest.end());
    }
    assertThat(table.ends(tokens, 2)).containsExactly(4, 3);
    assertThat(table.longestAt(tokens, 1).value()).isEqualTo("dbs");
    // a walk that goes past the last phrase it found ends on that phrase, or on none
    List<Token> sea = new Tokenizer().tokenize("deep blue sea, blue sea");
    assertThat(table.longestAt(sea, 0)).isNull();
    assertThat(table.longestEnd(sea, 0)).isEqualTo(-1);
    assertThat(table.longestAt(sea, 1)).isEqualTo(new PhraseTable.Hit<>(1, 2, "b"));
    assertThat(table.longestEnd(sea, 4)).isEqualTo(5);
  }

  private List<PhraseTable.Hit<String>> hitsAt(int i) {
    return table.startingAt(tokens, i);
  }

  @Test
  void put_keepsLongestFirstInTheOrderPut_andALaterValueWins() {
    PhraseTable<Integer> t =
        new PhraseTable<Integer>()
            .put("a b", 1)
            .put("a", 2)
            .put("a c d", 3)
            .put("a c", 4)
            .put("a b", 5)
            .put("a e", 6);
    List<Token> ab = new Tokenizer().tokenize("a b");
    List<Token> ac = new Tokenizer().tokenize("a c d");
    assertThat(t.startingAt(ab, 0)).extracting(PhraseTable.Hit::value).containsExactly(5, 2);
    assertThat(t.startingAt(ac, 0)).extracting(PhraseTable.Hit::value).containsExactly(3, 4, 2);
    assertThat(t.endingAt(ab, 2)).extracting(PhraseTable.Hit::value).containsExactly(5);
    assertThat(t.longest()).isEqualTo(3);
  }

  @Test
  void starts_areThoseOfTheHitsEndingThere() {
    for (int end = -1; end <= tokens.size() + 1; end++) {
      List<Integer> expected =
          table.endingAt(tokens, end).stream().map(PhraseTable.Hit::start).toList();
      assertThat(table.starts(tokens, end)).as("at %d", end).containsExactly(ints(expected));
      assertThat(table.longestStart(tokens, end))
          .isEqualTo(expected.isEmpty() ? -1 : expected.get(0));
    }
    assertThat(table.starts(tokens, 4)).containsExactly(1, 2, 3);
  }

  @Test
  void keyWords_areOneWordPhrasesHeld_elseTheLastLongestWord() {
    PhraseTable<Boolean> t = new PhraseTable<>();
    for (String p :
        List.of("missing", "reported missing", "have died", "lost their lives", "a few")) {
      t.put(p, true);
    }
    assertThat(t.keyWords()).containsExactlyInAnyOrder("missing", "died", "lives", "few");
  }

  private static int[] ints(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }
}
