package org.humfig.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.humfig.model.Figure;

/** Runs the cross-field rule a {@link CrossCheck} names, pointing a violation at its column. */
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
    Optional<String> column = rule.broken(f);
    if (column.isEmpty()) {
      return true;
    }
    ctx.disableDefaultConstraintViolation();
    ctx.buildConstraintViolationWithTemplate(ctx.getDefaultConstraintMessageTemplate())
        .addPropertyNode(column.get())
        .addConstraintViolation();
    return false;
  }
}
