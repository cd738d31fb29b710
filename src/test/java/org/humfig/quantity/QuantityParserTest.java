package org.humfig.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.humfig.model.Qualifier;
import org.humfig.model.Vocabulary;
import org.humfig.text.Tokenizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityParserTest {

  private static final QuantityParser PARSER = new QuantityParser(QuantityLexicon.english());
  private static final Tokenizer TOKENIZER = new Tokenizer();

  private static List<QuantitySpan> parse(String text) {
    return PARSER.parse(TOKENIZER.tokenize(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/quantities.csv", numLinesToSkip = 1)
  void parse_phrase_givesValueBoundsAndQualifier(
      String input, double value, Double low, Double high, String qualifier, String dimension) {
    List<QuantitySpan> spans = parse(input);
    assertThat(spans).as("quantities in '%s'", input).isNotEmpty();
    Quantity q = spans.get(0).quantity();
    assertThat(q.value()).as("value").isCloseTo(value, org.assertj.core.data.Offset.offset(1e-6));
    if (low == null) {
      assertThat(q.low()).as("low").isNull();
    } else {
      assertThat(q.low()).as("low").isCloseTo(low, org.assertj.core.data.Offset.offset(1e-6));
    }
    if (high == null) {
      assertThat(q.high()).as("high").isNull();
    } else {
      assertThat(q.high()).as("high").isCloseTo(high, org.assertj.core.data.Offset.offset(1e-6));
    }
    assertThat(q.qualifier()).isEqualTo(Vocabulary.parse(Qualifier.class, qualifier).orElseThrow());
    assertThat(q.dimension()).isEqualTo(Vocabulary.parse(Dimension.class, dimension).orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "7 people",
        "seven people",
        "twenty-one people",
        "dozens of people",
        "a million people",
        "half of the town",
        "tens of thousands",
        "a few people",
        "a handful of people",
        "a couple of people",
        "a dozen people",
        "a hundred people",
        "a half of the town",
        "a quarter of the town",
        "a tenth of the land",
        "half a million people"
      })
  void mayHold_aSentenceWithANumberOrNumberWord(String input) {
    assertThat(PARSER.mayHold(TOKENIZER.tokenize(input))).isTrue();
    assertThat(parse(input)).as("found").isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "the people fled the town",
        "Officials said so.",
        "",
        "A committee was set up a week ago.",
        "an hour later, the crowd came"
      })
  void mayHold_notAPlainSentence(String input) {
    assertThat(PARSER.mayHold(TOKENIZER.tokenize(input))).isFalse();
    assertThat(parse(input)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "7:09 am",
        "12/10/24",
        "the 2nd day",
        "the man",
        "a manhunt",
        "many people",
        "half"
      })
  void parse_nonNumber_findsNothing(String input) {
    assertThat(parse(input)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void parse_spanCoversQualifierAndUnit() {
    List<QuantitySpan> spans = parse("they hold more than 85% of it");
    assertThat(spans).hasSize(1);
    QuantitySpan s = spans.get(0);
    assertThat(s.start()).isEqualTo(2);
    assertThat(s.end()).isEqualTo(6);
    assertThat(s.number()).isEqualTo(4);
  }

  @org.junit.jupiter.api.Test
  void parse_fromXtoY_isNotARange() {
    List<QuantitySpan> spans = parse("the toll rose from 200 to 300");
    assertThat(spans).extracting(s -> s.quantity().value()).containsExactly(200.0, 300.0);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"On March 12, 300 people fled", "ages 2, 120, 145", "Kano 12, 150 died"})
  void parse_strayGroupAfterADateOrInAList_staysApart(String input) {
    assertThat(parse(input))
        .extracting(s -> s.quantity().value())
        .doesNotContain(12300.0, 2120.0, 12150.0);
  }

  @org.junit.jupiter.api.Test
  void parseDigits_rejectsMalformedGrouping() {
    assertThat(PARSER.digitsValue("1,2,3", true)).isNull();
    assertThat(PARSER.digitsValue("1,234,56", true)).isNull();
    assertThat(PARSER.digitsValue("1,53,211", true)).isEqualTo(153211.0);
    assertThat(PARSER.digitsValue("000", true)).isNull();
    assertThat(PARSER.digitsValue("1.234.5", true)).isNull();
  }

  /**
   * The parse skips the words no quantity can start with: it must find what trying every token
   * finds, on every phrase of the table and in a sentence around it.
   */
  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/quantities.csv", numLinesToSkip = 1)
  void parse_findsWhatEveryTokenTriedFinds(String input) {
    for (String text : List.of(input, "Officials said on Monday that " + input + " had fled.")) {
      List<org.humfig.text.Token> tokens = TOKENIZER.tokenize(text);
      List<QuantitySpan> expected = new java.util.ArrayList<>();
      for (int i = 0; i < tokens.size(); ) {
        java.util.Optional<QuantitySpan> span = PARSER.parseAt(tokens, i);
        if (span.isPresent()) {
          expected.add(span.get());
          i = span.get().end();
        } else {
          i++;
        }
      }
      assertThat(PARSER.parse(tokens)).as(text).isEqualTo(expected);
    }
  }
}
