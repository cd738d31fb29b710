package org.humfig.validate;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A class-level constraint on a figure: one of the schema's cross-field rules, named by its id and
 * configured by its parameters (the rule's JSON properties). Applied by {@link FigureValidator}
 * through a programmatic constraint mapping built from the schema.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = CrossCheckValidator.class)
public @interface CrossCheck {
  /** The rule id, e.g. {@code value.bounds}. */
  String id();

  /** The rule's parameters as a JSON object. */
  String params() default "{}";

  /** The message template. */
  String message() default "";

  /** Bean Validation groups. */
  Class<?>[] groups() default {};

  /** Bean Validation payload (the severity). */
  Class<? extends Payload>[] payload() default {};
}
