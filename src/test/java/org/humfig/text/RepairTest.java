package org.humfig.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepairTest {

  private static final Repair REPAIR =
      new Repair(
          Set.of(
              "people",
              "were",
              "displaced",
              "fled",
              "between",
              "families",
              "still",
              "living",
              "camps",
              "around",
              "some",
              "internally",
              "person",
              "near",
              "pre-emptively",
              "her",
              "nor",
              "way"),
          Set.of("one", "two"),
          Set.of("in", "on", "at", "to", "of", "by", "as"));
  private static final Tokenizer TOKENIZER = new Tokenizer();

  private static String mend(String text) {
    List<Token> tokens = REPAIR.apply(TOKENIZER.tokenize(text));
    for (Token t : tokens) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
    }
    return String.join("|", tokens.stream().map(Token::norm).toList());
  }

  @ParameterizedTest
  @CsvSource({
    "peoplewere, people|were",
    "displacedin Aleppo, displaced|in|aleppo",
    "fledShirqat, fled|shirqat",
    "'between159,000', 'between|159,000'",
    "Around1.6 million, around|1.6|million",
    "stillliving inIDPcamps, still|living|in|idp|camps",
    "fami-lies, families",
    "inter-nally, internally",
    "someone, someone",
    "person, person",
    "therefore, therefore",
    "rebel-held, rebel-held",
    "werepre-emptively, were|pre-emptively",
    "somewell-known, somewell-known",
    "IDPcamps, idp|camps",
    "UNHCRpeople, unhcr|people",
    "xyzpeople, xyzpeople",
    "Kobanipeople, kobanipeople",
    "in Herat, in|herat",
    "herat, her|at",
    "Norway, norway",
    "norway, nor|way",
  })
  void apply_mendsGluedAndBrokenWords(String text, String expected) {
    assertThat(mend(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "DISPLACED People displaced, displaced|people|displaced",
    "familiesliving FamiliesLiving, families|living|families|living",
    "Peoplewere PEOPLEWERE, peoplewere|people|were",
  })
  void knownWordsInAnyCapitals_stayWhole_andAWordOtherTablesKnowIsStillMended(
      String text, String expected) {
    Words.add("familiesliving"); // known to the tables, not a word of the repair
    Words.add("peoplewere");
    assertThat(mend(text)).isEqualTo(expected);
  }
}
