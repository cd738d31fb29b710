package org.humfig.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.humfig.text.Token;
import org.humfig.text.Tokenizer;
import org.junit.jupiter.api.Test;

class LexiconTest {

  private final List<Token> tokens = new Tokenizer().tokenize("they fled the fighting");

  @Test
  void aClassIsFound_byItsName_whateverStringSpellsIt() {
    Lexicon lex = new Lexicon().add("fled", List.of("fled", "fled the")).add("noun", List.of("x"));
    String built = new StringBuilder("fl").append("ed").toString();
    assertThat(built).isNotSameAs("fled");
    for (String name : List.of("fled", built)) {
      assertThat(lex.contains(name, tokens.get(1))).isTrue();
      assertThat(lex.contains(name, tokens.get(0))).isFalse();
      assertThat(lex.phraseAt(name, tokens, 1)).isEqualTo(3);
      assertThat(lex.startsAt(name, tokens, 1)).isTrue();
      assertThat(lex.phraseEndingAt(name, tokens, 3)).isEqualTo(1);
    }
    assertThat(lex.contains("noun", tokens.get(1))).isFalse();
  }

  @Test
  void anUnknownClass_holdsNothing_andAClassAddedLaterIsFound() {
    Lexicon lex = new Lexicon().add("fled", List.of("fled"));
    assertThat(lex.contains("fighting_word", tokens.get(3))).isFalse();
    assertThat(lex.phraseAt("fighting_word", tokens, 3)).isEqualTo(-1);
    lex.add("fighting_word", List.of("fighting"));
    assertThat(lex.contains("fighting_word", tokens.get(3))).isTrue();
    assertThat(lex.contains("fled", tokens.get(1))).isTrue();
  }

  @Test
  void manyClasses_eachKeepTheirOwnWords() {
    Lexicon lex = new Lexicon();
    List<String> names = new ArrayList<>();
    for (int k = 0; k < 500; k++) {
      names.add("class_" + k);
      lex.add("class_" + k, List.of("w" + k));
    }
    List<Token> words = new Tokenizer().tokenize("w0 w1 w250 w499");
    for (int k = 0; k < 500; k++) {
      String name = names.get(k);
      assertThat(lex.contains(name, words.get(0))).isEqualTo(k == 0);
      assertThat(lex.contains(name, words.get(2))).isEqualTo(k == 250);
      assertThat(lex.contains(name, words.get(3))).isEqualTo(k == 499);
    }
  }
}
