package org.humfig.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How each schema column is read from a {@link Figure}: the one place that pairs column names with
 * the record's components. The column order comes from the schema, not from here.
 */
public final class Columns {

  private static final Map<String, Function<Figure, Object>> GETTERS =
      Map.ofEntries(
          Map.entry("figure_id", Figure::id),
          Map.entry("document_id", Figure::documentId),
          Map.entry("source_name", Figure::sourceName),
          Map.entry("source_url", Figure::sourceUrl),
          Map.entry("published_date", Figure::publishedDate),
          Map.entry("category", Figure::category),
          Map.entry("metric", Figure::metric),
          Map.entry("value", Figure::value),
          Map.entry("value_low", Figure::valueLow),
          Map.entry("value_high", Figure::valueHigh),
          Map.entry("qualifier", Figure::qualifier),
          Map.entry("unit", Figure::unit),
          Map.entry("population", Figure::population),
          Map.entry("location", Figure::location),
          Map.entry("actor", Figure::actor),
          Map.entry("date_start", Figure::dateStart),
          Map.entry("date_end", Figure::dateEnd),
          Map.entry("date_precision", Figure::datePrecision),
          Map.entry("attributed_to", Figure::attributedTo),
          Map.entry("evidence", Figure::evidence),
          Map.entry("evidence_start", Figure::evidenceStart),
          Map.entry("evidence_end", Figure::evidenceEnd),
          Map.entry("rule_id", Figure::ruleId),
          Map.entry("confidence", Figure::confidence),
          Map.entry("status", Figure::status),
          Map.entry("issues", f -> f.issues().isEmpty() ? null : String.join("; ", f.issues())),
          Map.entry("country_code", Figure::countryCode),
          Map.entry("modality", Figure::modality),
          Map.entry("tally", Figure::tally),
          Map.entry("part_of", Figure::partOf),
          Map.entry("household_size", Figure::householdSize),
          Map.entry("value_people", Figure::valuePeople),
          Map.entry("notes", Figure::notes));

  private Columns() {}

  /** Returns the names of the columns a figure has. */
  public static Set<String> names() {
    return GETTERS.keySet();
  }

  /**
   * Returns the typed value of {@code column} for {@code f}: a String, Double, Integer, LocalDate
   * or vocabulary member, or null when unknown.
   *
   * @throws IllegalArgumentException for a column a figure does not have
   */
  public static Object value(Figure f, String column) {
    Function<Figure, Object> getter = GETTERS.get(column);
    if (getter == null) {
      throw new IllegalArgumentException("a figure has no column '" + column + "'");
    }
    return getter.apply(f);
  }

  /** Returns {@code value} as written in a CSV cell: ISO dates, plain numbers, vocabulary ids. */
  public static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      return number(d);
    }
    if (value instanceof Vocabulary v) {
      return v.id();
    }
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    return value.toString();
  }

  /** Returns a number without exponent or trailing zeros: 10000, 33.33, 0.9. */
  public static String number(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
