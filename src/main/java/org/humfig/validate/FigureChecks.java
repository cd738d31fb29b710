package org.humfig.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.humfig.model.Columns;
import org.humfig.model.Figure;
import org.humfig.model.Vocabulary;
import org.humfig.schema.Check;
import org.humfig.schema.Field;
import org.humfig.schema.Severity;
import org.humfig.schema.TableSchema;

/**
 * The checks {@link FigureValidator} configures in Hibernate Validator, compiled once into plain
 * code: each field constraint a test on the column's value read by an accessor looked up once, each
 * cross-field rule the same {@link CrossRules} rule Hibernate Validator runs. A figure gets the
 * violations Hibernate Validator would give it (rule, column, value, severity and message), without
 * reflection, metadata lookups or a set of violations for each figure. Thread-safe.
 *
 * <p>A schema this cannot compile exactly (a bound or a pattern on a column whose value is not a
 * number or a string) gives {@link #compile} an empty result, and Hibernate Validator checks it.
 */
final class FigureChecks {

  /**
   * One compiled check: adds what {@code f} breaks to {@code out}, in {@code context} (the day of
   * the run, and the text of the figure's document when it is known).
   */
  private interface Test {
    void run(Figure f, CrossRules.Context context, List<Violation> out);
  }

  private final List<Test> tests;
  private final LocalDate today;
  private final CrossRules.Context noDocument;

  private FigureChecks(List<Test> tests, LocalDate today) {
    this.tests = List.copyOf(tests);
    this.today = today;
    this.noDocument = new CrossRules.Context(today, null);
  }

  /**
   * Returns the checks of {@code schema} with {@code today} the day of the run (null for none), or
   * empty when a constraint needs Hibernate Validator.
   */
  static java.util.Optional<FigureChecks> compile(TableSchema schema, LocalDate today) {
    List<Test> tests = new ArrayList<>();
    for (Field f : schema.fields()) {
      if (Columns.component(f.name()) == null) {
        continue;
      }
      if (!field(f, tests)) {
        return java.util.Optional.empty();
      }
    }
    for (Check c : schema.checks()) {
      if (c.dataset()) {
        continue;
      }
      JsonNode params = c.params() == null ? JsonNodeFactory.instance.objectNode() : c.params();
      CrossRules.Rule rule = CrossRules.get(c.id()).orElseThrow().bind(params);
      tests.add(
          (f, context, out) ->
              rule.broken(f, context)
                  .ifPresent(
                      component -> {
                        String column = Columns.column(component);
                        Object value = column.isEmpty() ? null : Columns.value(f, column);
                        out.add(
                            new Violation(
                                column,
                                Columns.text(value),
                                c.id(),
                                c.severity(),
                                FigureValidator.fill(c.message(), f)));
                      }));
    }
    return java.util.Optional.of(new FigureChecks(tests, today));
  }

  /** Adds the tests of field {@code f}; returns false when one cannot be compiled exactly. */
  private static boolean field(Field f, List<Test> tests) {
    String column = f.name();
    Class<?> type = Columns.type(column);
    if (column.equals("issues")
        && (f.required() || f.minimum() != null || f.maximum() != null || f.pattern() != null)) {
      // Hibernate Validator checks the list of issues itself, not its text.
      return false;
    }
    Function<Figure, Object> get = Columns.getter(column);
    if (f.required()) {
      boolean text = type == String.class;
      tests.add(
          (x, context, out) -> {
            Object v = get.apply(x);
            if (v == null || (text && v.toString().isBlank())) {
              out.add(violation(column, v, "field.required", "is required"));
            }
          });
    }
    if (f.minimum() != null || f.maximum() != null) {
      if (type != Double.class && type != Integer.class) {
        return false;
      }
      bound(f.minimum(), column, get, true, tests);
      bound(f.maximum(), column, get, false, tests);
    }
    if (f.pattern() != null && type == String.class) {
      Pattern p = Pattern.compile(f.pattern());
      String message = "does not match the pattern " + f.pattern();
      tests.add(
          (x, context, out) -> {
            Object v = get.apply(x);
            if (v != null && !p.matcher((String) v).matches()) {
              out.add(violation(column, v, "field.pattern", message));
            }
          });
    }
    if (!f.allowed().isEmpty()) {
      Set<String> allowed = Set.copyOf(f.allowed());
      tests.add(
          (x, context, out) -> {
            Object v = get.apply(x);
            if (v != null
                && !allowed.contains(v instanceof Vocabulary voc ? voc.id() : v.toString())) {
              out.add(
                  violation(column, v, "field.enum", "is not one of the values the schema allows"));
            }
          });
    }
    return true;
  }

  /**
   * Adds the test of a lower ({@code min}) or upper bound; a number that is not a number (NaN)
   * breaks both, as it does in Hibernate Validator.
   */
  private static void bound(
      Double bound, String column, Function<Figure, Object> get, boolean min, List<Test> tests) {
    if (bound == null) {
      return;
    }
    double b = bound;
    String rule = min ? "field.minimum" : "field.maximum";
    String message = (min ? "must be at least " : "must be at most ") + Columns.number(b);
    tests.add(
        (x, context, out) -> {
          Object v = get.apply(x);
          if (v instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || (min ? d < b : d > b)) {
              out.add(violation(column, v, rule, message));
            }
          }
        });
  }

  private static Violation violation(String column, Object value, String rule, String what) {
    return new Violation(column, Columns.text(value), rule, Severity.ERROR, column + " " + what);
  }

  /** Returns the violations of {@code f}, unsorted. */
  List<Violation> check(Figure f) {
    return check(f, noDocument);
  }

  /**
   * Returns the violations of {@code f}, unsorted, checking its evidence against {@code document},
   * the text of its document, as well.
   */
  List<Violation> check(Figure f, String document) {
    return check(f, new CrossRules.Context(today, document));
  }

  private List<Violation> check(Figure f, CrossRules.Context context) {
    List<Violation> out = new ArrayList<>(0);
    for (Test t : tests) {
      t.run(f, context, out);
    }
    return out;
  }
}
