package org.humfig.place;

import org.humfig.model.Vocabulary;

/**
 * A place from the gazetteer.
 *
 * @param id stable id ({@code geonames:170063}, {@code iso3:SYR})
 * @param name the name as news writes it
 * @param kind country, first-level division, city or second-level division
 * @param countryCode ISO 3166-1 alpha-3 code of the country it lies in
 * @param admin1 name of the first-level division a city or second-level division lies in, or empty
 * @param population number of inhabitants, 0 when unknown
 * @param latitude latitude in decimal degrees, or null when the gazetteer gives none
 * @param longitude longitude in decimal degrees, or null likewise
 */
public record Place(
    String id,
    String name,
    Kind kind,
    String countryCode,
    String admin1,
    long population,
    Double latitude,
    Double longitude) {

  private static final String GEONAMES = "geonames:";

  /** Returns the GeoNames id of the place, or null when its id is not a GeoNames one. */
  public Integer geonamesId() {
    return id.startsWith(GEONAMES) ? Integer.valueOf(id.substring(GEONAMES.length())) : null;
  }

  /** The levels of place the gazetteer holds. */
  public enum Kind implements Vocabulary {
    COUNTRY,
    ADMIN1,
    CITY,
    ADMIN2
  }
}
