package org.humfig.export;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTHyperlinks;

/**
 * A hyperlink to a web address over a range of cells, light enough to keep tens of thousands of
 * them in memory while rows stream to disk.
 */
final class XlsxLink extends XSSFHyperlink {

  /*
   * A sheet's first link, which makes POI write the sheet's list of links and its relationships
   * part; the others are added to both as text (XlsxLinks, XlsxBook). Its XML is kept in a list of
   * its own, not the sheet's, and its relationship is created only when the sheet is written, with
   * the id the others follow.
   */

  private final String address;
  private final String id;

  /** Creates a link from {@code range} to {@code address}, its XML added to {@code store}. */
  XlsxLink(CTHyperlinks store, CellRangeAddress range, String address, String id) {
    super(store.addNewHyperlink(), null);
    this.address = address;
    this.id = id;
    range(range);
  }

  /** Makes the link cover {@code range}. */
  void range(CellRangeAddress range) {
    getCTHyperlink().setRef(range.formatAsString());
  }

  @Override
  public HyperlinkType getType() {
    return HyperlinkType.URL;
  }

  @Override
  public boolean needsRelationToo() {
    return true;
  }

  @Override
  public String getAddress() {
    return address;
  }

  @Override
  protected void generateRelationIfNeeded(PackagePart sheetPart) {
    if (getCTHyperlink().getId() == null) {
      PackageRelationship rel =
          sheetPart.addExternalRelationship(
              address, XSSFRelation.SHEET_HYPERLINKS.getRelation(), id);
      getCTHyperlink().setId(rel.getId());
    }
  }
}
