package org.humfig.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.humfig.document.Document;
import org.humfig.model.Figure;
import org.humfig.model.LocationPrecision;
import org.junit.jupiter.api.Test;

/** Where, when and who: each form of language that places, dates or attributes a figure. */
class ContextTest {

  private static final Extractor X = Extractor.english();
  private static final LocalDate SUNDAY = LocalDate.of(2016, 12, 11);

  private static List<Figure> extract(String text) {
    return X.extract(Document.of("doc", text, SUNDAY));
  }

  private static Figure one(String text) {
    List<Figure> figures = extract(text);
    assertThat(figures).hasSize(1);
    return figures.get(0);
  }

  @Test
  void place_cityCarriesItsDivisionCoordinatesAndGeonamesId() {
    Figure f = one("More than 300 people fled Mosul.");
    assertThat(f.location()).isEqualTo("Mosul");
    assertThat(f.countryCode()).isEqualTo("IRQ");
    assertThat(f.admin1()).isEqualTo("Nineveh");
    assertThat(f.latitude()).isBetween(36.0, 36.6);
    assertThat(f.longitude()).isBetween(42.9, 43.4);
    assertThat(f.geonamesId()).isEqualTo(99072);
    assertThat(f.locationPrecision()).isEqualTo(LocationPrecision.PLACE);
  }

  @Test
  void place_countryHasNoDivisionNorCoordinates() {
    Figure f = one("About 2,000 people were displaced in Chad.");
    assertThat(f.countryCode()).isEqualTo("TCD");
    assertThat(f.admin1()).isNull();
    assertThat(f.latitude()).isNull();
    assertThat(f.geonamesId()).isNull();
    assertThat(f.locationPrecision()).isEqualTo(LocationPrecision.COUNTRY);
  }
}
