package org.humfig.bench;

import java.util.List;

/**
 * Texts shaped to make text handling slow: one piece repeated into a single huge line or paragraph
 * ("1,1,1,...", "1, 2, 3, ...", "U.S. U.S. ...", a run of dashes or spaces, a paragraph that never
 * ends its sentence, thousands of short lines). Reading one must take time linear in its length; a
 * shape twice as long must take about twice as long.
 */
public final class Shapes {

  /**
   * A named shape.
   *
   * @param name what it is, for the report
   * @param piece the piece repeated
   */
  public record Shape(String name, String piece) {

    /** Returns the piece repeated up to {@code length} characters (no piece is cut). */
    public String text(int length) {
      StringBuilder sb = new StringBuilder(length + piece.length());
      while (sb.length() + piece.length() <= length) {
        sb.append(piece);
      }
      return sb.toString();
    }
  }

  /** Every shape the bench reads. */
  public static final List<Shape> ALL =
      List.of(
          new Shape("digits and commas", "1,"),
          new Shape("numbers and commas", "1, 2, "),
          new Shape("numbers and spaces", "12 "),
          new Shape("digits and dots", "1."),
          new Shape("ranges", "1-"),
          new Shape("abbreviations", "U.S. "),
          new Shape("dashes", "-- "),
          new Shape("spaces", "      x"),
          new Shape("one long sentence", "people were killed in the town, "),
          new Shape("figures, no full stop", "more than 300 people fled and 12 were killed, "),
          new Shape("short lines", "word,\n"),
          new Shape("number words", "tens of thousands and a million "),
          new Shape("quotes", "\" "));

  private Shapes() {}
}
