package org.humfig.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private final Tokenizer tokenizer = new Tokenizer();

  private List<String> texts(String s) {
    return tokenizer.tokenize(s).stream().map(Token::text).toList();
  }

  @Test
  void tokenize_keepsNumbersAbbreviationsAndCompoundsWhole() {
    assertThat(
            texts("U.S.-backed rebels fled, 10,000 of them (1.5m) in twenty-one rebel-held towns."))
        .containsExactly(
            "U.S.-backed",
            "rebels",
            "fled",
            ",",
            "10,000",
            "of",
            "them",
            "(",
            "1.5",
            "m",
            ")",
            "in",
            "twenty-one",
            "rebel-held",
            "towns",
            ".");
  }

  @Test
  void tokenize_keepsAnAbbreviationBeforeANameApart() {
    assertThat(texts("the U.S.-Mexico border, the U.N.-led talks, the U.S. - and others"))
        .containsExactly(
            "the",
            "U.S.",
            "-",
            "Mexico",
            "border",
            ",",
            "the",
            "U.N.-led",
            "talks",
            ",",
            "the",
            "U.S.",
            "-",
            "and",
            "others");
  }

  @Test
  void tokenize_keepsTheDecimalOfANumberJoinedToAWord() {
    assertThat(texts("a magnitude-6.8 quake, M-23. 4 km, covid-19, 1.5"))
        .containsExactly(
            "a",
            "magnitude-6.8",
            "quake",
            ",",
            "M-23",
            ".",
            "4",
            "km",
            ",",
            "covid-19",
            ",",
            "1.5");
  }

  @Test
  void tokenize_splitsPossessiveAndGluedUnits() {
    assertThat(texts("Aleppo’s east, about 7sq km"))
        .containsExactly("Aleppo", "’s", "east", ",", "about", "7", "sq", "km");
  }

  @Test
  void tokenize_keepsClockTimesAndOrdinalsWhole() {
    List<Token> tokens = tokenizer.tokenize("at 7:09 am on the 2nd day");
    assertThat(tokens).extracting(Token::text).contains("7:09", "2nd");
    assertThat(tokens.get(3).shape()).isEqualTo(Token.Shape.WORD);
  }

  @Test
  void tokenize_offsetsPointIntoText() {
    String text = "  More than 300 were killed.";
    for (Token t : tokenizer.tokenize(text)) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
    }
  }

  @Test
  void normalize_lowersAndStraightensQuotes() {
    assertThat(Tokenizer.normalize("“Shi’ite” – Dec")).isEqualTo("\"shi'ite\" - dec");
  }

  @Test
  void normalize_keepsAPlainLowerCaseWordAsItIs() {
    String word = "rebel-held";
    assertThat(Tokenizer.normalize(word)).isSameAs(word);
    assertThat(Tokenizer.normalize("UN-Run 'X'")).isEqualTo("un-run 'x'");
    assertThat(Tokenizer.normalize("\u0130stanbul"))
        .isEqualTo("\u0130stanbul".toLowerCase(java.util.Locale.ROOT));
  }
}
