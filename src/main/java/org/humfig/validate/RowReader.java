package org.humfig.validate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.humfig.model.Columns;
import org.humfig.model.Figure;
import org.humfig.model.Vocabulary;
import org.humfig.schema.Field;
import org.humfig.schema.Severity;
import org.humfig.schema.TableSchema;

/**
 * Reads the rows of a table into figures, checking the header against the schema's fields and each
 * cell against its field's type. What cannot be read is reported and left empty, so the rest of the
 * row is still checked.
 */
final class RowReader {

  private static final String EVIDENCE_FIELD = "evidence";

  private final TableSchema schema;
  private final List<Field> fields;

  /** For each schema field, its index in the header, or -1 when missing. */
  private final int[] index;

  private final int width;

  /** For each schema field, its vocabulary's members by id, or null when it is not one. */
  private final List<Map<String, Object>> members = new ArrayList<>();

  /** For each schema field, how a figure takes its value, or null when a figure has no such. */
  private final List<java.util.function.BiConsumer<Figure.Builder, Object>> setters =
      new ArrayList<>();

  /** The cells that stand for a missing value. */
  private final Set<String> missingValues;

  /**
   * Whether a cell may stand for a missing value by its length alone: a cell of no missing value's
   * length is not looked up (most cells, when the only missing value is the empty one).
   */
  private final java.util.BitSet missingLengths = new java.util.BitSet();

  /** How each schema field's cells are read, by index. */
  private final Kind[] kinds;

  /** How a field's cells are read: by its type, and evidence exactly as written. */
  private enum Kind {
    NUMBER,
    INTEGER,
    DATE,
    TEXT,
    EVIDENCE;

    static Kind of(Field field) {
      return switch (field.type()) {
        case "number" -> NUMBER;
        case "integer" -> INTEGER;
        case "date" -> DATE;
        default -> field.name().equals(EVIDENCE_FIELD) ? EVIDENCE : TEXT;
      };
    }
  }

  private final Set<String> missing = new LinkedHashSet<>();
  private final List<Finding> headerFindings = new ArrayList<>();

  RowReader(TableSchema schema, int headerRow, List<String> header) {
    this.schema = schema;
    this.fields = schema.fields();
    this.width = header.size();
    this.index = new int[fields.size()];
    this.missingValues = Set.copyOf(schema.missingValues());
    missingValues.forEach(m -> missingLengths.set(m.length()));
    this.kinds = fields.stream().map(Kind::of).toArray(Kind[]::new);
    for (int f = 0; f < fields.size(); f++) {
      String name = fields.get(f).name();
      boolean figure = Columns.names().contains(name);
      setters.add(figure ? Columns.setter(name) : null);
      Map<String, Object> ids = null;
      if (figure && Columns.type(name).isEnum()) {
        ids = new HashMap<>();
        for (Object member : Columns.type(name).getEnumConstants()) {
          ids.putIfAbsent(((Vocabulary) member).id(), member);
        }
      }
      members.add(ids);
    }
    Map<String, Integer> exact = new HashMap<>();
    Map<String, Integer> loose = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).replace("\uFEFF", "").strip();
      if (name.isEmpty()) {
        continue;
      }
      if (exact.putIfAbsent(name, i) != null) {
        headerFindings.add(
            new Finding(
                headerRow,
                name,
                name,
                TableRules.DUPLICATE,
                Severity.ERROR,
                "column '" + name + "' appears more than once"));
      }
      loose.putIfAbsent(loose(name), i);
    }
    Set<Integer> used = new java.util.HashSet<>();
    for (int f = 0; f < fields.size(); f++) {
      String name = fields.get(f).name();
      Integer at = exact.get(name);
      if (at == null) {
        at = loose.get(loose(name));
        if (at == null) {
          at = near(name, exact);
        }
        if (at != null && !used.contains(at) && !schemaHas(header.get(at).strip())) {
          headerFindings.add(
              new Finding(
                  headerRow,
                  name,
                  header.get(at).strip(),
                  TableRules.RENAMED,
                  Severity.ERROR,
                  "column '" + header.get(at).strip() + "' should be named '" + name + "'"));
        } else {
          at = null;
        }
      }
      if (at == null) {
        missing.add(name);
        headerFindings.add(
            new Finding(
                headerRow,
                name,
                "",
                TableRules.MISSING,
                Severity.ERROR,
                "column '" + name + "' is missing from the header"));
        index[f] = -1;
      } else {
        used.add(at);
        index[f] = at;
      }
    }
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).replace("\uFEFF", "").strip();
      if (!used.contains(i) && !name.isEmpty() && exact.get(name) == i) {
        headerFindings.add(
            new Finding(
                headerRow,
                name,
                name,
                TableRules.EXTRA,
                Severity.WARNING,
                "column '" + name + "' is not in the schema; its values are not checked"));
      }
    }
  }

  private boolean schemaHas(String name) {
    return schema.field(name).isPresent();
  }

  /** A header name within two edits of {@code name} ("valeu" for "value"), or null. */
  private static Integer near(String name, Map<String, Integer> exact) {
    for (Map.Entry<String, Integer> e : exact.entrySet()) {
      if (Math.abs(e.getKey().length() - name.length()) <= 2
          && distance(loose(e.getKey()), loose(name)) <= 2
          && name.length() > 4) {
        return e.getValue();
      }
    }
    return null;
  }

  private static String loose(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** Returns the problems with the header. */
  List<Finding> headerFindings() {
    return headerFindings;
  }

  /** Returns the schema columns the header lacks. */
  Set<String> missing() {
    return missing;
  }

  /** Returns the number of header cells. */
  int width() {
    return width;
  }

  /** A row read: the figure, and the cells that could not be read. */
  record Parsed(Figure figure, List<Finding> findings) {}

  /** Returns the cell of schema field {@code f} as written, or null when missing or empty. */
  private String cell(int f, List<String> cells) {
    if (index[f] < 0 || index[f] >= cells.size()) {
      return null;
    }
    String text = cells.get(index[f]);
    if (text == null
        || (missingLengths.get(text.length()) && missingValues.contains(text))
        || text.isBlank()) {
      return null;
    }
    return text;
  }

  /** Reads row {@code row}. */
  Parsed read(int row, List<String> cells) {
    Figure.Builder b = Figure.builder();
    List<Finding> findings = new ArrayList<>(0);
    for (int f = 0; f < fields.size(); f++) {
      var setter = setters.get(f);
      String text = setter == null ? null : cell(f, cells);
      if (text == null) {
        continue;
      }
      // Evidence is read exactly: its offsets count every character.
      String cell = kinds[f] == Kind.EVIDENCE ? text : text.strip();
      Object value = parse(row, f, members.get(f), cell, findings);
      if (value != null) {
        setter.accept(b, value);
      }
    }
    return new Parsed(b.build(), findings);
  }

  /**
   * Reads row {@code row} of a table that is not of figures: each column's value typed by its field
   * (String, Double, Integer, LocalDate or Boolean), by column name; what cannot be read is
   * reported to {@code findings} and left out.
   */
  Map<String, Object> values(int row, List<String> cells, List<Finding> findings) {
    Map<String, Object> values = new HashMap<>();
    for (int f = 0; f < fields.size(); f++) {
      Field field = fields.get(f);
      String text = cell(f, cells);
      if (text == null) {
        continue;
      }
      Object value =
          field.type().equals("boolean")
              ? bool(row, field, text.strip(), findings)
              : parse(row, f, null, text.strip(), findings);
      if (value != null) {
        values.put(field.name(), value);
      }
    }
    return values;
  }

  private static Boolean bool(int row, Field field, String text, List<Finding> findings) {
    String t = text.toLowerCase(Locale.ROOT);
    if (t.equals("true") || t.equals("false")) {
      return t.equals("true");
    }
    findings.add(typeError(row, field, text, TableRules.BOOLEAN, "is not true or false"));
    return null;
  }

  private Object parse(
      int row, int f, Map<String, Object> vocabulary, String text, List<Finding> findings) {
    Field field = fields.get(f);
    switch (kinds[f]) {
      case NUMBER:
        if (!number(text)) {
          findings.add(
              typeError(
                  row,
                  field,
                  text,
                  TableRules.NUMBER,
                  "is not a number (write digits with a '.' decimal and no thousands separators, e.g. 1200.5)"));
          return null;
        }
        return Double.parseDouble(text);
      case INTEGER:
        if (!integer(text)) {
          findings.add(typeError(row, field, text, TableRules.INTEGER, "is not a whole number"));
          return null;
        }
        return Integer.parseInt(text);
      case DATE:
        LocalDate d = date(text);
        if (d == null) {
          findings.add(
              typeError(
                  row,
                  field,
                  text,
                  TableRules.DATE,
                  "is not a date (write yyyy-mm-dd, e.g. 2016-12-11)"));
        }
        return d;
      default:
        break;
    }
    if (vocabulary != null) {
      Object member = vocabulary.get(text);
      if (member == null) {
        member = vocabulary.get(text.toLowerCase(Locale.ROOT));
      }
      if (member != null) {
        return member;
      }
      findings.add(
          new Finding(
              row,
              field.name(),
              text,
              "field.enum",
              Severity.ERROR,
              field.name()
                  + " '"
                  + text
                  + "' is not one of "
                  + String.join(", ", field.allowed())));
      return null;
    }
    return text;
  }

  /**
   * Returns true when {@code s} is a number as a CSV cell may write it: an optional sign, digits
   * with an optional '.' decimal part (or a '.' and digits), an optional exponent.
   */
  static boolean number(String s) {
    int n = s.length();
    int i = sign(s, 0);
    int whole = digits(s, i);
    i += whole;
    int fraction = 0;
    if (i < n && s.charAt(i) == '.') {
      fraction = digits(s, i + 1);
      i += 1 + fraction;
    }
    if (whole == 0 && fraction == 0) {
      return false;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i = sign(s, i + 1);
      int exponent = digits(s, i);
      if (exponent == 0) {
        return false;
      }
      i += exponent;
    }
    return i == n;
  }

  /** Returns true when {@code s} is an optional sign and one to nine digits. */
  static boolean integer(String s) {
    int i = sign(s, 0);
    int d = digits(s, i);
    return d >= 1 && d <= 9 && i + d == s.length();
  }

  private static int sign(String s, int i) {
    return i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-') ? i + 1 : i;
  }

  /** Returns how many ASCII digits {@code s} has from {@code i} on. */
  private static int digits(String s, int i) {
    int j = i;
    while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
      j++;
    }
    return j - i;
  }

  /** Returns the date written yyyy-mm-dd in {@code text}, or null when it is not one. */
  static LocalDate date(String text) {
    if (text.length() != 10
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || digits(text, 0) != 4
        || digits(text, 5) != 2
        || digits(text, 8) != 2) {
      return null;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(text, 0, 4, 10),
          Integer.parseInt(text, 5, 7, 10),
          Integer.parseInt(text, 8, 10, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Finding typeError(int row, Field field, String text, String rule, String what) {
    return new Finding(
        row, field.name(), text, rule, Severity.ERROR, field.name() + " '" + text + "' " + what);
  }
}
