package org.humfig.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
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

  /** A rule bound to its parameters. */
  interface Rule {
    /** Returns the component that breaks the rule ({@code valueHigh}), or empty. */
    Optional<String> broken(Figure f);
  }

  private static final Map<String, Function<JsonNode, Rule>> RULES =
      Map.of(
          "value.bounds", p -> CrossRules::bounds,
          "share.maximum", p -> share(p.path("maximum").asDouble(100)),
          "unit.metric", p -> pairs(p.path("units"), Figure::metric, Figure::unit, "unit"),
          "metric.category",
              p -> pairs(p.path("categories"), Figure::category, Figure::metric, "metric"),
          "period.order", p -> CrossRules::order,
          "period.published", p -> CrossRules::published,
          "evidence.offsets", p -> CrossRules::offsets,
          "household.size",
              p ->
                  f ->
                      f.unit() == Unit.HOUSEHOLDS && f.householdSize() == null
                          ? Optional.of("householdSize")
                          : Optional.empty(),
          "date.missing",
              p -> f -> f.dateStart() == null ? Optional.of("dateStart") : Optional.empty(),
          "attribution.missing",
              p -> f -> blank(f.attributedTo()) ? Optional.of("attributedTo") : Optional.empty());

  private CrossRules() {}

  /** Returns the ids of the rules humfig implements. */
  static Set<String> ids() {
    return RULES.keySet();
  }

  /** Returns the rule with id {@code id}, ready to bind to parameters. */
  static Optional<Binder> get(String id) {
    Function<JsonNode, Rule> f = RULES.get(id);
    return f == null ? Optional.empty() : Optional.of(f::apply);
  }

  /** Binds a rule to the parameters written in the schema. */
  interface Binder {
    Rule bind(JsonNode params);
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
    return f -> {
      if (f.unit() != Unit.PERCENT) {
        return Optional.empty();
      }
      if (f.value() != null && f.value() > maximum) {
        return Optional.of("value");
      }
      if (f.valueHigh() != null && f.valueHigh() > maximum) {
        return Optional.of("valueHigh");
      }
      return Optional.empty();
    };
  }

  /** "unit fits metric": the value of {@code b} must be listed under the value of {@code a}. */
  private static Rule pairs(
      JsonNode table,
      Function<Figure, Vocabulary> a,
      Function<Figure, Vocabulary> b,
      String component) {
    Map<String, Set<String>> allowed = new java.util.HashMap<>();
    table
        .fields()
        .forEachRemaining(
            e -> {
              Set<String> values = new HashSet<>();
              e.getValue().forEach(v -> values.add(v.asText()));
              allowed.put(e.getKey(), Set.copyOf(values));
            });
    return f -> {
      Vocabulary key = a.apply(f);
      Vocabulary value = b.apply(f);
      if (key == null || value == null) {
        return Optional.empty();
      }
      Set<String> ok = allowed.get(key.id());
      return ok != null && !ok.contains(value.id()) ? Optional.of(component) : Optional.empty();
    };
  }

  private static Optional<String> order(Figure f) {
    LocalDate s = f.dateStart();
    LocalDate e = f.dateEnd();
    return s != null && e != null && e.isBefore(s) ? Optional.of("dateEnd") : Optional.empty();
  }

  private static Optional<String> published(Figure f) {
    LocalDate p = f.publishedDate();
    if (p == null) {
      return Optional.empty();
    }
    if (f.dateEnd() != null && f.dateEnd().isAfter(p)) {
      return Optional.of("dateEnd");
    }
    if (f.dateStart() != null && f.dateStart().isAfter(p)) {
      return Optional.of("dateStart");
    }
    return Optional.empty();
  }

  private static Optional<String> offsets(Figure f) {
    Integer s = f.evidenceStart();
    Integer e = f.evidenceEnd();
    if (s == null || e == null) {
      return Optional.empty();
    }
    if (e < s) {
      return Optional.of("evidenceEnd");
    }
    if (f.evidence() != null && e - s != f.evidence().length()) {
      return Optional.of("evidenceEnd");
    }
    return Optional.empty();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
