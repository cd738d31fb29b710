package org.humfig.validate;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.humfig.model.Figure;
import org.humfig.schema.Check;
import org.humfig.schema.Severity;
import org.humfig.schema.TableSchema;

/**
 * Validates a whole table of figures against the schema: its shape (columns, row widths, quoting),
 * each cell's type, each figure's field and cross-field rules, and the dataset rules (unique
 * figure_id). Findings stream out as they are found; memory stays bounded by the table's width,
 * plus a compact index of the figure ids.
 */
public final class TableValidator {

  private final FigureValidator figures;
  private final TableSchema schema;

  /** Returns a table validator that checks each figure with {@code figures}. */
  public TableValidator(FigureValidator figures) {
    this.figures = figures;
    this.schema = figures.schema();
  }

  /**
   * Reads {@code table} and hands every finding to {@code sink}; returns the number of data rows.
   *
   * @throws Table.Unreadable when the file cannot be read as a table at all
   */
  public int validate(Table table, Consumer<Finding> sink) throws IOException, Table.Unreadable {
    Visitor v = new Visitor(sink, table.fixedWidth());
    table.read(v);
    if (v.reader == null) {
      sink.accept(
          Finding.table(TableRules.EMPTY, Severity.ERROR, "the file is empty: no header, no rows"));
    } else if (v.rows == 0) {
      sink.accept(
          Finding.table(
              TableRules.NO_ROWS, Severity.WARNING, "the table has a header but no rows"));
    }
    return v.rows;
  }

  /** Returns the description of rule {@code id}: from the schema, else from the table rules. */
  public String describe(String id) {
    return schema.check(id).map(Check::description).orElse(TableRules.describe(id));
  }

  private final class Visitor implements Table.Visitor {
    private final Consumer<Finding> sink;
    private final DatasetChecker dataset = new DatasetChecker(schema);
    private RowReader reader;
    private int rows;
    private boolean first = true;
    private final boolean fixedWidth;

    Visitor(Consumer<Finding> sink, boolean fixedWidth) {
      this.sink = sink;
      this.fixedWidth = fixedWidth;
    }

    @Override
    public void header(int row, List<String> names) {
      reader = new RowReader(schema, row, names);
      reader.headerFindings().forEach(sink);
    }

    @Override
    public void row(int row, List<String> cells) {
      boolean hxl =
          first
              && cells.stream().filter(c -> !c.isBlank()).allMatch(c -> c.strip().startsWith("#"));
      first = false;
      if (hxl && cells.stream().anyMatch(c -> !c.isBlank())) {
        return;
      }
      if (cells.stream().allMatch(String::isBlank)) {
        sink.accept(
            new Finding(row, "", "", TableRules.BLANK, Severity.WARNING, "the row is empty"));
        return;
      }
      rows++;
      if (cells.size() > reader.width() || (cells.size() < reader.width() && fixedWidth)) {
        sink.accept(
            new Finding(
                row,
                "",
                "",
                TableRules.RAGGED,
                Severity.ERROR,
                "the row has " + cells.size() + " cells, the header " + reader.width()));
      }
      RowReader.Parsed parsed = reader.read(row, cells);
      parsed.findings().forEach(sink);
      Figure f = parsed.figure();
      for (Violation v : figures.check(f)) {
        if (reader.missing().contains(v.column()) && v.rule().equals("field.required")) {
          continue;
        }
        if (parsed.findings().stream().anyMatch(x -> x.column().equals(v.column()))) {
          continue;
        }
        sink.accept(new Finding(row, v.column(), v.value(), v.rule(), v.severity(), v.message()));
      }
      dataset.check(row, f).forEach(sink);
    }

    @Override
    public void problem(Finding finding) {
      sink.accept(finding);
    }
  }
}
