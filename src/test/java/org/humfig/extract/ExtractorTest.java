package org.humfig.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.humfig.document.Document;
import org.humfig.model.Figure;
import org.humfig.model.Metric;
import org.humfig.model.Qualifier;
import org.humfig.model.Unit;
import org.junit.jupiter.api.Test;

class ExtractorTest {

  private static final Extractor X = Extractor.english();
  private static final LocalDate SUNDAY = LocalDate.of(2016, 12, 11);

  private static List<Figure> extract(String text) {
    return X.extract(Document.of("doc", text, SUNDAY));
  }

  @Test
  void extract_evidenceOffsetsSliceTheSentence() {
    String text =
        "Title line\n\nIntro here. At least 12 people were killed in Aleppo on Sunday. More text.";
    List<Figure> figures = extract(text);
    assertThat(figures).hasSize(1);
    Figure f = figures.get(0);
    assertThat(text.substring(f.evidenceStart(), f.evidenceEnd())).isEqualTo(f.evidence());
    assertThat(f.evidence()).isEqualTo("At least 12 people were killed in Aleppo on Sunday.");
    assertThat(f.metric()).isEqualTo(Metric.KILLED);
    assertThat(f.qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(f.location()).isEqualTo("Aleppo");
    assertThat(f.dateStart()).isEqualTo(SUNDAY);
    assertThat(f.ruleId()).isEqualTo("killed.passive");
  }

  @Test
  void extract_idsAreStableAcrossRuns() {
    String text = "More than 300 people have been killed, according to monitors.";
    assertThat(extract(text))
        .extracting(Figure::id)
        .isEqualTo(extract(text).stream().map(Figure::id).toList());
  }

  @Test
  void extract_headlineRestatementIsOneFigure() {
    String text =
        "300 killed in Aleppo\n\nMore than 300 people were killed in Aleppo, monitors said.";
    List<Figure> figures = extract(text);
    assertThat(figures).hasSize(1);
    assertThat(figures.get(0).attributedTo()).isEqualTo("monitors");
  }

  @Test
  void extract_notFigures() {
    assertThat(
            extract(
                "Russian warplanes conducted 64 air strikes. A force of more than 4,000 fighters attacked."
                    + " Palmyra is 200 km to the southeast. The deal would be implemented over a 48-hour period."
                    + " The government allocated 800 billion dinars. No one was killed."))
        .isEmpty();
  }

  @Test
  void extract_householdsAndAreas() {
    List<Figure> f =
        extract("About 5,000 families were displaced. Rebels hold about 7 square kilometres.");
    assertThat(f).extracting(Figure::unit).containsExactly(Unit.HOUSEHOLDS, Unit.KM2);
  }

  @Test
  void extract_cityAnaphorResolvesToLastCity() {
    List<Figure> f =
        extract("Fighting raged in Aleppo. An estimated 120,000 people have fled the city's east.");
    assertThat(f).singleElement().extracting(Figure::location).isEqualTo("eastern Aleppo");
  }

  @Test
  void extract_hedgedFigureHasLowerConfidence() {
    List<Figure> sure = extract("About 5,000 people were displaced.");
    List<Figure> hedged = extract("About 5,000 people could be displaced.");
    assertThat(hedged.get(0).confidence()).isLessThan(sure.get(0).confidence());
  }

  @Test
  void extract_insertionIsLookedThrough() {
    List<Figure> f =
        extract(
            "The Syrian Observatory for Human Rights, a war monitoring group, said more than 120,000 civilians had fled.");
    assertThat(f)
        .singleElement()
        .extracting(Figure::attributedTo)
        .isEqualTo("Syrian Observatory for Human Rights");
  }

  @Test
  void extract_withoutPublishedDate_leavesRelativeDatesEmpty() {
    List<Figure> f =
        X.extract(Document.of("doc", "At least 12 people were killed on Sunday.", null));
    assertThat(f).singleElement().satisfies(x -> assertThat(x.dateStart()).isNull());
  }

  @Test
  void extract_unknownPublishedDateAndNoFullDate_readsDayAndMonthInTheLatestYearGiven() {
    String text =
        "During 2018 the caseload grew. By 14 November, 6,200 people had fled the valley. The"
            + " rains began on Tuesday, and 40 more people were displaced since 2015.";
    List<Figure> f = X.extract(Document.of("doc", text, null));
    assertThat(f).extracting(Figure::value).containsExactly(6200.0, 40.0);
    assertThat(f.get(0).dateStart()).isEqualTo(java.time.LocalDate.of(2018, 11, 14));
    assertThat(f.get(0).notes()).contains("2018-12-31, the end of the latest month or year");
    assertThat(f.get(1).dateStart()).as("since 2015: to a day the text does not give").isNull();
  }

  @Test
  void extract_unknownPublishedDate_readsAPageTimestampWithItsTime() {
    String text = "2016-12-06T10:45:00Z\nAt least 20 people were killed on Monday, officials said.";
    List<Figure> f = X.extract(Document.of("doc", text, null));
    assertThat(f)
        .singleElement()
        .satisfies(x -> assertThat(x.dateStart()).isEqualTo(java.time.LocalDate.of(2016, 12, 5)));
  }

  @Test
  void extract_unknownPublishedDateAndNoFullDate_placesNoWeekday() {
    String text = "In 2007 a cyclone hit the coast. On Friday, 13 people were confirmed dead.";
    List<Figure> f = X.extract(Document.of("doc", text, null));
    assertThat(f).singleElement().satisfies(x -> assertThat(x.dateStart()).isNull());
  }

  @Test
  void extract_unknownPublishedDate_isInferredFromTheTextAndSaidSo() {
    String text =
        "A video taken on Dec. 11, 2016, shows the city. At least 12 people were killed on Sunday.";
    List<Figure> f = X.extract(Document.of("doc", text, null));
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.dateStart()).isEqualTo(SUNDAY);
              assertThat(x.publishedDate()).isNull();
              assertThat(x.notes()).contains("publication date unknown").contains("2016-12-11");
            });
  }

  @Test
  void extract_countryCodeComesFromTheGazetteer() {
    assertThat(extract("More than 300 people fled Mosul."))
        .singleElement()
        .extracting(Figure::countryCode)
        .isEqualTo("IRQ");
  }

  @Test
  void extract_householdsGetAnEstimateInPeople() {
    Extractor six = new Extractor(X.rules(), new Extractor.Settings(6));
    Figure f = six.extract(Document.of("d", "About 500 families were displaced.", SUNDAY)).get(0);
    assertThat(f.householdSize()).isEqualTo(6.0);
    assertThat(f.valuePeople()).isEqualTo(3000.0);
    assertThat(f.notes()).contains("6 per household");
  }

  @org.junit.jupiter.api.Test
  void extract_documentLanguage_selectsItsPack() {
    String text = "Au moins 12 personnes ont été tuées et 1,5 million de personnes déplacées.";
    Document fr =
        Document.of("fr", text, java.time.LocalDate.of(2016, 12, 11)).withLanguage("fr-FR");
    assertThat(X.extract(fr))
        .extracting(f -> f.metric().id() + " " + f.value())
        .containsExactly("killed 12.0", "displaced 1500000.0");
    assertThat(X.extract(Document.of("en", text, null))).isEmpty();
    Document de = Document.of("de", "At least 12 people were killed.", null).withLanguage("de");
    assertThat(X.extract(de)).hasSize(1);
  }

  @org.junit.jupiter.api.Test
  void packs_code_readsThePrimarySubtag() {
    assertThat(org.humfig.text.Packs.code("fr_CA")).isEqualTo("fr");
    assertThat(org.humfig.text.Packs.code("EN-gb")).isEqualTo("en");
    assertThat(org.humfig.text.Packs.code("de")).isEqualTo(org.humfig.text.Packs.defaultCode());
    assertThat(org.humfig.text.Packs.code(null)).isEqualTo("en");
    assertThat(org.humfig.text.Packs.codes()).contains("en", "fr");
  }
}
