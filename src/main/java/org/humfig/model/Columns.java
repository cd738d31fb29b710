package org.humfig.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How each schema column is read from a {@link Figure}: the one place that pairs column names with
 * the record's components. The column order comes from the schema, not from here.
 */
public final class Columns {

  /** The columns a figure has, each at its place in the cases of {@link #get} and {@link #put}. */
  private static final List<String> NAMES =
      List.of(
          "figure_id",
          "document_id",
          "source_name",
          "source_url",
          "published_date",
          "category",
          "metric",
          "value",
          "value_low",
          "value_high",
          "qualifier",
          "unit",
          "population",
          "location",
          "actor",
          "date_start",
          "date_end",
          "date_precision",
          "attributed_to",
          "evidence",
          "evidence_start",
          "evidence_end",
          "rule_id",
          "confidence",
          "status",
          "issues",
          "country_code",
          "modality",
          "tally",
          "part_of",
          "household_size",
          "value_people",
          "notes",
          "admin1",
          "latitude",
          "longitude",
          "geonames_id",
          "location_precision",
          "title",
          "language",
          "group_id",
          "role");

  private static final Map<String, Integer> PLACES = places();

  private static Map<String, Integer> places() {
    Map<String, Integer> places = new java.util.HashMap<>();
    for (int i = 0; i < NAMES.size(); i++) {
      places.put(NAMES.get(i), i);
    }
    return Map.copyOf(places);
  }

  /**
   * Returns the value of the column at {@code place} among {@link #NAMES}: one method rather than a
   * function each, which a short run had to make (a class each) before it read a figure.
   */
  private static Object get(Figure f, int place) {
    return switch (place) {
      case 0 -> f.id(); // figure_id
      case 1 -> f.documentId(); // document_id
      case 2 -> f.sourceName(); // source_name
      case 3 -> f.sourceUrl(); // source_url
      case 4 -> f.publishedDate(); // published_date
      case 5 -> f.category(); // category
      case 6 -> f.metric(); // metric
      case 7 -> f.value(); // value
      case 8 -> f.valueLow(); // value_low
      case 9 -> f.valueHigh(); // value_high
      case 10 -> f.qualifier(); // qualifier
      case 11 -> f.unit(); // unit
      case 12 -> f.population(); // population
      case 13 -> f.location(); // location
      case 14 -> f.actor(); // actor
      case 15 -> f.dateStart(); // date_start
      case 16 -> f.dateEnd(); // date_end
      case 17 -> f.datePrecision(); // date_precision
      case 18 -> f.attributedTo(); // attributed_to
      case 19 -> f.evidence(); // evidence
      case 20 -> f.evidenceStart(); // evidence_start
      case 21 -> f.evidenceEnd(); // evidence_end
      case 22 -> f.ruleId(); // rule_id
      case 23 -> f.confidence(); // confidence
      case 24 -> f.status(); // status
      case 25 -> f.issues().isEmpty() ? null : String.join("; ", f.issues()); // issues
      case 26 -> f.countryCode(); // country_code
      case 27 -> f.modality(); // modality
      case 28 -> f.tally(); // tally
      case 29 -> f.partOf(); // part_of
      case 30 -> f.householdSize(); // household_size
      case 31 -> f.valuePeople(); // value_people
      case 32 -> f.notes(); // notes
      case 33 -> f.admin1(); // admin1
      case 34 -> f.latitude(); // latitude
      case 35 -> f.longitude(); // longitude
      case 36 -> f.geonamesId(); // geonames_id
      case 37 -> f.locationPrecision(); // location_precision
      case 38 -> f.title(); // title
      case 39 -> f.language(); // language
      case 40 -> f.groupId(); // group_id
      case 41 -> f.role(); // role
      default -> throw new IllegalArgumentException("no column at " + place);
    };
  }

  /** Sets the column at {@code place} among {@link #NAMES} to {@code v}. */
  private static void put(Figure.Builder b, int place, Object v) {
    switch (place) {
      case 0 -> b.id((String) v); // figure_id
      case 1 -> b.documentId((String) v); // document_id
      case 2 -> b.sourceName((String) v); // source_name
      case 3 -> b.sourceUrl((String) v); // source_url
      case 4 -> b.publishedDate((LocalDate) v); // published_date
      case 5 -> b.category((Category) v); // category
      case 6 -> b.metric((Metric) v); // metric
      case 7 -> b.value((Double) v); // value
      case 8 -> b.valueLow((Double) v); // value_low
      case 9 -> b.valueHigh((Double) v); // value_high
      case 10 -> b.qualifier((Qualifier) v); // qualifier
      case 11 -> b.unit((Unit) v); // unit
      case 12 -> b.population((String) v); // population
      case 13 -> b.location((String) v); // location
      case 14 -> b.actor((String) v); // actor
      case 15 -> b.dateStart((LocalDate) v); // date_start
      case 16 -> b.dateEnd((LocalDate) v); // date_end
      case 17 -> b.datePrecision((DatePrecision) v); // date_precision
      case 18 -> b.attributedTo((String) v); // attributed_to
      case 19 -> b.evidence((String) v); // evidence
      case 20 -> b.evidenceStart((Integer) v); // evidence_start
      case 21 -> b.evidenceEnd((Integer) v); // evidence_end
      case 22 -> b.ruleId((String) v); // rule_id
      case 23 -> b.confidence((Double) v); // confidence
      case 24 -> b.status((Status) v); // status
      case 25 ->
          b.issues(
              v == null
                  ? java.util.List.of()
                  : java.util.Arrays.stream(((String) v).split(";"))
                      .map(String::strip)
                      .filter(x -> !x.isEmpty())
                      .toList()); // issues
      case 26 -> b.countryCode((String) v); // country_code
      case 27 -> b.modality((Modality) v); // modality
      case 28 -> b.tally((Tally) v); // tally
      case 29 -> b.partOf((String) v); // part_of
      case 30 -> b.householdSize((Double) v); // household_size
      case 31 -> b.valuePeople((Double) v); // value_people
      case 32 -> b.notes((String) v); // notes
      case 33 -> b.admin1((String) v); // admin1
      case 34 -> b.latitude((Double) v); // latitude
      case 35 -> b.longitude((Double) v); // longitude
      case 36 -> b.geonamesId((Integer) v); // geonames_id
      case 37 -> b.locationPrecision((LocationPrecision) v); // location_precision
      case 38 -> b.title((String) v); // title
      case 39 -> b.language((String) v); // language
      case 40 -> b.groupId((String) v); // group_id
      case 41 -> b.role((Role) v); // role
      default -> throw new IllegalArgumentException("no column at " + place);
    }
  }

  private Columns() {}

  /** Returns the names of the columns a figure has. */
  public static Set<String> names() {
    return PLACES.keySet();
  }

  /**
   * Returns the reader of {@code column}: what {@link #value} does, looked up once, for a writer
   * that reads the same columns of many figures.
   *
   * @throws IllegalArgumentException for a column a figure does not have
   */
  public static Function<Figure, Object> getter(String column) {
    int place = place(column);
    return f -> get(f, place);
  }

  /**
   * Returns the writer of {@code column}: what {@link #set} does, looked up once, for a reader that
   * fills the same columns of many figures.
   *
   * @throws IllegalArgumentException for a column a figure does not have
   */
  public static java.util.function.BiConsumer<Figure.Builder, Object> setter(String column) {
    int place = place(column);
    return (b, v) -> put(b, place, v);
  }

  /**
   * Returns the place of {@code column} among {@link #NAMES}.
   *
   * @throws IllegalArgumentException for a column a figure does not have
   */
  private static int place(String column) {
    Integer place = PLACES.get(column);
    if (place == null) {
      throw new IllegalArgumentException("a figure has no column '" + column + "'");
    }
    return place;
  }

  /**
   * Returns the typed value of {@code column} for {@code f}: a String, Double, Integer, LocalDate
   * or vocabulary member, or null when unknown.
   *
   * @throws IllegalArgumentException for a column a figure does not have
   */
  public static Object value(Figure f, String column) {
    return get(f, place(column));
  }

  /**
   * Sets {@code column} of {@code b} to {@code value}, which must have the column's Java type (see
   * {@link #type}); the issues column takes its text, ids separated by semicolons.
   */
  public static void set(Figure.Builder b, String column, Object value) {
    put(b, place(column), value);
  }

  private static final Map<String, Class<?>> TYPES = types();

  private static Map<String, Class<?>> types() {
    Map<String, Class<?>> types = new java.util.HashMap<>();
    for (String column : NAMES) {
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
    if (!PLACES.containsKey(column)) {
      return null;
    }
    return column.equals("figure_id") ? "id" : camel(column);
  }

  /** Returns the column held by record component {@code component}, or "" when none is. */
  public static String column(String component) {
    for (String c : NAMES) {
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
