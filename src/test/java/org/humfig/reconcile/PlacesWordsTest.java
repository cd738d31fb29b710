package org.humfig.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one-pass reading of ASCII place names and evidence finds the words the expressions find. */
class PlacesWordsTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "",
        " ",
        "Aleppo",
        "eastern Aleppo's old city",
        "The Hague",
        "the",
        "THE PEOPLE'S REPUBLIC",
        "rebel-held east - and west",
        "ab's-cd",
        "it's_x",
        "x'sy's",
        "'s",
        "''s'",
        "O'Brien's",
        "10,000 people (2,000 families) fled on 3/4 May.",
        "a__b  c\tD\n-e-"
      })
  void asciiWords_areThoseOfTheExpressions(String text) {
    assertThat(Places.asciiWords(text)).isEqualTo(Places.patternWords(text));
  }

  @Test
  void asciiWords_onRandomText_areThoseOfTheExpressions() {
    Random random = new Random(7);
    String alphabet = "aAsS'-_ .,0T9he";
    for (int k = 0; k < 20_000; k++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      assertThat(Places.asciiWords(text)).as("'%s'", text).isEqualTo(Places.patternWords(text));
    }
  }

  @Test
  void plainWords_withNewsPunctuation_areThoseOfTheExpressionsAfterAccentsGoOff() {
    Random random = new Random(11);
    String alphabet = "aAsS'-_ .0T\u2018\u2019\u201C\u201D\u2013\u2014\u2026\u00AB\u00BB\u00A0";
    for (int k = 0; k < 20_000; k++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      assertThat(Places.plain(text)).isTrue();
      String bare =
          java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
              .replaceAll("\\p{M}+", "");
      assertThat(Places.words(text)).as("'%s'", text).isEqualTo(Places.patternWords(bare));
    }
    assertThat(Places.plain("Z\u00FCrich")).isFalse();
    assertThat(Places.words("Z\u00FCrich \u2014 Kyiv\u2019s east"))
        .containsExactly("zurich", "kyiv", "east");
  }
}
