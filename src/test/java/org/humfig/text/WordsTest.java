package org.humfig.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void aTokenMadeBeforeATableLearnsItsWord_isStillFound() {
    // a word no table holds yet: the token remembers it was unknown
    List<Token> tokens = new Tokenizer().tokenize("the qwzxv river");
    assertThat(tokens.get(1).word(Integer.MAX_VALUE)).isEqualTo(-1);
    PhraseTable<String> table = new PhraseTable<String>().put("qwzxv river", "r").put("qwzxv", "q");
    assertThat(table.longestAt(tokens, 1).value()).isEqualTo("r");
    assertThat(table.hasWord(tokens.get(1))).isTrue();
    assertThat(table.mayStartWith(tokens.get(1))).isTrue();
    assertThat(table.hasWord(tokens.get(2))).isFalse();
    // a token made after the table knows the number of its word
    Token later = new Tokenizer().tokenize("Qwzxv").get(0);
    assertThat(later.word(-1)).isEqualTo(Words.code("qwzxv")).isNotNegative();
  }

  @Test
  void tokensAreValues_whateverTheTablesKnew() {
    Token before = new Token("Zqyxw", "zqyxw", 3, 8, Token.Shape.WORD);
    Words.add("zqyxw");
    Token after = new Token("Zqyxw", "zqyxw", 3, 8, Token.Shape.WORD);
    assertThat(after).isEqualTo(before).hasSameHashCodeAs(before);
    assertThat(before.word(Integer.MAX_VALUE)).isEqualTo(after.word(-1));
  }

  @Test
  void addAll_numbersWordsAsAddDoes_knownNewAndRepeated() {
    int known = Words.add("wqxzk");
    int size = Words.size();
    int[] ids = Words.addAll(new String[] {"wqxzk", "wqxzm", "wqxzn", "wqxzm"});
    assertThat(ids[0]).isEqualTo(known);
    assertThat(ids[1]).isEqualTo(size).isEqualTo(ids[3]);
    assertThat(ids[2]).isEqualTo(size + 1);
    assertThat(Words.code("wqxzm")).isEqualTo(ids[1]);
    assertThat(Words.add("wqxzn")).isEqualTo(ids[2]);
    assertThat(Words.word(ids[2])).isEqualTo("wqxzn");
    // many at once grow the table as one at a time does
    String[] many = new String[70_000];
    for (int k = 0; k < many.length; k++) {
      many[k] = "wqxz" + k;
    }
    int[] numbers = Words.addAll(many);
    for (int k = 0; k < many.length; k += 997) {
      assertThat(Words.code(many[k])).isEqualTo(numbers[k]);
    }
  }

  @Test
  void intTable_smallCapacity_growsAndFinds() {
    IntTable<String> t = new IntTable<>(2);
    for (int k = 0; k < 40; k++) {
      t.put(k * 7, "v" + k);
    }
    assertThat(t.size()).isEqualTo(40);
    assertThat(t.get(7 * 39)).isEqualTo("v39");
    assertThat(t.get(5)).isNull();
  }

  @Test
  void intTable_findsWhatWasPut_acrossGrowth() {
    IntTable<String> t = new IntTable<>();
    for (int k = 0; k < 1000; k += 3) {
      t.put(k, "v" + k);
    }
    t.put(3, "three");
    assertThat(t.size()).isEqualTo(334);
    assertThat(t.get(3)).isEqualTo("three");
    assertThat(t.get(999)).isEqualTo("v999");
    assertThat(t.get(998)).isNull();
    assertThat(t.get(-5)).isNull();
  }

  @Test
  void wordSetsAndMaps_readTokensAndWords() {
    WordSet set = new WordSet(List.of("north", "south"));
    WordMap<String> map = new WordMap<>(java.util.Map.of("north", "northern"));
    List<Token> tokens = new Tokenizer().tokenize("North of the south");
    assertThat(set.contains(tokens.get(0))).isTrue();
    assertThat(set.contains(tokens.get(1))).isFalse();
    assertThat(set.contains("south")).isTrue();
    assertThat(set.contains("east")).isFalse();
    assertThat(map.get(tokens.get(0))).isEqualTo("northern");
    assertThat(map.get(tokens.get(3))).isNull();
    assertThat(map.get("north")).isEqualTo("northern");
  }

  @Test
  void theTokenizersKnownWords_matchTokensMadeFromTheirText() {
    Words.add("flood");
    Words.add("floods");
    String text = "FLOOD Flood flood Floods floodx Flöod, 7th";
    List<Token> tokens = new Tokenizer().tokenize(text);
    for (Token t : tokens) {
      Token plain =
          new Token(t.text(), Tokenizer.normalize(t.text()), t.start(), t.end(), t.shape());
      assertThat(t).isEqualTo(plain).hasSameHashCodeAs(plain);
      assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
      assertThat(t.word(Integer.MAX_VALUE)).isEqualTo(plain.word(Integer.MAX_VALUE));
      assertThat(t.capitalized()).isEqualTo(plain.capitalized());
    }
    assertThat(tokens.get(0).norm()).isSameAs(tokens.get(2).norm()).isEqualTo("flood");
    assertThat(tokens.get(3).word(-1)).isEqualTo(Words.code("floods")).isNotNegative();
    assertThat(tokens.get(4).word(Integer.MAX_VALUE)).isEqualTo(-1);
  }

  @Test
  void words_keepTheirNumbers_asTheTableGrows() {
    int first = Words.add("grow-check-0");
    for (int k = 1; k < 70_000; k++) {
      Words.add("grow-check-" + k);
    }
    assertThat(Words.code("grow-check-0")).isEqualTo(first);
    assertThat(Words.add("grow-check-69999")).isEqualTo(Words.code("grow-check-69999"));
    Token t = new Tokenizer().tokenize("Grow-check-12345").get(0);
    assertThat(t.word(-1)).isEqualTo(Words.code("grow-check-12345")).isNotNegative();
  }

  @Test
  void wordsWithTheSameHash_keepTheirOwnNumbers() {
    // "zxn" and "zz0" have the same String hash, and "zxn" is a beginning of "zxng" (words no
    // place name of the gazetteer has: "aa" is one, of "Aa en Hunze")
    assertThat("zxn".hashCode()).isEqualTo("zz0".hashCode());
    int zxn = Words.add("zxn");
    int zz0 = Words.add("zz0");
    int zxng = Words.add("zxng");
    assertThat(List.of(zxn, zz0, zxng)).doesNotHaveDuplicates().allMatch(id -> id >= 0);
    assertThat(Words.add("zz0")).isEqualTo(zz0);
    assertThat(Words.code("zxn")).isEqualTo(zxn);
    assertThat(Words.code("zz0")).isEqualTo(zz0);
    assertThat(Words.code("zxng")).isEqualTo(zxng);
    assertThat(Words.code("zx")).isNegative();
    assertThat(Words.code("zxngs")).isNegative();
    assertThat(Words.code("zz1")).isNegative();
    assertThat(Words.word(zz0)).isEqualTo("zz0");
    List<Token> tokens = new Tokenizer().tokenize("ZZ0 Zxn zxng ZXNG zz1 zx");
    assertThat(tokens.get(0).word(-1)).isEqualTo(zz0);
    assertThat(tokens.get(0).norm()).isEqualTo("zz0");
    assertThat(tokens.get(0).text()).isEqualTo("ZZ0");
    assertThat(tokens.get(1).word(-1)).isEqualTo(zxn);
    assertThat(tokens.get(2).word(-1)).isEqualTo(zxng);
    assertThat(tokens.get(3).word(-1)).isEqualTo(zxng);
    assertThat(tokens.get(4).word(Integer.MAX_VALUE)).isEqualTo(-1);
    assertThat(tokens.get(5).word(Integer.MAX_VALUE)).isEqualTo(-1);
  }

  @Test
  void formsOfAnyLetters_andTheEmptyForm_areKept() {
    int accented = Words.add("flöod-ç");
    int empty = Words.add("");
    assertThat(accented).isNotEqualTo(empty);
    assertThat(Words.code("flöod-ç")).isEqualTo(accented);
    assertThat(Words.code("flöod-c")).isNegative();
    assertThat(Words.code("")).isEqualTo(empty);
    assertThat(Words.word(accented)).isEqualTo("flöod-ç");
    Token t = new Token("Flöod-ç", "flöod-ç", 0, 7, Token.Shape.WORD);
    assertThat(t.word(-1)).isEqualTo(accented);
  }

  @Test
  void wordsAddedFromManyThreads_eachGetOneNumber() throws Exception {
    int threads = 4;
    int each = 5_000;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      List<java.util.concurrent.Future<int[]>> done = new java.util.ArrayList<>();
      for (int n = 0; n < threads; n++) {
        done.add(
            pool.submit(
                () -> {
                  int[] ids = new int[each];
                  for (int k = 0; k < each; k++) {
                    ids[k] = Words.add("thread-check-" + k);
                    // a reader racing the writers finds every word it was told the number of
                    assertThat(Words.code("thread-check-" + k)).isEqualTo(ids[k]);
                  }
                  return ids;
                }));
      }
      int[] first = done.get(0).get();
      for (java.util.concurrent.Future<int[]> f : done) {
        assertThat(f.get()).isEqualTo(first);
      }
      assertThat(java.util.Arrays.stream(first).distinct().count()).isEqualTo(each);
      for (int k = 0; k < each; k++) {
        assertThat(Words.word(first[k])).isEqualTo("thread-check-" + k);
      }
    } finally {
      pool.shutdown();
    }
  }
}
