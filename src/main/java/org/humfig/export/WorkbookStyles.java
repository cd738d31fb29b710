package org.humfig.export;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of {@code figures.xlsx}, created once per workbook and shared by every sheet
 * (Excel allows about 64,000 styles per file; a style per cell would run out).
 *
 * @param header bold column headers
 * @param title a bold, larger heading
 * @param text plain text, top-aligned
 * @param wrapped text wrapped inside its column width (evidence, notes, messages)
 * @param date an ISO date ({@code yyyy-mm-dd}), whatever the reader's locale
 * @param integer a whole number with thousands separators ({@code 120,000})
 * @param decimal a number with thousands separators and up to four decimals ({@code 776.9964})
 * @param link a hyperlink, blue and underlined
 */
record WorkbookStyles(
    CellStyle header,
    CellStyle title,
    CellStyle text,
    CellStyle wrapped,
    CellStyle date,
    CellStyle integer,
    CellStyle decimal,
    CellStyle link) {

  /** The number format of whole numbers. */
  static final String INTEGER = "#,##0";

  /** The number format of other numbers. */
  static final String DECIMAL = "#,##0.####";

  /** The date format. */
  static final String DATE = "yyyy-mm-dd";

  /** Returns the styles, created in {@code workbook}. */
  static WorkbookStyles create(Workbook workbook) {
    DataFormat format = workbook.createDataFormat();
    Font bold = workbook.createFont();
    bold.setBold(true);
    Font big = workbook.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    Font blue = workbook.createFont();
    blue.setUnderline(Font.U_SINGLE);
    blue.setColor(IndexedColors.BLUE.getIndex());

    CellStyle header = style(workbook);
    header.setFont(bold);
    CellStyle title = style(workbook);
    title.setFont(big);
    CellStyle wrapped = style(workbook);
    wrapped.setWrapText(true);
    CellStyle date = style(workbook);
    date.setDataFormat(format.getFormat(DATE));
    CellStyle integer = style(workbook);
    integer.setDataFormat(format.getFormat(INTEGER));
    CellStyle decimal = style(workbook);
    decimal.setDataFormat(format.getFormat(DECIMAL));
    CellStyle link = style(workbook);
    link.setFont(blue);
    return new WorkbookStyles(
        header, title, style(workbook), wrapped, date, integer, decimal, link);
  }

  private static CellStyle style(Workbook workbook) {
    CellStyle s = workbook.createCellStyle();
    s.setVerticalAlignment(VerticalAlignment.TOP);
    return s;
  }
}
