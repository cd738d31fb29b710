package org.humfig.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  @Test
  void splitsLinesAsBufferedReaderDoes() {
    for (String text :
        List.of(
            "",
            "a",
            "a\n",
            "a\nb",
            "a\n\nb\n",
            "\n\n",
            "a\r\nb\r\n",
            "a\rb\r",
            "a\r\rb",
            "a\r\n\r\nb",
            "a\n\rb",
            "name\tkind\r\nAleppo\tcity")) {
      assertThat(Gazetteer.split(text))
          .as(text)
          .isEqualTo(new BufferedReader(new StringReader(text)).lines().toList());
    }
  }

  @Test
  void readsAGazetteerWhateverItsLineEnds() throws IOException {
    String unix =
        "name\tkind\tcountry_code\tadmin1\tpopulation\tlatitude\tlongitude\tplace_id\n"
            + "Tarnow\tcity\tPOL\tLesser Poland\t110000\t50.01\t20.98\tgeonames:1\n";
    for (String text : List.of(unix, unix.replace("\n", "\r\n"))) {
      Gazetteer g = Gazetteer.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
      List<PlaceMention> found =
          g.find(new org.humfig.text.Tokenizer().tokenize("Floods hit Tarnow on Monday."));
      assertThat(found).hasSize(1);
      assertThat(found.get(0).candidates().get(0).population()).isEqualTo(110000);
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "'Clashes in North Kivu forced them out.', North Kivu, COD",
    "'Clashes in north Kivu forced them out.', north Kivu, COD",
    "'Rains hit Central Java on Monday.', Central Java, IDN",
    "'Rains hit central Java on Monday.', central Java, IDN",
    "'They fled Upper Nile.', Upper Nile, SSD",
    "'They fled upper Nile.', upper Nile, SSD",
  })
  void findsANameWrittenInEitherCapitalsOfItsVariant(String text, String name, String country) {
    List<PlaceMention> found =
        Gazetteer.bundled().find(new org.humfig.text.Tokenizer().tokenize(text));
    assertThat(found).as(text).hasSize(1);
    assertThat(found.get(0).text()).isEqualTo(name);
    assertThat(found.get(0).candidates().get(0).countryCode()).isEqualTo(country);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "'Fighting spread across Darfur.', Darfur, SDN, ADMIN1",
    "'Shelling hit the Donbas overnight.', Donbas, UKR, ADMIN1",
    "'Floods hit Mindanao.', Mindanao, PHL, ADMIN1",
    "'Strikes hit Gaza overnight.', Gaza, PSE, ADMIN1",
    "'Strikes hit the Gaza Strip.', Gaza Strip, PSE, ADMIN1",
    "'Raids went on in the West Bank.', West Bank, PSE, ADMIN1",
    "'Strikes hit Gaza City.', Gaza City, PSE, CITY",
    "'Floods hit Gaza province in Mozambique.', Gaza province, MOZ, ADMIN1",
    "'Clashes went on in Salahuddin.', Salahuddin, IRQ, ADMIN1",
    "'Gunmen killed 11 farmers in Plateau state.', Plateau state, NGA, ADMIN1",
    "'Floods hit Rivers state.', Rivers state, NGA, ADMIN1",
    "'A quake struck Jajarkot.', Jajarkot, NPL, ADMIN2",
    "'Landslides hit Rangamati.', Rangamati, BGD, ADMIN2",
    "'A quake struck Al Haouz province.', Al Haouz, MAR, ADMIN2",
    "'Clashes near Gedaref.', Gedaref, SDN, CITY",
  })
  void findsTheRegionsAndTerritoriesNewsNames(
      String text, String name, String country, Place.Kind kind) {
    PlaceMention found =
        Gazetteer.bundled().find(new org.humfig.text.Tokenizer().tokenize(text)).get(0);
    assertThat(found.text()).isEqualTo(name);
    assertThat(found.candidates().get(0).countryCode()).isEqualTo(country);
    assertThat(found.candidates().get(0).kind()).isEqualTo(kind);
  }
}
