package org.humfig.validate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.humfig.model.Columns;
import org.humfig.schema.Check;
import org.humfig.schema.Field;
import org.humfig.schema.SchemaException;
import org.humfig.schema.Severity;
import org.humfig.schema.TableSchema;

/**
 * Validates a table of consolidated facts ({@code consolidated.csv}, or a workbook's Consolidated
 * sheet) against its schema ({@code schemas/consolidated.schema.json}): the header, each cell's
 * type, each field's constraints ({@code required}, {@code enum}, {@code pattern}, {@code minimum},
 * {@code maximum}), the schema's row rules and a unique primary key. Findings come out in row
 * order; one row is held at a time, with a compact index of the keys.
 */
public final class FactValidator {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_0-9]+)}");

  /** The row rules a facts schema may name, by id: each says whether a row's values break it. */
  private static final Map<String, BiFunction<Map<String, Object>, Check, Boolean>> RULES =
      Map.of(
          "value.order",
          (v, c) ->
              less(v.get("value_best"), v.get("value_low"))
                  || less(v.get("value_high"), v.get("value_best"))
                  || less(v.get("value_high"), v.get("value_low")),
          "period.order",
          (v, c) -> less(v.get("date_end"), v.get("date_start")),
          "count.order",
          (v, c) ->
              less(v.get("reports"), v.get("sources")) || less(v.get("figures"), v.get("reports")));

  private final TableSchema schema;
  private final List<Check> rules = new ArrayList<>();
  private final Check unique;

  /**
   * Returns a validator for {@code schema}.
   *
   * @throws SchemaException when the schema names a rule humfig does not implement for facts
   */
  public FactValidator(TableSchema schema) {
    this.schema = schema;
    Check key = null;
    for (Check c : schema.checks()) {
      if (c.dataset() && c.id().equals(DatasetRules.UNIQUE)) {
        key = c;
      } else if (RULES.containsKey(c.id())) {
        rules.add(c);
      } else {
        throw new SchemaException(
            "schema rule '"
                + c.id()
                + "' is not one humfig implements for facts (known: "
                + String.join(", ", new TreeSet<>(RULES.keySet()))
                + ", "
                + DatasetRules.UNIQUE
                + ")");
      }
    }
    this.unique = key;
  }

  /** Returns the schema this validator checks against. */
  public TableSchema schema() {
    return schema;
  }

  /**
   * Reads {@code table} and hands every finding to {@code sink}, in row order; returns the number
   * of data rows.
   *
   * @throws Table.Unreadable when the file cannot be read as a table at all
   */
  public int validate(Table table, Consumer<Finding> sink) throws IOException, Table.Unreadable {
    IdIndex keys = new IdIndex();
    String key = schema.fields().isEmpty() ? "" : schema.fields().get(0).name();
    int[] rows = {0};
    RowReader[] reader = {null};
    table.read(
        new Table.Visitor() {
          @Override
          public void header(int row, List<String> names) {
            reader[0] = new RowReader(schema, row, names);
            reader[0].headerFindings().forEach(sink);
          }

          private boolean first = true;

          @Override
          public void row(int row, List<String> cells) {
            boolean hxl =
                first
                    && cells.stream()
                        .filter(c -> !c.isBlank())
                        .allMatch(c -> c.strip().startsWith("#"));
            first = false;
            if (hxl && cells.stream().anyMatch(c -> !c.isBlank())) {
              return;
            }
            if (cells.stream().allMatch(String::isBlank)) {
              sink.accept(
                  new Finding(row, "", "", TableRules.BLANK, Severity.WARNING, "the row is empty"));
              return;
            }
            rows[0]++;
            if (cells.size() > reader[0].width()
                || (cells.size() < reader[0].width() && table.fixedWidth())) {
              sink.accept(
                  new Finding(
                      row,
                      "",
                      "",
                      TableRules.RAGGED,
                      Severity.ERROR,
                      "the row has " + cells.size() + " cells, the header " + reader[0].width()));
            }
            List<Finding> findings = new ArrayList<>();
            Map<String, Object> values = reader[0].values(row, cells, findings);
            findings.forEach(sink);
            check(row, values, reader[0], findings, sink);
            Object id = values.get(key);
            if (unique != null && id != null) {
              int earlier = keys.put(id.toString(), row);
              if (earlier > 0) {
                sink.accept(
                    new Finding(
                        row,
                        key,
                        id.toString(),
                        unique.id(),
                        unique.severity(),
                        key + " " + id + " is used by row " + earlier));
              }
            }
          }

          @Override
          public void problem(Finding finding) {
            sink.accept(finding);
          }
        });
    if (reader[0] == null) {
      sink.accept(
          Finding.table(TableRules.EMPTY, Severity.ERROR, "the file is empty: no header, no rows"));
    } else if (rows[0] == 0) {
      sink.accept(
          Finding.table(
              TableRules.NO_ROWS, Severity.WARNING, "the table has a header but no rows"));
    }
    return rows[0];
  }

  private void check(
      int row,
      Map<String, Object> values,
      RowReader reader,
      List<Finding> unreadable,
      Consumer<Finding> sink) {
    for (Field f : schema.fields()) {
      boolean bad = unreadable.stream().anyMatch(x -> x.column().equals(f.name()));
      Object v = values.get(f.name());
      if (bad || (v == null && reader.missing().contains(f.name()))) {
        continue;
      }
      String text = v == null ? "" : Columns.text(v);
      if (v == null) {
        if (f.required()) {
          sink.accept(field(row, f, text, "field.required", "is required"));
        }
        continue;
      }
      if (!f.allowed().isEmpty() && f.allowed().stream().noneMatch(a -> a.equalsIgnoreCase(text))) {
        sink.accept(
            field(
                row,
                f,
                text,
                "field.enum",
                "'" + text + "' is not one of " + String.join(", ", f.allowed())));
      }
      if (f.pattern() != null && v instanceof String s && !s.matches(f.pattern())) {
        sink.accept(
            field(row, f, text, "field.pattern", "does not match the pattern " + f.pattern()));
      }
      if (f.minimum() != null && v instanceof Number n && n.doubleValue() < f.minimum()) {
        sink.accept(
            field(
                row, f, text, "field.minimum", "must be at least " + Columns.number(f.minimum())));
      }
      if (f.maximum() != null && v instanceof Number n && n.doubleValue() > f.maximum()) {
        sink.accept(
            field(row, f, text, "field.maximum", "must be at most " + Columns.number(f.maximum())));
      }
    }
    for (Check c : rules) {
      if (RULES.get(c.id()).apply(values, c)) {
        sink.accept(new Finding(row, "", "", c.id(), c.severity(), fill(c.message(), values)));
      }
    }
  }

  private static Finding field(int row, Field f, String value, String rule, String what) {
    return new Finding(row, f.name(), value, rule, Severity.ERROR, f.name() + " " + what);
  }

  /** Returns true when both are known and {@code a} is less than {@code b}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static boolean less(Object a, Object b) {
    if (a == null || b == null) {
      return false;
    }
    if (a instanceof Number x && b instanceof Number y) {
      return x.doubleValue() < y.doubleValue();
    }
    return a.getClass() == b.getClass() && ((Comparable) a).compareTo(b) < 0;
  }

  private static String fill(String message, Map<String, Object> values) {
    Matcher m = PLACEHOLDER.matcher(message);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      Object v = values.get(m.group(1));
      m.appendReplacement(sb, Matcher.quoteReplacement(v == null ? "(empty)" : Columns.text(v)));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
