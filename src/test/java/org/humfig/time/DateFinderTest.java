package org.humfig.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.humfig.model.DatePrecision;
import org.humfig.text.Tokenizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {

  /** A Sunday. */
  private static final LocalDate REF = LocalDate.of(2016, 12, 11);

  private final DateFinder finder = new DateFinder();
  private final Tokenizer tokenizer = new Tokenizer();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'It happened on Sunday.', 2016-12-11, 2016-12-11, day",
    "'It happened late Saturday.', 2016-12-10, 2016-12-10, day",
    "'It happened last Sunday.', 2016-12-04, 2016-12-04, day",
    "'It happened yesterday.', 2016-12-10, 2016-12-10, day",
    "'They fled since midnight.', 2016-12-11, 2016-12-11, day",
    "'Strikes overnight hit them.', 2016-12-10, 2016-12-11, day",
    "'They fled in the past two weeks.', 2016-11-27, 2016-12-11, week",
    "'The UN said earlier this week.', 2016-12-05, 2016-12-11, week",
    "'They fled in recent days.', 2016-12-04, 2016-12-11, week",
    "'Taken on Dec. 11, 2016, from a video.', 2016-12-11, 2016-12-11, day",
    "'The offensive began on November 26.', 2016-11-26, 2016-11-26, day",
    "'It began on 26 November 2016.', 2016-11-26, 2016-11-26, day",
    "'IS seized Palmyra in May 2015.', 2015-05-01, 2015-05-31, month",
    "'Fighters captured it in 2012.', 2012-01-01, 2012-12-31, year",
    "'Cut off since July by a siege.', 2016-07-01, 2016-12-11, month",
    "'Between 1 January and 10 March 2016 they fled.', 2016-01-01, 2016-03-10, day",
    "'A victory there in March.', 2016-03-01, 2016-03-31, month",
    "'Between 3 and 9 October 2016 they fled.', 2016-10-03, 2016-10-09, day",
    "'From 28 September to 4 October 2016, 200 fled.', 2016-09-28, 2016-10-04, day",
    "'Update, 25 November – 6 December 2016.', 2016-11-25, 2016-12-06, day",
    "'Update, 28 December – 6 January 2017.', 2016-12-28, 2017-01-06, day",
    "'Floods on 4-9 August 2016 struck.', 2016-08-04, 2016-08-09, day",
    "'Floods from August 4 to 9, 2016 struck.', 2016-08-04, 2016-08-09, day",
    "'Fighting between 2012 and 2014 forced them out.', 2012-01-01, 2014-12-31, year",
    "'The report covers 2 to 8 December.', 2016-12-02, 2016-12-08, day",
    "'Thousands fled over the weekend.', 2016-12-10, 2016-12-11, day",
    "'They fled two days ago.', 2016-12-09, 2016-12-09, day",
    "'They fled three weeks ago.', 2016-11-14, 2016-11-20, week",
    "'They fled a month ago.', 2016-11-01, 2016-11-30, month",
    "'They fled in mid-May.', 2016-05-11, 2016-05-20, week",
    "'They fled in mid-2015.', 2015-04-01, 2015-09-30, year",
    "'In March this year they fled.', 2016-03-01, 2016-03-31, month",
    "'In March last year they fled.', 2015-03-01, 2015-03-31, month",
    "'They fled since the war began in 2011.', 2011-01-01, 2016-12-11, year",
    "'They fled since a harsh crackdown in the northern hill districts began in August 2015.', 2015-08-01, 2016-12-11, month",
    "'They fled since fighting erupted in April.', 2016-04-01, 2016-12-11, month",
    "'They fled since clashes broke out in the hills on 3 May.', 2016-05-03, 2016-12-11, day",
    "'They fled since the beginning of 2015.', 2015-01-01, 2016-12-11, year",
    "'They fled since late last year.', 2015-01-01, 2016-12-11, year",
    "'They fled since the start of the year.', 2016-01-01, 2016-12-11, year",
    "'They fled since mid-July.', 2016-07-11, 2016-12-11, week",
    "'As of 26/05/2016, they had fled.', 2016-05-26, 2016-05-26, day",
    "'As of 05/26/2016, they had fled.', 2016-05-26, 2016-05-26, day",
    "'As of 03.05.2016, they had fled.', 2016-05-03, 2016-05-03, day",
    "'As of 2016/05/03, they had fled.', 2016-05-03, 2016-05-03, day",
    "'They fled on May 26th.', 2016-05-26, 2016-05-26, day",
    "'They fled in the past fortnight.', 2016-11-27, 2016-12-11, week",
    "'They fled a fortnight ago.', 2016-11-21, 2016-11-27, week",
    "'They fled on the 26th of May.', 2016-05-26, 2016-05-26, day",
    "'They fled between January and March.', 2016-01-01, 2016-03-31, month",
    "'They fled between Friday and Sunday.', 2016-12-09, 2016-12-11, day",
    "'Rains on Tuesday and Wednesday killed 45.', 2016-12-06, 2016-12-07, day",
    "'Teams treated 300 wounded from Sunday to Wednesday.', 2016-12-04, 2016-12-07, day",
    "'They fled from November to February.', 2015-11-01, 2016-02-29, month",
    "'They fled between late February and early April 2015.', 2015-02-01, 2015-04-30, month",
    "'They fled between January 2014 and March 2015.', 2014-01-01, 2015-03-31, month",
    "'In January-March 2015 they fled.', 2015-01-01, 2015-03-31, month",
    "'In the first quarter of 2015 they fled.', 2015-01-01, 2015-03-31, month",
    "'In the second half of last year they fled.', 2015-07-01, 2015-12-31, month",
    "'They fled between October and December.', 2016-10-01, 2016-12-11, month",
    "'They fled in 2016.', 2016-01-01, 2016-12-11, year",
    "'They fled a day earlier.', 2016-12-10, 2016-12-10, day",
    "'They fled in mid-April last year.', 2015-04-11, 2015-04-20, week",
    "'They fled in the week to 9 December.', 2016-12-03, 2016-12-09, week",
    "'They fled in the week ending December 9.', 2016-12-03, 2016-12-09, week",
    "'They fled on Thursday last week.', 2016-12-01, 2016-12-01, day",
    "'They fled earlier in the week.', 2016-12-05, 2016-12-11, week",
    "'They fled in early November.', 2016-11-01, 2016-11-10, week",
    "'They fled in late February 2015.', 2015-02-21, 2015-02-28, week",
    "'Posted 2016-12-09T10:45:00Z by staff.', 2016-12-09, 2016-12-09, day",
    "'They fled between late November 2015 and mid-March.', 2015-11-01, 2016-03-20, month",
    "'They fled between January and mid-March.', 2016-01-01, 2016-03-20, month",
    "'They fled since fighting erupted in mid-April last year.', 2015-04-11, 2016-12-11, week",
  })
  void find_placesExpressionOnCalendar(
      String text, LocalDate start, LocalDate end, String precision) {
    List<TimeSpan> spans = finder.find(tokenizer.tokenize(text), REF);
    assertThat(spans).as(text).hasSize(1);
    Period p = spans.get(0).period();
    assertThat(p.start()).isEqualTo(start);
    assertThat(p.end()).isEqualTo(end);
    assertThat(p.precision().id()).isEqualTo(precision);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'Two died on Friday, a day after 14 were killed.', 1, 2016-12-08",
    "'A day after 14 were killed, two died on Friday.', 0, 2016-12-08",
    "'Rain on Tuesday killed 30, a week after a landslide killed 12.', 1, 2016-11-29",
    "'Five died on Monday and two days later 8 more.', 1, 2016-12-07",
  })
  void find_shiftCountsFromTheDayTheSentenceNames(String text, int index, LocalDate day) {
    List<TimeSpan> spans = finder.find(tokenizer.tokenize(text), REF);
    assertThat(spans).as(text).hasSize(2);
    assertThat(spans.get(index).period()).isEqualTo(Period.day(day));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'On Friday, a week after the attack, 30 were still in hospital.', 1",
    "'Rescuers found 12 bodies a day after the landslide.', 0",
  })
  void find_shiftOfAnAsideOrWithoutADayIsNoTime(String text, int times) {
    assertThat(finder.find(tokenizer.tokenize(text), REF)).as(text).hasSize(times);
  }

  @org.junit.jupiter.api.Test
  void find_withoutReference_findsButDoesNotPlaceRelativeTimes() {
    List<TimeSpan> spans = finder.find(tokenizer.tokenize("They fled on Sunday."), null);
    assertThat(spans).hasSize(1);
    assertThat(spans.get(0).period().placed()).isFalse();
    assertThat(spans.get(0).period().precision()).isEqualTo(DatePrecision.UNKNOWN);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'On 20 December, 40 people fled.', 2016-12-20",
    "'They fled on 3 March.', 2016-03-03",
  })
  void find_againstADateFromTheText_yearlessDatesStayInItsYear(String text, LocalDate day) {
    List<TimeSpan> spans = finder.find(tokenizer.tokenize(text), REF, true);
    assertThat(spans).hasSize(1);
    assertThat(spans.get(0).period().start()).isEqualTo(day);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'Since the storm hit, 200 people fled.'",
    "'Since 300 people were killed, the town is empty.'",
    "'They met mid-way.'",
    "'The town hosts 300 people a week.'",
    "'Version 2.5.1 of the app came out.'",
    "'Some 3.000.000 people fled.'"
  })
  void find_sinceWithoutADateAndOtherLookalikesAreNotPeriods(String text) {
    assertThat(finder.find(tokenizer.tokenize(text), REF)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void find_weekendOnASaturday_endsOnTheReference() {
    List<TimeSpan> spans =
        finder.find(tokenizer.tokenize("They fled at the weekend."), LocalDate.of(2016, 12, 10));
    assertThat(spans).hasSize(1);
    assertThat(spans.get(0).period().start()).isEqualTo(LocalDate.of(2016, 12, 10));
    assertThat(spans.get(0).period().end()).isEqualTo(LocalDate.of(2016, 12, 10));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'Between 200 and 300 people fled.'", "'About 10-15 people were hurt.'"})
  void find_numberRangesAreNotPeriods(String text) {
    assertThat(finder.find(tokenizer.tokenize(text), REF)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void find_modalMayIsNotAMonth() {
    assertThat(finder.find(tokenizer.tokenize("Thousands may flee."), REF)).isEmpty();
  }

  /**
   * The finder passes over words no time expression starts with: it must find what trying every
   * token finds.
   */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "It happened on Sunday.",
        "It happened late Saturday.",
        "It happened last Sunday.",
        "It happened yesterday.",
        "They fled since midnight.",
        "Strikes overnight hit them.",
        "They fled in the past two weeks.",
        "The UN said earlier this week.",
        "They fled in recent days.",
        "Taken on Dec. 11, 2016, from a video.",
        "The offensive began on November 26.",
        "It began on 26 November 2016.",
        "IS seized Palmyra in May 2015.",
        "Fighters captured it in 2012.",
        "Cut off since July by a siege.",
        "Between 1 January and 10 March 2016 they fled.",
        "A victory there in March.",
        "Between 3 and 9 October 2016 they fled.",
        "From 28 September to 4 October 2016, 200 fled.",
        "Update, 25 November – 6 December 2016.",
        "Update, 28 December – 6 January 2017.",
        "Floods on 4-9 August 2016 struck.",
        "Floods from August 4 to 9, 2016 struck.",
        "Fighting between 2012 and 2014 forced them out.",
        "The report covers 2 to 8 December.",
        "Thousands fled over the weekend.",
        "They fled two days ago.",
        "They fled three weeks ago.",
        "They fled a month ago.",
        "They fled in mid-May.",
        "They fled in mid-2015.",
        "In March this year they fled.",
        "In March last year they fled.",
        "They fled since the war began in 2011.",
        "They fled since a harsh crackdown in the northern hill districts began in August 2015.",
        "They fled since fighting erupted in April.",
        "They fled since clashes broke out in the hills on 3 May.",
        "They fled since the beginning of 2015.",
        "They fled since the start of the year.",
        "They fled since mid-July.",
        "They fled two weeks ago.",
        "Fighting since the war began in 2011 drove them out.",
        "The floods of mid-May and mid-2018 hit them.",
        "It happened on Sunday morning, 3 days ago, in Aleppo.",
        "Since the beginning of 2016, 40 people died.",
        "Rains in March last year and 1-10 January 2024.",
        "They fled on the 26th of May and between January and March.",
        "In January-March 2015 and the first quarter of 2016 they fled.",
        "As of 26/05/2016, in the past fortnight, they fled since late last year.",
        "Two died on Friday, a day after 14 were killed, and a day earlier 3.",
        "They fled in mid-April last year and mid-May.",
        "They fled in the week to 9 December and on Thursday last week.",
        "They fled between late November 2015 and mid-March, and in early May.",
      })
  void find_findsWhatEveryTokenTriedFinds(String text) {
    List<org.humfig.text.Token> tokens = tokenizer.tokenize(text);
    for (LocalDate ref : java.util.Arrays.asList(REF, null)) {
      for (boolean fromText : new boolean[] {false, true}) {
        assertThat(finder.find(tokens, ref, fromText))
            .as(text)
            .isEqualTo(finder.findTryingEvery(tokens, ref, fromText));
      }
    }
  }
}
