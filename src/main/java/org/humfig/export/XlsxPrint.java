package org.humfig.export;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a sheet prints: landscape, all columns scaled onto the width of one page (as many pages down
 * as the rows need), narrow margins, the header rows repeated at the top of every page and the
 * sheet's name and page number in the footer. Without it, a sheet of 23 figures printed as 42
 * portrait pages with the header on the first.
 */
final class XlsxPrint {

  /** Narrow margins, in inches, as Excel's "Narrow" preset. */
  private static final double SIDE = 0.25;

  private static final double TOP = 0.75;

  private static final double HEADER = 0.3;

  /** The footer: the sheet's name, the page and the number of pages (Excel's field codes). */
  private static final String FOOTER = "&A - page &P of &N";

  private XlsxPrint() {}

  /**
   * Sets up {@code sheet} for printing, repeating its first {@code headerRows} rows on every page
   * (none when 0).
   */
  static void setup(Sheet sheet, int headerRows) {
    PrintSetup print = sheet.getPrintSetup();
    print.setLandscape(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setMargin(PageMargin.LEFT, SIDE);
    sheet.setMargin(PageMargin.RIGHT, SIDE);
    sheet.setMargin(PageMargin.TOP, TOP);
    sheet.setMargin(PageMargin.BOTTOM, TOP);
    sheet.setMargin(PageMargin.HEADER, HEADER);
    sheet.setMargin(PageMargin.FOOTER, HEADER);
    sheet.getFooter().setCenter(FOOTER);
    if (headerRows > 0) {
      sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
    }
  }
}
