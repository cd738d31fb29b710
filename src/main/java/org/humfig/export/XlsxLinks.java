package org.humfig.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTHyperlinks;

/**
 * The web links of one sheet. Consecutive cells of a column with the same address share one link,
 * so a document's figures cost one link, not one each. Links come out of a {@link Budget} the
 * sheets of a workbook share.
 */
final class XlsxLinks {

  /**
   * The links a workbook may still make, shared by its sheets. Links are the one part of a workbook
   * kept in memory until it is written (about 1.5 kB each with their relationships), so a cap for
   * the whole workbook, not per sheet, is what keeps memory bounded. Not thread-safe.
   */
  static final class Budget {
    private int left;
    private long refused;

    /** Allows {@code links} links. */
    Budget(int links) {
      this.left = links;
    }

    private boolean take() {
      if (left == 0) {
        refused++;
        return false;
      }
      left--;
      return true;
    }

    /** Returns how many links were refused: web addresses written as plain text. */
    long refused() {
      return refused;
    }
  }

  /** The longest address Excel keeps in a link. */
  static final int MAX_ADDRESS = 2079;

  private final XSSFSheet sheet;
  private final Budget budget;
  private CTHyperlinks store;
  private int count;
  private XlsxLink last;
  private String lastAddress;
  private int firstRow;
  private int lastRow;
  private int lastCol;

  XlsxLinks(XSSFSheet sheet, Budget budget) {
    this.sheet = sheet;
    this.budget = budget;
  }

  /**
   * Links the cell at {@code row}, {@code col} to {@code address} and returns true, or returns
   * false when the address is not an http(s) URL or the workbook has no links left.
   */
  boolean add(int row, int col, String address) {
    if (last != null && col == lastCol && row == lastRow + 1 && address.equals(lastAddress)) {
      // The address was linkable when the link was made; its range is set when it ends.
      lastRow = row;
      return true;
    }
    if (!linkable(address)) {
      return false;
    }
    if (!budget.take()) {
      return false;
    }
    finish();
    count++;
    last = new XlsxLink(store(), new CellRangeAddress(row, row, col, col), address, "link" + count);
    sheet.addHyperlink(last);
    lastAddress = address;
    firstRow = row;
    lastRow = row;
    lastCol = col;
    return true;
  }

  /** Sets the range of the last link to the rows it covers; call it before the sheet is written. */
  void finish() {
    if (last != null && lastRow > firstRow) {
      last.range(new CellRangeAddress(firstRow, lastRow, lastCol, lastCol));
    }
  }

  /**
   * Returns the list the links' XML is kept in: a list of its own, not the sheet's. When the sheet
   * is written POI copies the links into the sheet's list in one pass; were they already there, it
   * would look each one up from the start of the list, in time growing with the square of their
   * number (seconds for the 65,530 links a workbook may hold).
   */
  private CTHyperlinks store() {
    if (store == null) {
      store = CTHyperlinks.Factory.newInstance();
    }
    return store;
  }

  /** Returns true for an absolute http or https URL that Excel can keep as a link. */
  static boolean linkable(String address) {
    if (address == null || address.isEmpty() || address.length() > MAX_ADDRESS) {
      return false;
    }
    try {
      URI uri = new URI(address);
      String scheme = uri.getScheme();
      return scheme != null
          && uri.getHost() != null
          && (scheme.toLowerCase(Locale.ROOT).equals("http")
              || scheme.toLowerCase(Locale.ROOT).equals("https"));
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
