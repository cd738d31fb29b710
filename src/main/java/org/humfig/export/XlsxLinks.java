package org.humfig.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTHyperlinks;

/**
 * The web links of one sheet, up to a cap (Excel opens at most 65,530 per sheet). Consecutive cells
 * of a column with the same address share one link, so a document's figures cost one link, not one
 * each.
 */
final class XlsxLinks {

  /** The longest address Excel keeps in a link. */
  static final int MAX_ADDRESS = 2079;

  private final XSSFSheet sheet;
  private final int cap;
  private final CTHyperlinks store = CTHyperlinks.Factory.newInstance();
  private int count;
  private long refused;
  private XlsxLink last;
  private String lastAddress;
  private int firstRow;
  private int lastRow;
  private int lastCol;

  XlsxLinks(XSSFSheet sheet, int cap) {
    this.sheet = sheet;
    this.cap = cap;
  }

  /**
   * Links the cell at {@code row}, {@code col} to {@code address} and returns true, or returns
   * false when the address is not an http(s) URL or the sheet has no links left.
   */
  boolean add(int row, int col, String address) {
    if (!linkable(address)) {
      return false;
    }
    if (last != null && col == lastCol && row == lastRow + 1 && address.equals(lastAddress)) {
      lastRow = row;
      last.range(new CellRangeAddress(firstRow, lastRow, col, col));
      return true;
    }
    if (count >= cap) {
      refused++;
      return false;
    }
    count++;
    last = new XlsxLink(store, new CellRangeAddress(row, row, col, col), address, "link" + count);
    sheet.addHyperlink(last);
    lastAddress = address;
    firstRow = row;
    lastRow = row;
    lastCol = col;
    return true;
  }

  /** Returns the number of links written. */
  int count() {
    return count;
  }

  /** Returns the number of web addresses left as text because the sheet had no links left. */
  long refused() {
    return refused;
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
