package org.humfig.store;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Which of the store's current documents and figures an export takes.
 *
 * @param since keep documents published on or after this day; a document with no publication date
 *     counts from the day it was first stored
 * @param country keep figures whose {@code country_code} is this ISO 3166-1 alpha-3 code, and the
 *     documents that have one
 */
public record Selection(Optional<LocalDate> since, Optional<String> country) {

  /** Everything current. */
  public static final Selection ALL = new Selection(Optional.empty(), Optional.empty());

  /**
   * Checks the country code and writes it in capitals.
   *
   * @throws IllegalArgumentException for a country that is not three letters
   */
  public Selection {
    country = country.map(c -> c.strip().toUpperCase(Locale.ROOT));
    country.ifPresent(
        c -> {
          if (!c.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException(
                "'" + c + "' is not an ISO 3166-1 alpha-3 country code (e.g. SYR)");
          }
        });
  }
}
