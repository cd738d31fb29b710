package org.humfig.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * A clustered column chart over a block of cells: categories down one column, a series per column
 * beside it, each titled by its header cell. The chart refers to the cells and carries their
 * values, so a reader shows it without recalculating.
 *
 * <p>POI places the chart: the drawing, its anchor and the chart's part and relationships. The
 * chart's own XML is written here, as POI's chart API wrote it (title, bars, axes, legend), and put
 * into the file in place of the empty chart POI keeps ({@link XlsxBook#replace}): that API built
 * the same XML as a tree of a few hundred schema classes, a sixth of the time a short run spent on
 * its workbook.
 */
final class XlsxChart {

  /**
   * One series.
   *
   * @param name the series' name
   * @param title the header cell holding the name
   * @param values the values, one per category, none null
   * @param range the cells holding the values ({@code Summary!$K$7:$K$9})
   * @param rgb the colour of its bars, as 0xRRGGBB
   */
  record Series(String name, CellReference title, Double[] values, String range, int rgb) {}

  /**
   * Where the chart goes, in cells: from the top-left corner of ({@code col1}, {@code row1}) to the
   * top-left corner of ({@code col2}, {@code row2}), zero-based.
   */
  record Box(int col1, int row1, int col2, int row2) {}

  private XlsxChart() {}

  /**
   * Draws the chart on {@code sheet} (of an {@link XlsxBook}) in {@code box}, titled {@code title},
   * with {@code categories} (none null) read from {@code categoryRange} and a value axis titled
   * {@code axis}.
   */
  static XSSFChart columns(
      SXSSFSheet sheet,
      Box box,
      String title,
      String[] categories,
      String categoryRange,
      List<Series> series,
      String axis) {
    sheet.createDrawingPatriarch();
    // SXSSF's drawing cannot make charts; the XSSF drawing under it can, and is what is written.
    XSSFDrawing drawing = sheet.getDrawingPatriarch();
    XSSFChart chart =
        drawing.createChart(
            drawing.createAnchor(0, 0, 0, 0, box.col1(), box.row1(), box.col2(), box.row2()));
    ((XlsxBook) sheet.getWorkbook())
        .replace(
            chart.getPackagePart().getPartName().getName(),
            xml(title, categories, categoryRange, series, axis).getBytes(StandardCharsets.UTF_8));
    return chart;
  }

  /** Returns the chart's XML, element for element as POI's chart API writes it. */
  static String xml(
      String title, String[] categories, String categoryRange, List<Series> series, String axis) {
    StringBuilder x = new StringBuilder(2048 + 160 * categories.length * (1 + series.size()));
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"")
        .append(" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><c:chart>");
    title(x, title);
    x.append("<c:plotArea><c:layout/><c:barChart><c:barDir val=\"col\"/>")
        .append("<c:grouping val=\"clustered\"/><c:varyColors val=\"false\"/>");
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      x.append("<c:ser><c:idx val=\"").append(i).append("\"/><c:order val=\"").append(i);
      x.append("\"/><c:tx><c:strRef><c:f>");
      text(x, s.title().formatAsString());
      x.append("</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>");
      text(x, s.name());
      x.append("</c:v></c:pt></c:strCache></c:strRef></c:tx>");
      x.append("<c:spPr><a:solidFill><a:srgbClr val=\"")
          .append(String.format("%06X", s.rgb() & 0xFFFFFF))
          .append("\"/></a:solidFill></c:spPr>");
      x.append("<c:cat><c:strRef><c:f>");
      text(x, categoryRange);
      x.append("</c:f><c:strCache><c:ptCount val=\"").append(categories.length).append("\"/>");
      for (int k = 0; k < categories.length; k++) {
        x.append("<c:pt idx=\"").append(k).append("\"><c:v>");
        text(x, categories[k]);
        x.append("</c:v></c:pt>");
      }
      x.append("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>");
      text(x, s.range());
      x.append("</c:f><c:numCache><c:ptCount val=\"").append(s.values().length).append("\"/>");
      for (int k = 0; k < s.values().length; k++) {
        x.append("<c:pt idx=\"").append(k).append("\"><c:v>");
        x.append(s.values()[k].toString());
        x.append("</c:v></c:pt>");
      }
      x.append("</c:numCache></c:numRef></c:val></c:ser>");
    }
    x.append("<c:axId val=\"0\"/><c:axId val=\"1\"/></c:barChart>");
    x.append("<c:catAx><c:axId val=\"0\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>")
        .append("<c:delete val=\"false\"/><c:axPos val=\"b\"/><c:majorTickMark val=\"cross\"/>")
        .append("<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>")
        .append("<c:crossAx val=\"1\"/><c:crosses val=\"autoZero\"/><c:auto val=\"false\"/>")
        .append("</c:catAx>");
    x.append("<c:valAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>")
        .append("<c:delete val=\"false\"/><c:axPos val=\"l\"/>");
    title(x, axis);
    x.append("<c:majorTickMark val=\"cross\"/><c:minorTickMark val=\"none\"/>")
        .append("<c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"0\"/>")
        .append("<c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/></c:valAx>")
        .append("</c:plotArea>");
    x.append("<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"false\"/></c:legend>")
        .append("<c:plotVisOnly val=\"true\"/></c:chart>")
        .append("<c:printSettings><c:headerFooter/><c:pageMargins b=\"0.75\" l=\"0.7\" r=\"0.7\"")
        .append(" t=\"0.75\" header=\"0.3\" footer=\"0.3\"/><c:pageSetup/></c:printSettings>")
        .append("</c:chartSpace>");
    return x.toString();
  }

  /** Appends a title of rich text, as POI's {@code setTitleText} and axis title write it. */
  private static void title(StringBuilder x, String text) {
    x.append("<c:title><c:tx><c:rich><a:bodyPr anchor=\"t\" rtlCol=\"false\"/><a:lstStyle/>")
        .append("<a:p><a:pPr algn=\"l\"><a:defRPr/></a:pPr><a:r><a:rPr lang=\"")
        .append(Locale.getDefault().toLanguageTag()) // as POI: the run's (Main sets the root's)
        .append("\"/><a:t>");
    text(x, text);
    x.append("</a:t></a:r><a:endParaRPr lang=\"en-US\" sz=\"1100\"/></a:p></c:rich></c:tx>")
        .append("<c:layout/><c:overlay val=\"false\"/></c:title>");
  }

  /** Returns whether XMLBeans writes {@code c} as a question mark: no character of XML. */
  private static boolean bad(char c) {
    return !(Character.isSurrogate(c)
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || c == '\t'
        || c == '\n');
  }

  /** Appends {@code s} as element text, escaped as XMLBeans escapes it. */
  static void text(StringBuilder x, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> x.append("&amp;");
        case '<' -> x.append("&lt;");
        case '>' -> x.append(i >= 2 && s.startsWith("]]", i - 2) ? "&gt;" : ">");
        case '\r' -> x.append("&#13;");
        default -> x.append(bad(c) ? '?' : c);
      }
    }
  }
}
