package org.humfig.validate;

import java.util.Map;
import java.util.TreeMap;

/**
 * The rules that follow from a table schema itself rather than from its {@code rules} property: the
 * table's shape, the cells' types and the fields' constraints. Their ids and descriptions.
 */
final class TableRules {

  static final String EMPTY = "table.empty";
  static final String NO_ROWS = "table.no-rows";
  static final String MISSING = "table.missing-column";
  static final String EXTRA = "table.extra-column";
  static final String RENAMED = "table.renamed-column";
  static final String DUPLICATE = "table.duplicate-column";
  static final String QUOTE = "table.unbalanced-quote";
  static final String RAGGED = "row.ragged";
  static final String BLANK = "row.blank";
  static final String NUMBER = "type.number";
  static final String INTEGER = "type.integer";
  static final String DATE = "type.date";
  static final String BOOLEAN = "type.boolean";

  private static final Map<String, String> DESCRIPTIONS = new TreeMap<>();

  static {
    DESCRIPTIONS.put(EMPTY, "The file has no header row.");
    DESCRIPTIONS.put(NO_ROWS, "The table has a header but no rows.");
    DESCRIPTIONS.put(MISSING, "Every column of the schema is in the header.");
    DESCRIPTIONS.put(EXTRA, "The header has no column the schema does not define.");
    DESCRIPTIONS.put(RENAMED, "A column is named exactly as the schema names it.");
    DESCRIPTIONS.put(DUPLICATE, "No column name appears twice in the header.");
    DESCRIPTIONS.put(QUOTE, "Every quoted value is closed.");
    DESCRIPTIONS.put(RAGGED, "A row has as many cells as the header.");
    DESCRIPTIONS.put(BLANK, "A row has at least one value.");
    DESCRIPTIONS.put(
        NUMBER, "A number column holds a number: digits, a '.' decimal, no thousands separators.");
    DESCRIPTIONS.put(INTEGER, "An integer column holds a whole number.");
    DESCRIPTIONS.put(DATE, "A date column holds an ISO date, yyyy-mm-dd.");
    DESCRIPTIONS.put(BOOLEAN, "A boolean column holds true or false.");
    DESCRIPTIONS.put("field.required", "A required column has a value in every row.");
    DESCRIPTIONS.put("field.minimum", "A number is at least the schema's minimum.");
    DESCRIPTIONS.put("field.maximum", "A number is at most the schema's maximum.");
    DESCRIPTIONS.put("field.pattern", "A text value matches the schema's pattern.");
    DESCRIPTIONS.put("field.enum", "A value is one of the schema's allowed values.");
  }

  private TableRules() {}

  /** Returns the description of a rule that is not in the schema's rules, or empty. */
  static String describe(String id) {
    return DESCRIPTIONS.getOrDefault(id, "");
  }

  /** Returns the ids of these rules. */
  static java.util.Set<String> ids() {
    return DESCRIPTIONS.keySet();
  }
}
