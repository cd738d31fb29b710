package org.humfig.validate;

import org.humfig.schema.Severity;

/**
 * One problem found in a table: where it is, which rule it breaks and how serious it is.
 *
 * @param row the row as the user sees it in the file (the header is row 1), or 0 for the table
 * @param column the column at fault, or empty for the row or table as a whole
 * @param value the cell's value as written, or empty
 * @param rule the rule id ({@code value.bounds}, {@code type.date}, {@code table.missing-column})
 * @param severity how serious it is
 * @param message what is wrong, for a person
 */
public record Finding(
    int row, String column, String value, String rule, Severity severity, String message)
    implements java.io.Serializable {

  /** Returns a finding about the whole table. */
  public static Finding table(String rule, Severity severity, String message) {
    return new Finding(0, "", "", rule, severity, message);
  }
}
