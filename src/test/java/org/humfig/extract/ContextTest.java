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

  private static Figure find(List<Figure> figures, double value) {
    return figures.stream().filter(f -> f.value() == value).findFirst().orElseThrow();
  }

  @Test
  void date_incidentWithoutADayTakesTheDayTheLeadNames() {
    List<Figure> figures =
        extract(
            "Shelling killed nine villagers on Friday, a local official said.\n\n"
                + "A second strike on the market killed four traders.");
    Figure second = find(figures, 4);
    assertThat(second.dateStart()).isEqualTo(LocalDate.of(2016, 12, 9));
    assertThat(second.dateEnd()).isEqualTo(LocalDate.of(2016, 12, 9));
    assertThat(second.notes()).contains("date from the story").contains("on Friday");
  }

  @Test
  void date_runningTotalWithoutADayTakesThePublicationDate() {
    List<Figure> figures =
        extract(
            "Floods swept through the valley on Friday, officials said.\n\n"
                + "The death toll has risen to 120, the ministry said.\n\n"
                + "About 3,000 people remain displaced.");
    assertThat(find(figures, 120).dateStart()).isEqualTo(SUNDAY);
    assertThat(find(figures, 3000).dateStart()).isEqualTo(SUNDAY);
    assertThat(find(figures, 3000).notes()).contains("publication date");
  }

  @Test
  void date_theDayOfTheReportDatesItsStocks() {
    List<Figure> figures =
        extract(
            "Some 4,000 families are sheltering in schools, the agency said late Thursday.\n\n"
                + "Around 900 people have sought refuge in the stadium.");
    assertThat(find(figures, 900).dateStart()).isEqualTo(LocalDate.of(2016, 12, 8));
  }

  @Test
  void date_asOfInTheTitleDatesTheReport() {
    Figure f =
        X.extract(
                Document.of(
                    "d",
                    "Flood situation overview (as of 3 May 2019)\n\n"
                        + "More than 40,000 people remain displaced across the delta.",
                    null))
            .get(0);
    assertThat(f.dateStart()).isEqualTo(LocalDate.of(2019, 5, 3));
  }

  @Test
  void date_datelineGivesThePublicationDateWhenNothingElseDoes() {
    Figure f =
        X.extract(
                Document.of(
                    "d",
                    "Updated: 2011-03-14 09:10 NAIROBI -- About 2,500 people have fled the"
                        + " fighting, aid workers said.",
                    null))
            .get(0);
    assertThat(f.dateStart()).isEqualTo(LocalDate.of(2011, 3, 14));
    assertThat(f.notes()).contains("dateline");
  }

  @Test
  void date_theDatelinesDayIsNotTheDayOfAnIncidentAfterIt() {
    Figure f =
        one(
            "KHARTOUM, Dec 11 (Reuters) - Gunmen killed 40 villagers in an attack on a market in"
                + " the east of the state late on Friday, a local group said.");
    assertThat(f.dateStart()).isEqualTo(LocalDate.of(2016, 12, 9));
    assertThat(f.dateEnd()).isEqualTo(LocalDate.of(2016, 12, 9));
  }

  @Test
  void date_theDayOfTheReportIsNotTheDayOfTheIncident() {
    Figure f =
        one(
            "Gunmen killed 40 villagers in an attack on a market in the east of the state on"
                + " Thursday, a local group said on Saturday.");
    assertThat(f.dateStart()).isEqualTo(LocalDate.of(2016, 12, 8));
    Figure opening =
        one("Over the weekend, clashes killed 23 civilians, the mission said on Monday.");
    assertThat(opening.dateStart()).isEqualTo(LocalDate.of(2016, 12, 10));
    assertThat(opening.dateEnd()).isEqualTo(SUNDAY);
  }

  @Test
  void date_aReportDayStillDatesARunningTotal() {
    Figure f = one("The death toll has risen to 61, the ministry said on Friday.");
    assertThat(f.dateStart()).isEqualTo(LocalDate.of(2016, 12, 9));
    Figure only = one("Gunmen killed 40 villagers, a local group said on Friday.");
    assertThat(only.dateStart()).isEqualTo(LocalDate.of(2016, 12, 9));
  }

  @Test
  void date_aWordOfADateIsNotMendedAsGluedWords() {
    Figure f = one("Clashes killed 23 civilians over the weekend.");
    assertThat(f.dateStart()).isEqualTo(LocalDate.of(2016, 12, 10));
    assertThat(f.dateEnd()).isEqualTo(SUNDAY);
  }

  @Test
  void source_afterAPartSetOffByCommas() {
    List<Figure> figures =
        extract("Air strikes killed 92 people, including 35 children, the health ministry said.");
    assertThat(find(figures, 92).attributedTo()).isEqualTo("health ministry");
    assertThat(find(figures, 35).attributedTo()).isEqualTo("health ministry");
  }

  @Test
  void date_aDatelinesDayDatesAnIncidentWithNoOtherDay() {
    Figure f =
        one(
            "MULTAN, Dec 9 (Reuters) - At least five people were killed when a bus plunged into a"
                + " canal.");
    assertThat(f.dateStart()).isEqualTo(LocalDate.of(2016, 12, 9));
  }

  @Test
  void source_aKnownBodysRoleAndNameIsThePerson() {
    Figure f = one("About 8,000 people have fled the town, UNHCR chief Ana Lima wrote on Friday.");
    assertThat(f.attributedTo()).isEqualTo("UNHCR chief Ana Lima");
    assertThat(one("About 8,000 people have fled the town, UNHCR said.").attributedTo())
        .isEqualTo("UN Refugee Agency (UNHCR)");
  }

  @Test
  void date_aRunningTotalSinceTheEventARelativeClauseDates() {
    Figure f = one("The fighting that erupted on Thursday has killed more than 100 people.");
    assertThat(f.dateStart()).isEqualTo(LocalDate.of(2016, 12, 8));
    assertThat(f.dateEnd()).isEqualTo(SUNDAY);
    Figure incident = one("Shelling that began on Thursday killed 12 people in the market.");
    assertThat(incident.dateStart()).isEqualTo(LocalDate.of(2016, 12, 8));
    assertThat(incident.dateEnd()).isEqualTo(LocalDate.of(2016, 12, 8));
  }

  @Test
  void date_sinceAnEventWhoseDayComesLate() {
    Figure f =
        one(
            "More than 4,000 civilians have been killed since the army launched its offensive"
                + " against the rebels in the north on 3 March.");
    assertThat(f.dateStart()).isEqualTo(LocalDate.of(2016, 3, 3));
    assertThat(f.dateEnd()).isEqualTo(SUNDAY);
  }

  @Test
  void source_heRefersToAnUnnamedSpokesman() {
    List<Figure> figures =
        extract(
            "A spokesman for the provincial government said 23 people had been killed in the"
                + " floods. He said another 40 were missing.");
    assertThat(find(figures, 40).attributedTo())
        .isEqualTo("spokesman for the provincial government");
  }

  @Test
  void date_aPageTimestampIsThePublicationDateWhenNoneIsGiven() {
    Figure f =
        X.extract(
                Document.of(
                    "d",
                    "Floods kill 14 in the north\n\nMarch 6, 2024 at 10:32 am\n\nFlash floods"
                        + " killed 14 people in the valley on Monday, the emergency agency said.",
                    null))
            .get(0);
    assertThat(f.dateStart()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(f.notes()).contains("timestamp");
  }

  @Test
  void source_ofTwoKnownNamesApartTheHeadOfThePhrase() {
    Figure f = one("Clashes killed 23 civilians, the UN peacekeeping mission MONUSCO said.");
    assertThat(f.attributedTo()).contains("MONUSCO");
  }

  @Test
  void source_aSentenceThatReportsWhatTheOneBeforeTold() {
    List<Figure> figures =
        extract(
            "Gunmen killed 17 villagers in the attack on the market. This was confirmed by the"
                + " state police command on Sunday.\n\nAbout 2,000 residents fled the village. The"
                + " council chairman, Ali Musa, confirmed the development to our correspondent.");
    assertThat(find(figures, 17).attributedTo()).isEqualTo("state police command");
    assertThat(find(figures, 2000).attributedTo()).isEqualTo("Ali Musa");
    assertThat(
            one("Gunmen killed 17 villagers in the attack. Police arrested two suspects on Sunday.")
                .attributedTo())
        .isNull();
  }

  @Test
  void date_timeOfAnotherClauseIsNotTheFiguresTime() {
    List<Figure> figures =
        extract(
            "The ministry put the toll at 40 on 2 December, however by 9 December the toll had"
                + " risen to 95.");
    assertThat(find(figures, 40).dateStart()).isEqualTo(LocalDate.of(2016, 12, 2));
  }

  @Test
  void date_withoutPublicationDateAYearlessDayStaysInTheTextsYear() {
    List<Figure> figures =
        X.extract(
            Document.of(
                "d",
                "The storm struck on 12 March 2014.\n\n"
                    + "On 20 March, officials said 310 people had been killed.",
                null));
    assertThat(find(figures, 310).dateStart()).isEqualTo(LocalDate.of(2014, 3, 20));
  }

  @Test
  void place_coordinatedFiguresTakeTheirOwnPlace() {
    List<Figure> after = extract("Shelling killed 15 people in Raqqa and wounded 30 in Homs.");
    assertThat(find(after, 15).location()).isEqualTo("Raqqa");
    assertThat(find(after, 30).location()).isEqualTo("Homs");
    List<Figure> before =
        extract(
            "In Kassala, 40 people were killed and 12 injured, in Khartoum 9 were killed and 5"
                + " injured.");
    assertThat(find(before, 40).location()).isEqualTo("Kassala");
    assertThat(find(before, 12).location()).isEqualTo("Kassala");
    assertThat(find(before, 9).location()).isEqualTo("Khartoum");
    assertThat(find(before, 5).location()).isEqualTo("Khartoum");
  }

  @Test
  void source_heSaidIsTheLastPersonNamed() {
    List<Figure> figures =
        extract(
            "Provincial governor spokesman Omar Haidari visited the camps on Friday.\n\n"
                + "\"About 2,000 families have arrived since the weekend,\" he told reporters.");
    assertThat(find(figures, 2000).attributedTo()).isEqualTo("Omar Haidari");
  }

  @Test
  void source_saidAfterAQuoteSpanningSentences() {
    List<Figure> figures =
        extract(
            "\u201CAt least 70 people were killed in the raid. We fear more are buried,\u201D"
                + " said Leila Haddad, a nurse at the clinic.");
    assertThat(find(figures, 70).attributedTo()).isEqualTo("Leila Haddad");
  }

  @Test
  void source_saidBeforeAQuoteSpanningSentences() {
    List<Figure> figures =
        extract(
            "Amina Yusuf, who heads the district relief office, said: \u201CThe roads are cut."
                + " About 900 families have fled to the hills.\u201D");
    assertThat(find(figures, 900).attributedTo()).isEqualTo("Amina Yusuf");
  }

  @Test
  void source_itSaidIsTheLastOrganisationNamed() {
    List<Figure> figures =
        extract(
            "The International Organization for Migration published its figures on Friday.\n\n"
                + "It said 12,000 people had fled the district.");
    assertThat(find(figures, 12000).attributedTo())
        .isEqualTo("International Organization for Migration (IOM)");
  }

  @Test
  void source_aReportIsAttributedToWhoMadeIt() {
    assertThat(
            one("According to the latest update of the Flood Relief Commission, 400 people have"
                    + " died.")
                .attributedTo())
        .isEqualTo("Flood Relief Commission");
    assertThat(
            one("According to figures from the World Health Organization, 90 people died.")
                .attributedTo())
        .isEqualTo("World Health Organization (WHO)");
  }

  @Test
  void source_roleBeforeANameAndAnAppositive() {
    assertThat(one("Interior Minister Jane Doe said 45 people were killed.").attributedTo())
        .isEqualTo("Interior Minister Jane Doe");
    assertThat(
            one("Amina Yusuf, head of the state emergency agency, said 300 families had fled.")
                .attributedTo())
        .isEqualTo("Amina Yusuf");
  }

  @Test
  void source_aCountryThatReportsIsItsGovernment() {
    assertThat(one("Kenya estimates that some 300,000 Somalis are in the country.").attributedTo())
        .isEqualTo("Kenya");
    assertThat(
            one("Chad, which has kept its border open, says 90,000 Sudanese have arrived.")
                .attributedTo())
        .isEqualTo("Chad");
  }

  @Test
  void source_neverAPlaceANumberOrACommonWord() {
    assertThat(one("Bihar said 30 people were killed in the floods.").attributedTo()).isNull();
    assertThat(
            extract(
                "There were reports of five deaths in the Upper Region, where 12"
                    + " people are missing."))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.attributedTo()).isNull());
  }

  @Test
  void source_plainRedCrossIsNotTheIcrc() {
    List<Figure> figures =
        extract(
            "The Kenya Red Cross said 38 people had died. "
                + "The Red Cross said 11,000 households had been displaced.");
    assertThat(find(figures, 38).attributedTo()).isEqualTo("Kenya Red Cross");
    assertThat(find(figures, 11000).attributedTo()).isEqualTo("Red Cross");
  }

  @Test
  void source_ifrcIsNotIcrc() {
    assertThat(
            one("The International Federation of Red Cross and Red Crescent Societies said 800"
                    + " people were displaced.")
                .attributedTo())
        .isEqualTo("International Federation of Red Cross and Red Crescent Societies (IFRC)");
    assertThat(one("The ICRC said 800 people were displaced.").attributedTo())
        .isEqualTo("International Committee of the Red Cross (ICRC)");
  }

  @Test
  void source_aDescriptionRefersToTheOrganisationNamedBefore() {
    List<Figure> figures =
        extract(
            "The UN refugee agency opened a new camp this week.\n\n"
                + "The agency said 3,500 refugees had crossed the border.");
    assertThat(find(figures, 3500).attributedTo()).isEqualTo("UN Refugee Agency (UNHCR)");
  }

  @Test
  void place_partOfTheStorysCountryInAnyCase() {
    List<Figure> figures =
        extract(
            "Floods hit Nepal this week.\n\nIn the far-western region, 14 people were killed."
                + " In the north, about 600 people have been displaced.");
    assertThat(find(figures, 14).location()).isEqualTo("far-western region, Nepal");
    assertThat(find(figures, 14).countryCode()).isEqualTo("NPL");
    assertThat(find(figures, 14).locationPrecision()).isEqualTo(LocationPrecision.ADMIN1);
    assertThat(find(figures, 600).location()).isEqualTo("northern Nepal");
  }

  @Test
  void place_directionalVariantsAndNewsSpellings() {
    assertThat(one("About 5,000 people fled North Darfur.").admin1()).isEqualTo("Northern Darfur");
    assertThat(one("About 5,000 people fled Al-Hudaydah.").countryCode()).isEqualTo("YEM");
    assertThat(one("About 5,000 people fled southern Idleb.").location())
        .isEqualTo("southern Idleb");
  }

  @Test
  void place_aPlaceTheTextCallsOneIsAPlace() {
    List<Figure> figures =
        extract("Fighting spread across Sudan.\n\nGunmen killed 23 people in Umbarak village.");
    Figure f = find(figures, 23);
    assertThat(f.location()).isEqualTo("Umbarak village");
    assertThat(f.countryCode()).isEqualTo("SDN");
    assertThat(f.locationPrecision()).isEqualTo(LocationPrecision.PLACE);
    assertThat(f.latitude()).isNull();
  }

  @Test
  void place_aCountryByItsCommonNameAndItsLand() {
    assertThat(one("Fighting displaced 9,000 people in the Syrian Arab Republic.").location())
        .isEqualTo("Syria");
    assertThat(one("The group controls more than 40 percent of Iraqi territory.").location())
        .isEqualTo("Iraq");
  }

  @Test
  void place_whereASourceSpeaksIsNotTheFiguresPlace() {
    List<Figure> figures =
        extract(
            "Floods struck Malawi.\n\nSpeaking in Geneva, a spokesman said 340 people had died.");
    assertThat(find(figures, 340).countryCode()).isEqualTo("MWI");
  }

  @Test
  void actor_everyCasualtyFigureOfTheAttackTakesItsActor() {
    List<Figure> figures =
        extract("Israeli air strikes killed 14 people in a refugee camp and wounded 30 others.");
    assertThat(find(figures, 14).actor()).isEqualTo("Israeli forces");
    assertThat(find(figures, 30).actor()).isEqualTo("Israeli forces");
  }

  @Test
  void actor_anAttackFarFromTheFigureIsNotItsActor() {
    Figure f =
        one(
            "The province has been hit by heavy shelling from government forces for weeks now,"
                + " in a conflict across the region that has cost more than 9,000 lives since 2015.");
    assertThat(f.actor()).isNull();
  }

  @Test
  void actor_displacementFiguresHaveNone() {
    assertThat(one("Gunmen attacked the village and 2,000 residents fled.").actor()).isNull();
  }

  @Test
  void place_aTotalListingProvincesIsTheListWidenedWithItsCountry() {
    Figure f = one("Monsoon rains killed 61 people across Sindh, Punjab and Balochistan.");
    assertThat(f.location()).isEqualTo("Sindh, Punjab and Balochistan, Pakistan");
    assertThat(f.locationPrecision()).isEqualTo(LocationPrecision.COUNTRY);
    assertThat(one("Landslides killed 15 people in Kasese and Mbale districts.").location())
        .isEqualTo("Kasese and Mbale districts, Uganda");
    List<Figure> each = extract("Storms killed 15 people in Homs and 3 in Hama.");
    assertThat(find(each, 15).location()).isEqualTo("Homs");
    assertThat(find(each, 3).location()).isEqualTo("Hama");
  }

  @Test
  void date_aVerbOfTheSameSubjectAfterAndSharesTheClausesDate() {
    List<Figure> figures =
        extract("Air raids have killed 48 villagers, and wounded 90 others since 3 November.");
    assertThat(find(figures, 48).dateStart()).isEqualTo(LocalDate.of(2016, 11, 3));
    assertThat(find(figures, 90).dateStart()).isEqualTo(LocalDate.of(2016, 11, 3));
    List<Figure> apart =
        extract("Raids killed 48 villagers on Friday, and 90 others were wounded on Saturday.");
    assertThat(find(apart, 48).dateStart()).isEqualTo(LocalDate.of(2016, 12, 9));
    assertThat(find(apart, 90).dateStart()).isEqualTo(LocalDate.of(2016, 12, 10));
  }

  @Test
  void date_aTimeThatOpensTheSentenceDatesEveryClauseWithoutOne() {
    assertThat(one("On Friday, as shelling went on, 300 families fled the town.").dateStart())
        .isEqualTo(LocalDate.of(2016, 12, 9));
    List<Figure> apart =
        extract("On Friday, 300 families fled the town; on Saturday, 40 people were killed.");
    assertThat(find(apart, 40).dateStart()).isEqualTo(LocalDate.of(2016, 12, 10));
    assertThat(one("Since 2015, floods have hit the valley; they killed 12 people.").dateStart())
        .isNotEqualTo(LocalDate.of(2015, 1, 1));
  }

  @Test
  void date_aQualifierOrAnAdditionAfterACommaGoesOnWithTheClause() {
    assertThat(one("On Friday, as many as 300 families fled the town.").dateStart())
        .isEqualTo(LocalDate.of(2016, 12, 9));
    List<Figure> both =
        extract("The shelling has killed 12 people, as well as 3 soldiers, on Friday.");
    assertThat(find(both, 12).dateStart()).isEqualTo(LocalDate.of(2016, 12, 9));
  }

  @Test
  void place_aNameWithLowerCaseParticlesIsWhole() {
    List<Figure> figures =
        extract(
            "The war in Syria goes on. Shelling killed 30 people in the Jisr al-Shughur district. "
                + "Strikes killed 12 people in the Tell el Kurum area.");
    assertThat(find(figures, 30).location()).isEqualTo("Jisr al-Shughur district");
    assertThat(find(figures, 12).location()).isEqualTo("Tell el Kurum area");
    assertThat(
            one("The war in Syria goes on. Raids killed 20 people in Homs as jets struck.")
                .location())
        .isEqualTo("Homs");
  }

  @Test
  void place_aPlaceAndItsProvinceIsThePlace() {
    assertThat(one("Some 4,000 people fled Beni, North Kivu, on Monday.").location())
        .isEqualTo("Beni");
    assertThat(one("About 9,000 people fled in Malakal, in Upper Nile state.").location())
        .isEqualTo("Malakal");
    assertThat(one("Clashes displaced 2,500 people in Eastern Equatoria.").location())
        .isEqualTo("Eastern Equatoria");
  }

  @Test
  void place_aLowerCaseDirectionNamesTheDivision() {
    List<Figure> figures =
        extract("Landslides killed 8 people in central Sulawesi and 5 in west Java.");
    assertThat(find(figures, 8).location()).isEqualTo("Central Sulawesi");
    assertThat(find(figures, 5).location()).isEqualTo("West Java");
    assertThat(find(figures, 5).locationPrecision()).isEqualTo(LocationPrecision.ADMIN1);
  }

  @Test
  void place_aPlaceNamedAfterItsKindOrBeforeIt() {
    List<Figure> figures =
        extract(
            "Fighting spread across Syria.\n\nShelling killed 14 people in the village of Umm"
                + " Tinah.\n\nAbout 600 people fled Kafr Dalil, a town near the highway.");
    assertThat(find(figures, 14).location()).isEqualTo("Umm Tinah");
    assertThat(find(figures, 14).countryCode()).isEqualTo("SYR");
    assertThat(find(figures, 600).location()).isEqualTo("Kafr Dalil");
  }

  @Test
  void place_aPointAPlaceIsMeasuredFromIsNotItsPlace() {
    List<Figure> figures =
        extract(
            "Clashes continued in Syria.\n\nAbout 700 people fled Kafr Dalil, a town 30 km north"
                + " of Aleppo.");
    assertThat(find(figures, 700).location()).isEqualTo("Kafr Dalil");
  }

  @Test
  void place_whoHoldsTerritoryIsNotWhereItIs() {
    List<Figure> figures =
        extract("Fighting went on in Syria.\n\nAbout 12% of the land is held by Turkey.");
    assertThat(find(figures, 12).location()).isEqualTo("Syria");
  }

  @Test
  void source_aCitationInBracketsAfterTheFigure() {
    assertThat(
            one("Some 2,400 people have arrived at the transit site (UNHCR 14/03/2023).")
                .attributedTo())
        .isEqualTo("UN Refugee Agency (UNHCR)");
    assertThat(
            one("About 800 households were displaced in the valley (Provincial Health Office, 2 May"
                    + " 2023).")
                .attributedTo())
        .isEqualTo("Provincial Health Office");
    assertThat(
            one("About 1,500 internally displaced persons (IDPs) reached the town.").attributedTo())
        .isNull();
    assertThat(one("About 1,500 people reached the camp (Sudan, 2023).").attributedTo()).isNull();
  }

  @Test
  void source_theTimeAfterASourceIsNotItsName() {
    assertThat(
            one("A Harvard University survey in 2019 estimated about 9,000 deaths.").attributedTo())
        .isEqualTo("Harvard University");
    assertThat(one("State radio on Monday said 45 people were killed.").attributedTo())
        .isEqualTo("State radio");
  }

  @Test
  void source_aNameWithItsAcronym() {
    assertThat(
            one("The joint verification mission (JVM) has received reports that 60 people were"
                    + " killed.")
                .attributedTo())
        .isEqualTo("joint verification mission (JVM)");
  }

  @Test
  void place_theDatelinePlacesTheStory() {
    Figure f = one("BEIRA, March 3 (Reuters) - Floods have killed 27 people, officials said.");
    assertThat(f.location()).isEqualTo("Beira");
    assertThat(f.countryCode()).isEqualTo("MOZ");
  }

  @Test
  void place_aCapitalsDatelinePlacesTheStoryInItsCountry() {
    Figure f = one("MAPUTO, March 3 (Reuters) - Floods have killed 27 people, officials said.");
    assertThat(f.location()).isEqualTo("Mozambique");
    assertThat(f.countryCode()).isEqualTo("MOZ");
  }

  @Test
  void place_aDirectionBelongsToTheCountryTheSentenceOpensOn() {
    List<Figure> figures =
        extract(
            "Clashes in northern Mali drove thousands from Gao.\n\nIn Chad, 640 people have"
                + " arrived since Monday in camps in the east.");
    assertThat(find(figures, 640).location()).isEqualTo("eastern Chad");
  }

  @Test
  void place_aCountryThatSpeaksIsNotWhereTheFigureIs() {
    List<Figure> figures =
        extract("Fighting raged in Sudan.\n\nThe US said 300 people had been killed in the week.");
    assertThat(find(figures, 300).location()).isEqualTo("Sudan");
  }

  @Test
  void place_continentsAndNameWordsAreNeverPlaces() {
    assertThat(one("More than 2,000 people have died across Asia this year.").location()).isNull();
    assertThat(one("About 500 people fled to the Centre for Refugees.").location()).isNull();
  }

  @Test
  void place_aNewspapersTownIsNotWhereItsFiguresAre() {
    assertThat(one("The Dhaka Tribune reported that 9 people had drowned.").location()).isNull();
    assertThat(one("At least 25 people died, the Times of India reported.").location()).isNull();
    List<Figure> figures =
        extract(
            "The Jakarta Post said 41 people were killed.\n\nLava from the volcano on Flores island"
                + " forced 2,000 people to flee.");
    assertThat(find(figures, 41).location()).isEqualTo("Indonesia"); // the story's, not Jakarta
    assertThat(find(figures, 2000).countryCode()).isEqualTo("IDN");
  }

  @Test
  void place_namedDistrictsOfARegionAreTheFiguresPlace() {
    List<Figure> figures =
        extract(
            "Floods have hit Bangladesh hard.\n\nIn the Dhanbari and Tarash districts of northern"
                + " Bangladesh, 12 people drowned.");
    assertThat(find(figures, 12).location()).startsWith("Dhanbari and Tarash districts");
  }

  @Test
  void source_whatAReportCountsIsNotWhoMadeIt() {
    assertThat(one("Casualty figures put the toll at 40.").attributedTo()).isNull();
    assertThat(one("Unofficial estimates put the death toll at 300.").attributedTo()).isNull();
  }

  @Test
  void place_aCountrysAdjectiveOrItsNamePlacesAnUnknownDivision() {
    Figure f = one("A landslide in the Philippine province of Sorsogan killed 9 people.");
    assertThat(f.location()).isEqualTo("Sorsogan");
    assertThat(f.countryCode()).isEqualTo("PHL");
    Figure g = one("In the Dhanbari and Tarash districts of Bangladesh, 12 people drowned.");
    assertThat(g.location()).startsWith("Dhanbari and Tarash districts");
    assertThat(g.countryCode()).isEqualTo("BGD");
    // a name of capitalised words is no division
    assertThat(
            one("The storm entered the Philippine Area of Responsibility, displacing 900 people.")
                .location())
        .isNull();
  }

  @Test
  void place_refugeesAreWhereTheyAreNotWhereTheyCameFrom() {
    assertThat(one("Uganda now hosts more than 900,000 refugees from South Sudan.").location())
        .isEqualTo("Uganda");
    assertThat(
            one("Some 20,000 refugees from Sudan have arrived in eastern Chad this week.")
                .location())
        .isEqualTo("eastern Chad");
    assertThat(one("Some 700 refugees were repatriated from Pakistan last month.").location())
        .isEqualTo("Pakistan");
  }

  @Test
  void place_thePointAFigureIsMeasuredFromPlacesItWhenNothingElseDoes() {
    Figure f = one("The quake struck 72 km southwest of Marrakesh, killing 2,100 people.");
    assertThat(f.location()).isEqualTo("72 km southwest of Marrakesh");
    assertThat(f.countryCode()).isEqualTo("MAR");
    assertThat(f.latitude()).isNull();
    assertThat(
            one("A town 40 km north of Damascus was shelled, and 12 people died in Douma.")
                .location())
        .isEqualTo("Douma");
  }
}
