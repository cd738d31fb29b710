package org.humfig.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.humfig.model.Figure;
import org.humfig.model.Unit;
import org.humfig.model.Vocabulary;

/**
 * The cross-field rules a schema can name in its {@code rules} property, by id. Each takes its
 * parameters from the schema and says which component of a figure breaks it, if any.
 */
final class CrossRules {

  /**
   * What a rule may look at besides the figure.
   *
   * @param today the day of the run, or null when no run date was given
   * @param document the text of the figure's document, or null when it is not at hand
   */
  record Context(LocalDate today, String document) {}

  /** A rule bound to its parameters. */
  interface Rule {
    /** Returns the component that breaks the rule ({@code valueHigh}), or empty. */
    Optional<String> broken(Figure f, Context c);
  }

  /** Binds a rule to the parameters written in the schema. */
  interface Binder {
    Rule bind(JsonNode params);
  }

  private static final Map<String, Binder> RULES = new HashMap<>();

  static {
    RULES.put("value.bounds", p -> (f, c) -> bounds(f));
    RULES.put("share.maximum", p -> share(p.path("maximum").asDouble(100)));
    RULES.put("unit.metric", p -> pairs(p.path("units"), Figure::metric, Figure::unit, "unit"));
    RULES.put(
        "metric.category",
        p -> pairs(p.path("categories"), Figure::category, Figure::metric, "metric"));
    RULES.put("period.order", p -> (f, c) -> order(f));
    RULES.put("period.published", p -> (f, c) -> published(f));
    RULES.put("evidence.offsets", p -> CrossRules::offsets);
    RULES.put(
        "household.size",
        p ->
            (f, c) ->
                when(f.unit() == Unit.HOUSEHOLDS && f.householdSize() == null, "householdSize"));
    RULES.put("date.future", p -> CrossRules::future);
    RULES.put("date.missing", p -> (f, c) -> when(f.dateStart() == null, "dateStart"));
    RULES.put(
        "attribution.missing",
        p ->
            (f, c) -> when(f.attributedTo() == null || f.attributedTo().isBlank(), "attributedTo"));
  }

  private CrossRules() {}

  /** Returns the ids of the rules humfig implements. */
  static Set<String> ids() {
    return RULES.keySet();
  }

  /** Returns the rule with id {@code id}, ready to bind to parameters. */
  static Optional<Binder> get(String id) {
    return Optional.ofNullable(RULES.get(id));
  }

  private static Optional<String> when(boolean broken, String component) {
    return broken ? Optional.of(component) : Optional.empty();
  }

  private static Optional<String> bounds(Figure f) {
    Double v = f.value();
    Double low = f.valueLow();
    Double high = f.valueHigh();
    if (low != null && high != null && low > high) {
      return Optional.of("valueLow");
    }
    if (v != null && low != null && v < low) {
      return Optional.of("value");
    }
    if (v != null && high != null && v > high) {
      return Optional.of("value");
    }
    return Optional.empty();
  }

  private static Rule share(double maximum) {
    return (f, c) -> {
      if (f.unit() != Unit.PERCENT) {
        return Optional.empty();
      }
      if (f.value() != null && f.value() > maximum) {
        return Optional.of("value");
      }
      return when(f.valueHigh() != null && f.valueHigh() > maximum, "valueHigh");
    };
  }

  /** "unit fits metric": the value of {@code b} must be listed under the value of {@code a}. */
  private static Rule pairs(
      JsonNode table,
      Function<Figure, Vocabulary> a,
      Function<Figure, Vocabulary> b,
      String component) {
    Map<String, Set<String>> allowed = new HashMap<>();
    table
        .fields()
        .forEachRemaining(
            e -> {
              Set<String> values = new HashSet<>();
              e.getValue().forEach(v -> values.add(v.asText()));
              allowed.put(e.getKey(), Set.copyOf(values));
            });
    return (f, c) -> {
      Vocabulary key = a.apply(f);
      Vocabulary value = b.apply(f);
      if (key == null || value == null) {
        return Optional.empty();
      }
      Set<String> ok = allowed.get(key.id());
      return when(ok != null && !ok.contains(value.id()), component);
    };
  }

  private static Optional<String> order(Figure f) {
    LocalDate s = f.dateStart();
    LocalDate e = f.dateEnd();
    return when(s != null && e != null && e.isBefore(s), "dateEnd");
  }

  private static Optional<String> published(Figure f) {
    LocalDate p = f.publishedDate();
    if (p == null) {
      return Optional.empty();
    }
    if (f.dateEnd() != null && f.dateEnd().isAfter(p)) {
      return Optional.of("dateEnd");
    }
    return when(f.dateStart() != null && f.dateStart().isAfter(p), "dateStart");
  }

  private static Optional<String> future(Figure f, Context c) {
    if (c.today() == null) {
      return Optional.empty();
    }
    if (f.dateEnd() != null && f.dateEnd().isAfter(c.today())) {
      return Optional.of("dateEnd");
    }
    if (f.dateStart() != null && f.dateStart().isAfter(c.today())) {
      return Optional.of("dateStart");
    }
    return when(f.publishedDate() != null && f.publishedDate().isAfter(c.today()), "publishedDate");
  }

  private static Optional<String> offsets(Figure f, Context c) {
    Integer s = f.evidenceStart();
    Integer e = f.evidenceEnd();
    if (s == null || e == null) {
      return Optional.empty();
    }
    if (e < s || (f.evidence() != null && e - s != f.evidence().length())) {
      return Optional.of("evidenceEnd");
    }
    String doc = c.document();
    if (doc != null && (e > doc.length() || !doc.substring(s, e).equals(f.evidence()))) {
      return Optional.of("evidenceEnd");
    }
    return Optional.empty();
  }
}
