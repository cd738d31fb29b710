package org.humfig.validate;

import java.util.HashMap;
import java.util.Map;
import org.humfig.model.Columns;

/** Pairs schema column names with the components of the figure record. */
final class Names {

  private static final Map<String, String> COMPONENT = new HashMap<>();
  private static final Map<String, String> COLUMN = new HashMap<>();

  static {
    for (String column : Columns.names()) {
      String component = column.equals("figure_id") ? "id" : Columns.camel(column);
      COMPONENT.put(column, component);
      COLUMN.put(component, column);
    }
  }

  private Names() {}

  /** Returns the record component of {@code column}, or null when the record has none. */
  static String component(String column) {
    return COMPONENT.get(column);
  }

  /** Returns the Java type of record component {@code component}. */
  static Class<?> type(String component) {
    for (var c : org.humfig.model.Figure.class.getRecordComponents()) {
      if (c.getName().equals(component)) {
        return c.getType();
      }
    }
    throw new IllegalArgumentException("a figure has no component '" + component + "'");
  }

  /** Returns the column of record component {@code component}, or "" for the figure as a whole. */
  static String column(String component) {
    return COLUMN.getOrDefault(component, "");
  }
}
