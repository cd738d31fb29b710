package org.humfig.text;

import java.util.List;

/**
 * A table in a document text: a header line naming the columns and the rows under it, each cell a
 * span of the text ("District | Deaths | Injured" over "Sindh | 76 | 1,204").
 *
 * @param header the header's cells
 * @param rows the rows' cells, each row as long as the header
 */
public record Table(List<Cell> header, List<Row> rows) {

  /** Copies the lists so the record stays immutable. */
  public Table {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /**
   * A cell: where its text lies in the document, without the spaces around it.
   *
   * @param start offset of its first character
   * @param end offset just past its last character (equal to start for an empty cell)
   */
  public record Cell(int start, int end) {

    /** Returns true when the cell holds no text. */
    public boolean empty() {
      return start == end;
    }

    /** Returns the cell's text in {@code text}, the document text. */
    public String text(String text) {
      return text.substring(start, end);
    }
  }

  /**
   * A row of the table.
   *
   * @param start offset of the row's line in the document
   * @param end offset just past the row's line
   * @param cells the row's cells
   */
  public record Row(int start, int end, List<Cell> cells) {

    /** Copies the cells so the record stays immutable. */
    public Row {
      cells = List.copyOf(cells);
    }
  }
}
