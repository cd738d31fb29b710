package org.humfig.schema;

import java.util.List;

/**
 * One column of the table schema.
 *
 * @param name the column name ({@code value_low})
 * @param title a human title ("Low")
 * @param type the Table Schema type: string, number, integer or date
 * @param description what the column holds
 * @param hxl the HXL hashtag for the column ({@code #indicator+num+low})
 * @param required whether every row must have a value
 * @param unique whether values must be unique across rows
 * @param minimum the smallest allowed number, or null
 * @param maximum the largest allowed number, or null
 * @param allowed the allowed values, empty when any value is allowed
 * @param pattern a regular expression a string value must match, or null
 */
public record Field(
    String name,
    String title,
    String type,
    String description,
    String hxl,
    boolean required,
    boolean unique,
    Double minimum,
    Double maximum,
    List<String> allowed,
    String pattern) {

  /** Copies the allowed values so the record stays immutable. */
  public Field {
    allowed = List.copyOf(allowed);
  }

  /** Returns true for number and integer columns. */
  public boolean numeric() {
    return type.equals("number") || type.equals("integer");
  }
}
