package org.humfig.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.context.PropertyConstraintMappingContext;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;
import org.hibernate.validator.cfg.defs.DecimalMaxDef;
import org.hibernate.validator.cfg.defs.DecimalMinDef;
import org.hibernate.validator.cfg.defs.NotBlankDef;
import org.hibernate.validator.cfg.defs.NotNullDef;
import org.hibernate.validator.cfg.defs.PatternDef;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.humfig.model.Columns;
import org.humfig.model.Figure;
import org.humfig.model.Status;
import org.humfig.schema.Check;
import org.humfig.schema.Field;
import org.humfig.schema.SchemaException;
import org.humfig.schema.Severity;
import org.humfig.schema.TableSchema;

/**
 * Checks figures against a {@link TableSchema} with Hibernate Validator.
 *
 * <p>Loading the schema configures the checks: each field's {@code required}, {@code minimum},
 * {@code maximum}, {@code pattern} and {@code enum} become constraints on the matching component of
 * {@link Figure} through a programmatic constraint mapping, and each of the schema's {@code rules}
 * becomes a class-level {@link CrossCheck} with the rule's severity as payload. A team that edits
 * the schema changes what is checked without rebuilding.
 *
 * <p>Where the schema allows, the same checks are compiled ({@link FigureChecks}) and answer {@link
 * #check}; the tests hold them to what Hibernate Validator finds. One {@link ValidatorFactory} is
 * built per validator, when first needed, and reused; thread-safe.
 */
public final class FigureValidator implements AutoCloseable {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

  /** The clock date standing for "no run date given": no date is after it. */
  static final LocalDate NO_RUN_DATE = LocalDate.of(9999, 12, 31);

  private final TableSchema schema;
  private final LocalDate today;
  private volatile Hibernate hibernate;

  /** The Hibernate Validator factory configured from the schema and a validator of it. */
  private record Hibernate(ValidatorFactory factory, Validator validator) {}

  private final Map<String, Integer> order = new java.util.HashMap<>();
  private final FigureChecks compiled;

  /**
   * Returns a validator for {@code schema} with no run date: dates are not checked against the day
   * of the run.
   */
  public FigureValidator(TableSchema schema) {
    this(schema, null);
  }

  /**
   * Returns a validator for {@code schema}; {@code today}, the day of the run, is what {@code
   * date.future} checks dates against (null to skip that check).
   *
   * @throws SchemaException when the schema names a rule humfig does not implement
   */
  public FigureValidator(TableSchema schema, LocalDate today) {
    this.schema = schema;
    this.today = today;
    List<Field> fields = schema.fields();
    for (int i = 0; i < fields.size(); i++) {
      order.put(fields.get(i).name(), i);
    }
    for (Check c : schema.checks()) {
      Set<String> known = c.dataset() ? DatasetRules.ids() : CrossRules.ids();
      if (!known.contains(c.id())) {
        throw new SchemaException(
            "schema rule '"
                + c.id()
                + (c.dataset() ? "' is not a dataset rule" : "' is not one")
                + " humfig implements (known: "
                + String.join(", ", new java.util.TreeSet<>(known))
                + ")");
      }
    }
    this.compiled = FigureChecks.compile(schema, today).orElse(null);
    if (compiled == null) {
      hibernate();
    }
  }

  /**
   * Returns the Hibernate Validator factory configured from the schema, built on first need: the
   * compiled checks answer {@link #check} whenever the schema allows, and building the factory is a
   * good part of a short run.
   */
  private Hibernate hibernate() {
    Hibernate h = hibernate;
    if (h == null) {
      synchronized (this) {
        h = hibernate;
        if (h == null) {
          ValidatorFactory f = configure(schema, today).buildValidatorFactory();
          h = new Hibernate(f, f.getValidator());
          hibernate = h;
        }
      }
    }
    return h;
  }

  private static HibernateValidatorConfiguration configure(TableSchema schema, LocalDate today) {
    Clock clock =
        Clock.fixed(
            (today == null ? NO_RUN_DATE : today).atStartOfDay(ZoneOffset.UTC).toInstant(),
            ZoneOffset.UTC);
    HibernateValidatorConfiguration config =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .clockProvider(() -> clock)
            .messageInterpolator(
                new ParameterMessageInterpolator(Set.of(Locale.ROOT), Locale.ROOT, false));
    ConstraintMapping mapping = config.createConstraintMapping();
    TypeConstraintMappingContext<Figure> type = mapping.type(Figure.class);
    for (Field f : schema.fields()) {
      String component = Columns.component(f.name());
      if (component != null) {
        field(type.field(component), f, Columns.type(f.name()));
      }
    }
    ObjectMapper json = new ObjectMapper();
    for (Check c : schema.checks()) {
      if (!c.dataset()) {
        type.constraint(
            new GenericConstraintDef<>(CrossCheck.class)
                .param("id", c.id())
                .param("params", json.valueToTree(c.params()).toString())
                .message("{humfig.rule." + c.id() + "}")
                .payload(Levels.of(c.severity())));
      }
    }
    config.addMapping(mapping);
    return config;
  }

  private static void field(PropertyConstraintMappingContext p, Field f, Class<?> javaType) {
    if (f.required()) {
      if (javaType == String.class) {
        p.constraint(new NotBlankDef().message("{humfig.field.required}"));
      } else {
        p.constraint(new NotNullDef().message("{humfig.field.required}"));
      }
    }
    if (f.minimum() != null) {
      p.constraint(
          new DecimalMinDef().value(Columns.number(f.minimum())).message("{humfig.field.minimum}"));
    }
    if (f.maximum() != null) {
      p.constraint(
          new DecimalMaxDef().value(Columns.number(f.maximum())).message("{humfig.field.maximum}"));
    }
    if (f.pattern() != null && javaType == String.class) {
      p.constraint(new PatternDef().regexp(f.pattern()).message("{humfig.field.pattern}"));
    }
    if (!f.allowed().isEmpty()) {
      p.constraint(
          new GenericConstraintDef<>(OneOf.class)
              .param("value", f.allowed().toArray(String[]::new))
              .message("{humfig.field.enum}"));
    }
  }

  /** Returns the schema this validator checks against. */
  public TableSchema schema() {
    return schema;
  }

  /**
   * Returns the rules {@code f} breaks, in column order: the checks compiled from the schema, which
   * find what Hibernate Validator finds with the same configuration.
   */
  public List<Violation> check(Figure f) {
    if (compiled == null) {
      return violations(f, hibernate().validator().validate(f));
    }
    return sorted(compiled.check(f));
  }

  /** Returns the rules {@code f} breaks, in column order, as Hibernate Validator finds them. */
  List<Violation> checkByHibernate(Figure f) {
    return violations(f, hibernate().validator().validate(f));
  }

  /**
   * Returns the rules {@code f} breaks, in column order, checking its evidence against the text of
   * its document as well.
   */
  public List<Violation> check(Figure f, String document) {
    if (compiled != null) {
      return sorted(compiled.check(f, document));
    }
    return checkByHibernate(f, document);
  }

  /**
   * Returns the rules {@code f} breaks, in column order, as Hibernate Validator finds them when it
   * checks the evidence against {@code document} as well.
   */
  List<Violation> checkByHibernate(Figure f, String document) {
    Validator v =
        hibernate()
            .factory()
            .unwrap(HibernateValidatorFactory.class)
            .usingContext()
            .constraintValidatorPayload(document)
            .getValidator();
    return violations(f, v.validate(f));
  }

  private List<Violation> violations(Figure f, Set<ConstraintViolation<Figure>> found) {
    List<Violation> out = new ArrayList<>();
    for (ConstraintViolation<Figure> v : found) {
      String component = v.getPropertyPath().toString();
      String column = Columns.column(component);
      String template = v.getConstraintDescriptor().getMessageTemplate();
      String rule = template.replaceAll("^\\{humfig\\.(rule\\.)?|}$", "");
      Severity severity = Levels.from(v.getConstraintDescriptor().getPayload());
      String message = v.getMessage();
      if (template.startsWith("{humfig.rule.")) {
        message = schema.check(rule).map(c -> fill(c.message(), f)).orElse(message);
      } else {
        message = column + " " + message;
      }
      Object value = column.isEmpty() ? null : Columns.value(f, column);
      out.add(new Violation(column, Columns.text(value), rule, severity, message));
    }
    return sorted(out);
  }

  private List<Violation> sorted(List<Violation> out) {
    if (out.size() < 2) {
      return out;
    }
    out.sort(
        Comparator.comparingInt((Violation v) -> order.getOrDefault(v.column(), Integer.MAX_VALUE))
            .thenComparing(Violation::rule));
    return out;
  }

  /** Returns {@code f} with its status and issues set from {@link #check}. */
  public Figure apply(Figure f) {
    return apply(f, check(f));
  }

  /** Returns {@code f} with the status and issues the given violations imply. */
  public static Figure apply(Figure f, List<Violation> violations) {
    Status status = Status.VALID;
    Set<String> issues = new LinkedHashSet<>();
    for (Violation v : violations) {
      if (v.severity() == Severity.ERROR) {
        status = Status.INVALID;
      } else if (v.severity() == Severity.WARNING && status == Status.VALID) {
        status = Status.WARNING;
      }
      if (v.severity() != Severity.INFO) {
        issues.add(v.rule());
      }
    }
    return f.toBuilder().status(status).issues(List.copyOf(issues)).build();
  }

  /** Fills {@code {column}} placeholders with the figure's values. */
  static String fill(String message, Figure f) {
    Matcher m = PLACEHOLDER.matcher(message);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String column = m.group(1);
      String value =
          Columns.names().contains(column) ? Columns.text(Columns.value(f, column)) : m.group();
      m.appendReplacement(sb, Matcher.quoteReplacement(value.isEmpty() ? "(empty)" : value));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  @Override
  public void close() {
    Hibernate h = hibernate;
    if (h != null) {
      h.factory().close();
    }
  }
}
