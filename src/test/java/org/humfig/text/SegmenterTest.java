package org.humfig.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

  private final Segmenter segmenter = new Segmenter(PageConventions.english());

  private List<String> sentences(String text) {
    return segmenter.segment(text).stream().map(s -> s.text(text)).toList();
  }

  @Test
  void segment_splitsSentencesButNotAfterAbbreviations() {
    assertThat(
            sentences("On Dec. 11, 2016, Mr. Assad spoke. The U.S. said nothing. Then it rained."))
        .containsExactly(
            "On Dec. 11, 2016, Mr. Assad spoke.", "The U.S. said nothing.", "Then it rained.");
  }

  @Test
  void segment_readsTheUpdatesOfALiveStoryRunIntoOneLineApart_withoutTheirTimes() {
    String text =
        "The mayor says the current is swift. ___ 11:20 a.m. Floods are blamed for two deaths."
            + " *** 4 p.m. Police say three people are missing -- two of them children. ==="
            + " 9 o'clock news";
    assertThat(sentences(text))
        .containsExactly(
            "The mayor says the current is swift.",
            "Floods are blamed for two deaths.",
            "Police say three people are missing -- two of them children.",
            "9 o'clock news");
  }

  @Test
  void segment_splitsAListRunIntoOneLineAtItsBullets() {
    assertThat(sentences("KEY FIGURES: • 2.1 million displaced • 14,600 killed, per ACLED"))
        .containsExactly("KEY FIGURES:", "2.1 million displaced", "14,600 killed, per ACLED");
  }

  @Test
  void segment_keepsABulletedLineThatIsASentence() {
    String text =
        "KEY POINTS\n"
            + "• At least 40 civilians were killed in shelling on the town.\n"
            + "• Floods in the south\n"
            + "» Syria revokes citizenship of 700,000 people\n";
    assertThat(sentences(text))
        .containsExactly(
            "KEY POINTS", "At least 40 civilians were killed in shelling on the town.");
  }

  @Test
  void segment_skipsForumAndNavigationLines() {
    String text =
        "Thousands fled the city.\n"
            + "Today at 7:09 am by Rocky\n"
            + "» Syria revokes citizenship of 700,000 people\n"
            + "Also read: 300 killed elsewhere\n"
            + "skip to main content\n";
    assertThat(sentences(text)).containsExactly("Thousands fled the city.");
  }

  @Test
  void spaced_makesEachRunOfWhiteSpaceOneSpace() {
    for (String s :
        List.of("a b c", "a  b", "a\tb", "a \t\r\n b  c", "\u00A0a \u2003 b", "", "ab", " a ")) {
      assertThat(Segmenter.spaced(s)).as(s).isEqualTo(s.replaceAll("\\s+", " "));
    }
    String plain = "one two three";
    assertThat(Segmenter.spaced(plain)).isSameAs(plain);
  }

  @Test
  void segment_skipsFurnitureAfterTheFirstSentenceInAnyCase() {
    String text = "Thousands fled the city. ALSO READ: more news here.\n";
    assertThat(sentences(text)).containsExactly("Thousands fled the city.");
  }

  @Test
  void segment_skipsRepeatedParagraphs() {
    String text = "A caption of the siege.\nBody text here.\nA caption of the siege.\n";
    assertThat(sentences(text)).containsExactly("A caption of the siege.", "Body text here.");
  }

  @Test
  void segment_skipsRunsOfShortUnpunctuatedLines() {
    String text =
        "The body of the story.\nHeadline one\nHeadline two\nHeadline three\nHeadline four\nEnd of story.";
    assertThat(sentences(text)).containsExactly("The body of the story.", "End of story.");
  }

  @Test
  void segment_skipsTheLinksAfterAListHeading_howeverFew() {
    String text =
        "Floods have killed 40 people in the delta, officials said.\n"
            + "Related Stories\n"
            + "Landslide kills 7 in hill district (Aug 1)\n\n"
            + "Storm leaves 2,000 homeless\n"
            + "Flood survivor: 'They took everything'\n"
            + "Thousands flee fresh fighting in the north\n"
            + "Rescuers reached the last villages on Monday.\n"
            + "Most read:\n"
            + "12 killed as bus plunges into gorge\n"
            + "Also Read\n"
            + "\"We lost everything,\" said a farmer in the village.\n"
            + "Trending now\n"
            + "A second wave of rain is expected, and 300 more people were moved to camps.";
    assertThat(sentences(text))
        .containsExactly(
            "Floods have killed 40 people in the delta, officials said.",
            "Rescuers reached the last villages on Monday.",
            "\"We lost everything,\" said a farmer in the village.",
            "A second wave of rain is expected, and 300 more people were moved to camps.");
  }

  @Test
  void segment_keepsALineThatOnlyStartsLikeAListHeading() {
    String text = "Latest news from the camps\nFloods displaced 3,000 residents\nEnd of story.";
    assertThat(sentences(text))
        .containsExactly(
            "Latest news from the camps", "Floods displaced 3,000 residents", "End of story.");
  }

  @Test
  void segment_keepsTheCountsThatEndAHeadingBlock_notThoseOfASidebar() {
    String text =
        "Flash Update: Lake province\n"
            + "As of 3 March 2025\n\n"
            + "KEY FIGURES\n"
            + "120,000 people newly displaced since February\n"
            + "• 45 people killed in Lakeside town\n\n"
            + "Fighting spread to the south.\n"
            + "Top stories\n"
            + "12 killed in bus crash\n"
            + "Markets fall\n"
            + "Weather today\n"
            + "Sport\n"
            + "30 people flee floods";
    assertThat(sentences(text))
        .containsExactly(
            "Flash Update: Lake province",
            "As of 3 March 2025",
            "KEY FIGURES",
            "120,000 people newly displaced since February",
            "45 people killed in Lakeside town",
            "Fighting spread to the south.");
  }

  @Test
  void segment_keepsAKeyFigureBlockWhoseCountsAreSpacedInGroups() {
    String text =
        "SITUATION HIGHLIGHTS\n\n"
            + "9 million AFFECTED PEOPLE\n\n"
            + "640 000 REFUGEES\n\n"
            + "85 000 INTERNALLY DISPLACED\n\n"
            + "212 CIVILIAN INJURIES\n\n"
            + "97 CIVILIAN DEATHS\n\n"
            + "Main health concerns";
    assertThat(sentences(text))
        .containsExactly(
            "SITUATION HIGHLIGHTS",
            "9 million AFFECTED PEOPLE",
            "640 000 REFUGEES",
            "85 000 INTERNALLY DISPLACED",
            "212 CIVILIAN INJURIES",
            "97 CIVILIAN DEATHS",
            "Main health concerns");
  }

  @Test
  void segment_keepsQuoteWithItsSentence() {
    assertThat(sentences("He said: \"We have yet to respond.\" Then he left."))
        .containsExactly("He said: \"We have yet to respond.\"", "Then he left.");
  }

  @Test
  void segment_joinsHardWrappedLines() {
    String text =
        "Hundreds of houses were burned in this disaster\nthat caused the death of one person. 2,759 persons became\nhomeless and lost all of their\nbelongings.\nA new paragraph.\n";
    assertThat(sentences(text))
        .containsExactly(
            "Hundreds of houses were burned in this disaster\nthat caused the death of one person.",
            "2,759 persons became\nhomeless and lost all of their\nbelongings.",
            "A new paragraph.");
  }

  @Test
  void segment_keepsKeyFigureLines_andSkipsClockLines_whereverTheColonsAre() {
    String text =
        "Flood update\n"
            + "\u2022 \u2022 \u2022 \u2022 \u2022 \u2022 \u2022 \u2022 \u2022 \u2022 \u2022 Dead 12\n"
            + "Homes lost: 300\n"
            + "Roads were closed near the old bridge and the market for the day\n"
            + "Posted 10:45 by the desk\n"
            + "The rains eased by evening: crews cleared the roads.\n"
            + "Updated at 9:30\n";
    assertThat(sentences(text))
        .containsExactly(
            "Flood update",
            "Dead 12",
            "Homes lost: 300",
            "Roads were closed near the old bridge and the market for the day",
            "The rains eased by evening: crews cleared the roads.",
            "Updated at 9:30");
  }
}
