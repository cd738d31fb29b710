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
          Map.entry("notes", Figure::notes),
          Map.entry("admin1", Figure::admin1),
          Map.entry("latitude", Figure::latitude),
          Map.entry("longitude", Figure::longitude),
          Map.entry("geonames_id", Figure::geonamesId),
          Map.entry("location_precision", Figure::locationPrecision),
          Map.entry("title", Figure::title),
          Map.entry("language", Figure::language),
          Map.entry("group_id", Figure::groupId),
          Map.entry("role", Figure::role));

  private static final Map<String, java.util.function.BiConsumer<Figure.Builder, Object>> SETTERS =
      Map.ofEntries(
          Map.entry("figure_id", (b, v) -> b.id((String) v)),
          Map.entry("document_id", (b, v) -> b.documentId((String) v)),
          Map.entry("source_name", (b, v) -> b.sourceName((String) v)),
          Map.entry("source_url", (b, v) -> b.sourceUrl((String) v)),
          Map.entry("published_date", (b, v) -> b.publishedDate((LocalDate) v)),
          Map.entry("category", (b, v) -> b.category((Category) v)),
          Map.entry("metric", (b, v) -> b.metric((Metric) v)),
          Map.entry("value", (b, v) -> b.value((Double) v)),
          Map.entry("value_low", (b, v) -> b.valueLow((Double) v)),
          Map.entry("value_high", (b, v) -> b.valueHigh((Double) v)),
          Map.entry("qualifier", (b, v) -> b.qualifier((Qualifier) v)),
          Map.entry("unit", (b, v) -> b.unit((Unit) v)),
          Map.entry("population", (b, v) -> b.population((String) v)),
          Map.entry("location", (b, v) -> b.location((String) v)),
          Map.entry("actor", (b, v) -> b.actor((String) v)),
          Map.entry("date_start", (b, v) -> b.dateStart((LocalDate) v)),
          Map.entry("date_end", (b, v) -> b.dateEnd((LocalDate) v)),
          Map.entry("date_precision", (b, v) -> b.datePrecision((DatePrecision) v)),
          Map.entry("attributed_to", (b, v) -> b.attributedTo((String) v)),
          Map.entry("evidence", (b, v) -> b.evidence((String) v)),
          Map.entry("evidence_start", (b, v) -> b.evidenceStart((Integer) v)),
          Map.entry("evidence_end", (b, v) -> b.evidenceEnd((Integer) v)),
          Map.entry("rule_id", (b, v) -> b.ruleId((String) v)),
          Map.entry("confidence", (b, v) -> b.confidence((Double) v)),
          Map.entry("status", (b, v) -> b.status((Status) v)),
          Map.entry(
              "issues",
              (b, v) ->
                  b.issues(
                      v == null
                          ? java.util.List.of()
                          : java.util.Arrays.stream(((String) v).split(";"))
                              .map(String::strip)
                              .filter(x -> !x.isEmpty())
                              .toList())),
          Map.entry("country_code", (b, v) -> b.countryCode((String) v)),
          Map.entry("modality", (b, v) -> b.modality((Modality) v)),
          Map.entry("tally", (b, v) -> b.tally((Tally) v)),
          Map.entry("part_of", (b, v) -> b.partOf((String) v)),
          Map.entry("household_size", (b, v) -> b.householdSize((Double) v)),
          Map.entry("value_people", (b, v) -> b.valuePeople((Double) v)),
          Map.entry("notes", (b, v) -> b.notes((String) v)),
          Map.entry("admin1", (b, v) -> b.admin1((String) v)),
          Map.entry("latitude", (b, v) -> b.latitude((Double) v)),
          Map.entry("longitude", (b, v) -> b.longitude((Double) v)),
          Map.entry("geonames_id", (b, v) -> b.geonamesId((Integer) v)),
          Map.entry("location_precision", (b, v) -> b.locationPrecision((LocationPrecision) v)),
          Map.entry("title", (b, v) -> b.title((String) v)),
          Map.entry("language", (b, v) -> b.language((String) v)),
          Map.entry("group_id", (b, v) -> b.groupId((String) v)),
          Map.entry("role", (b, v) -> b.role((Role) v)));

  private Columns() {}

  /** Returns the names of the columns a figure has. */
  public static Set<String> names() {
    return GETTERS.keySet();
  }

  /**
   * Returns the reader of {@code column}: what {@link #value} does, looked up once, for a writer
   * that reads the same columns of many figures.
   *
   * @throws IllegalArgumentException for a column a figure does not have
   */
  public static Function<Figure, Object> getter(String column) {
    Function<Figure, Object> getter = GETTERS.get(column);
    if (getter == null) {
      throw new IllegalArgumentException("a figure has no column '" + column + "'");
    }
    return getter;
  }

  /**
   * Returns the writer of {@code column}: what {@link #set} does, looked up once, for a reader that
   * fills the same columns of many figures.
   *
   * @throws IllegalArgumentException for a column a figure does not have
   */
  public static java.util.function.BiConsumer<Figure.Builder, Object> setter(String column) {
    var setter = SETTERS.get(column);
    if (setter == null) {
      throw new IllegalArgumentException("a figure has no column '" + column + "'");
    }
    return setter;
  }

  /**
   * Returns the typed value of {@code column} for {@code f}: a String, Double, Integer, LocalDate
   * or vocabulary member, or null when unknown.
   *
   * @throws IllegalArgumentException for a column a figure does not have
   */
  public static Object value(Figure f, String column) {
    return getter(column).apply(f);
  }

  /**
   * Sets {@code column} of {@code b} to {@code value}, which must have the column's Java type (see
   * {@link #type}); the issues column takes its text, ids separated by semicolons.
   */
  public static void set(Figure.Builder b, String column, Object value) {
    setter(column).accept(b, value);
  }

  private static final Map<String, Class<?>> TYPES = types();

  private static Map<String, Class<?>> types() {
    Map<String, Class<?>> types = new java.util.HashMap<>();
    for (String column : GETTERS.keySet()) {
      String component = component(column);
      for (var c : Figure.class.getRecordComponents()) {
        if (c.getName().equals(component)) {
          types.put(column, column.equals("issues") ? String.class : c.getType());
        }
      }
    }
    return Map.copyOf(types);
  }

  /** Returns the Java type a column's value has: String, Double, Integer, LocalDate or an enum. */
  public static Class<?> type(String column) {
    Class<?> type = TYPES.get(column);
    if (type == null) {
      throw new IllegalArgumentException("a figure has no column '" + column + "'");
    }
    return type;
  }

  /** Returns the record component that holds {@code column}, or null when a figure has none. */
  public static String component(String column) {
    if (!GETTERS.containsKey(column)) {
      return null;
    }
    return column.equals("figure_id") ? "id" : camel(column);
  }

  /** Returns the column held by record component {@code component}, or "" when none is. */
  public static String column(String component) {
    for (String c : GETTERS.keySet()) {
      if (component.equals(component(c))) {
        return c;
      }
    }
    return "";
  }

  /** Returns the record component name of a column: {@code value_low} is {@code valueLow}. */
  public static String camel(String snake) {
    StringBuilder sb = new StringBuilder();
    boolean up = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return sb.toString();
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
