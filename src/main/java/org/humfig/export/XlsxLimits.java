package org.humfig.export;

import org.apache.poi.ss.SpreadsheetVersion;

/**
 * The sizes a workbook export works within.
 *
 * @param rows rows per sheet, header included; a table continues on a new sheet past them
 * @param links hyperlinks in the whole workbook; past them a web address is plain text
 * @param window rows per sheet kept in memory; older rows are streamed to a temporary file
 */
record XlsxLimits(int rows, int links, int window) {

  /**
   * Excel's limits: 1,048,576 rows per sheet; 65,530 hyperlinks, Excel's limit for one sheet, for
   * the whole workbook (they are kept in memory); a window of 200 rows.
   */
  static final XlsxLimits EXCEL =
      new XlsxLimits(SpreadsheetVersion.EXCEL2007.getMaxRows(), 65_530, 200);

  /** Checks that a sheet can hold a header and a row. */
  XlsxLimits {
    if (rows < 2 || links < 0 || window < 1) {
      throw new IllegalArgumentException(
          "a sheet needs at least 2 rows and a window of 1 row: " + rows + ", " + window);
    }
  }
}
