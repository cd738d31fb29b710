package org.humfig.validate;

import org.humfig.schema.Severity;

/**
 * One broken rule of one figure.
 *
 * @param column the column at fault ({@code value_high})
 * @param value the value in that column, as written in a CSV cell
 * @param rule the rule id ({@code value.bounds}, {@code field.minimum})
 * @param severity how serious it is
 * @param message what is wrong, for a person
 */
public record Violation(
    String column, String value, String rule, Severity severity, String message) {}
