package org.humfig.validate;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.humfig.model.Figure;
import org.humfig.schema.TableSchema;

/**
 * Reads the figures of a table back (an export, merged or edited by hand): each row as a figure,
 * with the cells that could not be read. Rows stream, one at a time.
 */
public final class TableFigures {

  /**
   * One row read.
   *
   * @param row the row as the user sees it (the header is row 1)
   * @param figure the figure, cells that could not be read left empty
   * @param findings what could not be read, and the row's shape problems
   */
  public record Row(int row, Figure figure, List<Finding> findings) {}

  private final TableSchema schema;

  /** Returns a reader of tables of {@code schema}. */
  public TableFigures(TableSchema schema) {
    this.schema = schema;
  }

  /**
   * Reads {@code table}: problems with its header and structure go to {@code problems}, each data
   * row to {@code rows}, in order. Blank rows and an HXL hashtag row are skipped.
   *
   * @throws Table.Unreadable when the file cannot be read as a table at all
   */
  public void read(Table table, Consumer<Finding> problems, Consumer<Row> rows)
      throws IOException, Table.Unreadable {
    RowReader[] reader = {null};
    table.read(
        new Table.Visitor() {
          private boolean first = true;

          @Override
          public void header(int row, List<String> names) {
            reader[0] = new RowReader(schema, row, names);
            reader[0].headerFindings().forEach(problems);
          }

          @Override
          public void row(int row, List<String> cells) {
            boolean hxl =
                first
                    && cells.stream()
                        .filter(c -> !c.isBlank())
                        .allMatch(c -> c.strip().startsWith("#"));
            first = false;
            if (hxl || cells.stream().allMatch(String::isBlank)) {
              return;
            }
            RowReader.Parsed p = reader[0].read(row, cells);
            rows.accept(new Row(row, p.figure(), p.findings()));
          }

          @Override
          public void problem(Finding finding) {
            problems.accept(finding);
          }
        });
  }
}
