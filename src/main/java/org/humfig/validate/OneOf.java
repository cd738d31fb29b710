package org.humfig.validate;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Set;
import org.humfig.model.Vocabulary;

/** The value is one of the schema's allowed values (a vocabulary member by its id). */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = OneOf.Check.class)
public @interface OneOf {
  /** The allowed values. */
  String[] value();

  /** The message template. */
  String message() default "{humfig.field.enum}";

  /** Bean Validation groups. */
  Class<?>[] groups() default {};

  /** Bean Validation payload (the severity). */
  Class<? extends Payload>[] payload() default {};

  /** Checks a value against the allowed list; null passes (required is a separate rule). */
  final class Check implements ConstraintValidator<OneOf, Object> {
    private Set<String> allowed;

    @Override
    public void initialize(OneOf a) {
      allowed = Set.of(a.value());
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext ctx) {
      if (value == null) {
        return true;
      }
      String id = value instanceof Vocabulary v ? v.id() : value.toString();
      return allowed.contains(id);
    }
  }
}
