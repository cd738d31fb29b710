package org.humfig.schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A rule that a table schema's field constraints cannot express, documented beside them in the
 * schema's {@code rules} property: a cross-field or dataset rule.
 *
 * @param id stable id ({@code value.bounds}), written into a figure's issues
 * @param severity error, warning or info
 * @param description what the rule requires
 * @param message the message for a figure that breaks it; {@code {column}} names a column's value
 * @param scope {@code row} for a rule one figure can break, {@code dataset} for a rule about the
 *     whole table ({@code id.unique})
 * @param params the rest of the rule's properties (e.g. {@code units} for {@code unit.metric})
 */
public record Check(
    String id,
    Severity severity,
    String description,
    String message,
    String scope,
    JsonNode params) {

  /** Returns true for a rule about the whole table rather than one row. */
  public boolean dataset() {
    return "dataset".equals(scope);
  }
}
