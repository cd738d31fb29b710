package org.humfig.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.humfig.model.Figure;

/**
 * Runs the cross-field rule a {@link CrossCheck} names, pointing a violation at its column. The day
 * of the run comes from the validator's clock provider; the document text, when at hand, from the
 * Hibernate Validator constraint validator payload.
 */
public final class CrossCheckValidator implements ConstraintValidator<CrossCheck, Figure> {

  private static final ObjectMapper JSON = new ObjectMapper();
  private CrossRules.Rule rule;

  @Override
  public void initialize(CrossCheck a) {
    try {
      JsonNode params = JSON.readTree(a.params());
      rule = CrossRules.get(a.id()).orElseThrow().bind(params);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean isValid(Figure f, ConstraintValidatorContext ctx) {
    if (f == null) {
      return true;
    }
    Optional<String> column = rule.broken(f, context(ctx));
    if (column.isEmpty()) {
      return true;
    }
    ctx.disableDefaultConstraintViolation();
    ctx.buildConstraintViolationWithTemplate(ctx.getDefaultConstraintMessageTemplate())
        .addPropertyNode(column.get())
        .addConstraintViolation();
    return false;
  }

  private static CrossRules.Context context(ConstraintValidatorContext ctx) {
    LocalDate today =
        LocalDate.ofInstant(ctx.getClockProvider().getClock().instant(), java.time.ZoneOffset.UTC);
    if (today.getYear() >= FigureValidator.NO_RUN_DATE.getYear()) {
      today = null;
    }
    String document =
        ctx.unwrap(HibernateConstraintValidatorContext.class)
            .getConstraintValidatorPayload(String.class);
    return new CrossRules.Context(today, document);
  }
}
