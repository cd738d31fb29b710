package org.humfig.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlacesAndPopulationsTest {

  private final Places places = Places.english();
  private final Populations populations = Populations.english();

  @Test
  void placeKey_byGazetteerIdWhereKnown_withItsDirection() {
    assertThat(places.key("east Aleppo", "SYR", "170063")).isEqualTo("gn:170063/eastern");
    assertThat(places.key("eastern Aleppo", "SYR", "170063")).isEqualTo("gn:170063/eastern");
    assertThat(places.key("Aleppo", "SYR", "170063")).isEqualTo("gn:170063");
  }

  @Test
  void placeKey_elseCountryAndNormalisedName() {
    assertThat(places.key("East  Aleppo", "syr", null)).isEqualTo("SYR/eastern aleppo");
    assertThat(places.key("the city's east", "SYR", null)).isEqualTo("SYR/city eastern");
    assertThat(places.key("Derna", "LBY", null)).isEqualTo("LBY/derna");
    assertThat(places.key("Déraa", null, null)).isEqualTo("/deraa");
    assertThat(places.key(" ", "SYR", null)).isNull();
    assertThat(places.key(null, null, null)).isNull();
  }

  @Test
  void populations_everyoneArmedOrNarrowerGroups() {
    assertThat(populations.classOf("civilians")).isEqualTo("people");
    assertThat(populations.classOf("")).isEqualTo("people");
    assertThat(populations.classOf(null)).isEqualTo("people");
    assertThat(populations.classOf("Syrian residents")).isEqualTo("people");
    assertThat(populations.classOf("militants")).isEqualTo("armed");
    assertThat(populations.classOf("pro-government fighters")).isEqualTo("armed");
    assertThat(populations.classOf("Syrian men and boys")).isEqualTo("children+men");
    assertThat(populations.classOf("aid workers")).isEqualTo("aid workers");
    assertThat(populations.classOf("women and children")).isEqualTo("children+women");
  }

  @Test
  void fingerprint_tellsReprintsFromOtherTexts() {
    String a =
        "Government forces have taken more than 80 percent of the rebel-held east of the city, the army said.";
    String b =
        "Government forces have taken more than 80 percent of the rebel held east of the city, the army said on Sunday.";
    String c =
        "The army now controls four fifths of the eastern districts, a monitoring group reported.";
    long[] fa = Fingerprint.of(a);
    long[] fb = Fingerprint.of(b);
    long[] fc = Fingerprint.of(c);
    assertThat(Fingerprint.same(fa[0], fa[1], fb[0], fb[1])).isTrue();
    assertThat(Fingerprint.same(fa[0], fa[1], fc[0], fc[1])).isFalse();
    long[] none = Fingerprint.of("");
    assertThat(Fingerprint.same(none[0], none[1], none[0], none[1])).isFalse();
    long[] shortText = Fingerprint.of("12 killed");
    assertThat(Fingerprint.same(shortText[0], shortText[1], shortText[0], shortText[1])).isTrue();
  }
}
