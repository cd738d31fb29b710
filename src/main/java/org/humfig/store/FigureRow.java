package org.humfig.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import org.humfig.model.Columns;
import org.humfig.model.Figure;
import org.humfig.model.Vocabulary;
import org.humfig.schema.Field;
import org.humfig.schema.TableSchema;

/**
 * A figure as a row of the {@code figures} table: one column per field of the schema, numbers as
 * SQLite numbers, dates as ISO text and vocabulary members by their ids, as in {@code figures.csv},
 * so the store reads in any SQLite client the way the CSV reads in a spreadsheet.
 */
final class FigureRow {

  private final List<String> names;

  /**
   * Returns the row of {@code schema}'s columns.
   *
   * @throws StoreException when a schema column has the name of one the store keeps for itself
   */
  FigureRow(TableSchema schema) throws StoreException {
    this.names = schema.fields().stream().map(Field::name).toList();
    for (String n : names) {
      if (Layout.OWN.contains(n)) {
        throw new StoreException(
            "the schema's column '" + n + "' has the name of a column the store keeps");
      }
    }
  }

  /** Returns the columns, quoted and prefixed by {@code alias}, for a select list. */
  String select(String alias) {
    return names.stream().map(n -> alias + "." + Layout.quote(n)).collect(Collectors.joining(", "));
  }

  /** Returns the insert statement of a figure and the store's own columns. */
  String insert() {
    String columns = names.stream().map(Layout::quote).collect(Collectors.joining(", "));
    String marks = names.stream().map(n -> "?").collect(Collectors.joining(", "));
    return "INSERT INTO figures (figure_key, document_key, run_id, "
        + columns
        + ") VALUES (?, ?, ?, "
        + marks
        + ")";
  }

  /** Binds the columns of {@code f} from parameter {@code first} on. */
  void bind(PreparedStatement p, int first, Figure f) throws SQLException {
    for (int i = 0; i < names.size(); i++) {
      Object v = Columns.value(f, names.get(i));
      int at = first + i;
      if (v == null) {
        p.setNull(at, Types.NULL);
      } else if (v instanceof Double d) {
        p.setDouble(at, d);
      } else if (v instanceof Integer n) {
        p.setInt(at, n);
      } else {
        p.setString(at, Columns.text(v));
      }
    }
  }

  /**
   * Reads a figure from the columns of {@code r} from column {@code first} on.
   *
   * @throws StoreException for a value a figure cannot hold, naming the row and column
   */
  Figure read(ResultSet r, int first, long key) throws SQLException, StoreException {
    Figure.Builder b = Figure.builder();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      Columns.set(b, name, value(r, first + i, Columns.type(name), name, key));
    }
    return b.build();
  }

  private static Object value(ResultSet r, int at, Class<?> type, String name, long key)
      throws SQLException, StoreException {
    if (type == Double.class) {
      double d = r.getDouble(at);
      return r.wasNull() ? null : d;
    }
    if (type == Integer.class) {
      int n = r.getInt(at);
      return r.wasNull() ? null : n;
    }
    String text = r.getString(at);
    if (text == null || type == String.class) {
      return text;
    }
    if (type == LocalDate.class) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw unreadable(name, text, key, "a yyyy-mm-dd date");
      }
    }
    for (Object member : type.getEnumConstants()) {
      if (((Vocabulary) member).id().equals(text)) {
        return member;
      }
    }
    throw unreadable(name, text, key, "one of its allowed values");
  }

  private static StoreException unreadable(String name, String text, long key, String wanted) {
    return new StoreException(
        "figure_key " + key + ": " + name + " '" + text + "' is not " + wanted);
  }
}
