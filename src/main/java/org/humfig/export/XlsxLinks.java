package org.humfig.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTHyperlinks;

/**
 * The web links of one sheet. Consecutive cells of a column with the same address share one link,
 * so a document's figures cost one link, not one each. Links come out of a {@link Budget} the
 * sheets of a workbook share. Past the first, a link is kept as the two elements of XML it is
 * written as (about 0.2 kB), not as POI's objects.
 */
final class XlsxLinks {

  /**
   * The links a workbook may still make, shared by its sheets. Links are the one part of a workbook
   * kept in memory until it is written (about 0.2 kB each as text), so a cap for the whole
   * workbook, not per sheet, is what keeps memory bounded; Excel allows 65,530 a sheet. Not
   * thread-safe.
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
  private final StringBuilder refs = new StringBuilder();
  private final StringBuilder targets = new StringBuilder();
  private int count;
  private String address;
  private int firstRow;
  private int lastRow;
  private int col;

  XlsxLinks(XSSFSheet sheet, Budget budget) {
    this.sheet = sheet;
    this.budget = budget;
  }

  /**
   * Links the cell at {@code row}, {@code col} to {@code address} and returns true, or returns
   * false when the address is not an http(s) URL or the workbook has no links left.
   */
  boolean add(int row, int col, String address) {
    if (this.address != null
        && col == this.col
        && row == lastRow + 1
        && address.equals(this.address)) {
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
    this.address = address;
    this.firstRow = row;
    this.lastRow = row;
    this.col = col;
    return true;
  }

  /**
   * Ends the link being made, now that its rows are known; call it before the sheet is written. The
   * sheet's first link is POI's, so that POI writes the sheet's list of links and its
   * relationships; the others are XML text that the workbook adds to both ({@link XlsxBook}).
   */
  void finish() {
    if (address == null) {
      return;
    }
    count++;
    String id = "link" + count;
    CellRangeAddress range = new CellRangeAddress(firstRow, lastRow, col, col);
    if (count == 1) {
      sheet.addHyperlink(new XlsxLink(CTHyperlinks.Factory.newInstance(), range, address, id));
    } else {
      refs.append("<hyperlink ref=\"")
          .append(range.formatAsString())
          .append("\" r:id=\"")
          .append(id)
          .append("\"/>");
      targets.append("<Relationship Id=\"").append(id).append("\" Target=\"");
      escape(address, targets);
      targets
          .append("\" TargetMode=\"External\" Type=\"")
          .append(XSSFRelation.SHEET_HYPERLINKS.getRelation())
          .append("\"/>");
    }
    address = null;
  }

  /** Returns the hyperlink elements of the links after the first, for the sheet's XML. */
  CharSequence refs() {
    return refs;
  }

  /** Returns the relationship elements of the links after the first, for the sheet's part. */
  CharSequence targets() {
    return targets;
  }

  /** Appends {@code s} escaped for an XML attribute in double quotes. */
  private static void escape(String s, StringBuilder out) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
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
