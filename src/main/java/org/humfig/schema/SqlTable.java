package org.humfig.schema;

import java.util.ArrayList;
import java.util.List;
import org.humfig.model.Vocabulary;

/**
 * The {@code CREATE TABLE} statement of a table schema in a database's dialect, so that a CSV
 * export loads untouched with the database's own bulk loader ({@code \copy}, {@code .import},
 * {@code COPY}):
 *
 * <pre>{@code
 * CREATE TABLE "figures" (
 *   "figure_id" text NOT NULL,       -- Figure id
 *   "value" double precision NOT NULL,  -- Value
 *   ...
 *   PRIMARY KEY ("figure_id")
 * );
 * }</pre>
 *
 * <p>Columns come in the schema's order with its types; required columns are {@code NOT NULL} and
 * the primary key is the schema's. Allowed values, ranges and patterns are deliberately not
 * database constraints: an export keeps its invalid figures (their {@code status} says so), and one
 * of them must not make a whole load fail. For SQLite, whose {@code .import} reads an empty cell as
 * an empty string, a trigger turns empty strings into NULL as rows arrive.
 */
public final class SqlTable {

  /** The databases a statement can be written for; each is called by its id ({@code sqlite}). */
  public enum Dialect implements Vocabulary {
    /** PostgreSQL. */
    POSTGRES,
    /** SQLite 3. */
    SQLITE,
    /** DuckDB. */
    DUCKDB;

    /** Returns the column type of a Table Schema type. */
    public String type(String tableSchemaType) {
      return switch (tableSchemaType) {
        case "number" -> this == POSTGRES ? "double precision" : this == SQLITE ? "REAL" : "DOUBLE";
        case "integer" -> this == SQLITE ? "INTEGER" : this == POSTGRES ? "bigint" : "BIGINT";
        case "date" -> this == SQLITE ? "TEXT" : this == POSTGRES ? "date" : "DATE";
        default -> this == POSTGRES ? "text" : this == SQLITE ? "TEXT" : "VARCHAR";
      };
    }
  }

  private SqlTable() {}

  /**
   * Returns the statements that create table {@code table} for {@code schema} in {@code dialect}.
   */
  public static String create(TableSchema schema, String table, Dialect dialect) {
    List<String> lines = new ArrayList<>();
    List<Field> fields = schema.fields();
    boolean key = !schema.primaryKey().isEmpty();
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      String column =
          "  "
              + quote(f.name())
              + " "
              + dialect.type(f.type())
              + (f.required() ? " NOT NULL" : "")
              + (i < fields.size() - 1 || key ? "," : "");
      lines.add(column + "  -- " + comment(f));
    }
    if (key) {
      lines.add(
          "  PRIMARY KEY ("
              + String.join(", ", schema.primaryKey().stream().map(SqlTable::quote).toList())
              + ")");
    }
    StringBuilder sql = new StringBuilder();
    sql.append("-- ")
        .append(schema.name())
        .append(' ')
        .append(schema.version())
        .append(", from ")
        .append(schema.file())
        .append('\n');
    sql.append("CREATE TABLE ").append(quote(table)).append(" (\n");
    lines.forEach(l -> sql.append(l).append('\n'));
    sql.append(");\n");
    if (dialect == Dialect.SQLITE) {
      sql.append(emptyIsNull(fields, table));
    }
    return sql.toString();
  }

  /** Returns a trigger that sets the empty strings {@code .import} writes to NULL. */
  private static String emptyIsNull(List<Field> fields, String table) {
    List<String> sets = new ArrayList<>();
    for (Field f : fields) {
      if (!f.required()) {
        sets.add("    " + quote(f.name()) + " = NULLIF(" + quote(f.name()) + ", '')");
      }
    }
    if (sets.isEmpty()) {
      return "";
    }
    return "-- .import reads an empty cell as an empty string: store NULL instead.\n"
        + "CREATE TRIGGER "
        + quote(table + "_empty_is_null")
        + " AFTER INSERT ON "
        + quote(table)
        + "\nBEGIN\n  UPDATE "
        + quote(table)
        + " SET\n"
        + String.join(",\n", sets)
        + "\n  WHERE rowid = NEW.rowid;\nEND;\n";
  }

  private static String comment(Field f) {
    String title = f.title().isBlank() ? f.name() : f.title();
    return title.replaceAll("[\\r\\n]+", " ");
  }

  /** Returns an identifier in double quotes, which every dialect reads as is. */
  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
