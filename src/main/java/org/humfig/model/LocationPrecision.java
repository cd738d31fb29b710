package org.humfig.model;

/**
 * How precisely a figure's location is known, as UCDP's {@code where_prec}: from a named place
 * (city, town, village) to a wider region than one country.
 */
public enum LocationPrecision implements Vocabulary {
  /** A city, town, village, camp or neighbourhood. */
  PLACE,
  /** A second-level division: a district, county or department. */
  ADMIN2,
  /** A first-level division: a province, state, governorate or region of one country. */
  ADMIN1,
  /** A whole country. */
  COUNTRY,
  /** An area wider than one country ("the Sahel", "the Lake Chad Basin"). */
  REGION
}
