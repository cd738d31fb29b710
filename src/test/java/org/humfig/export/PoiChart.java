package org.humfig.export;

import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * A clustered column chart over a block of cells: categories down one column, a series per column
 * beside it, each titled by its header cell. The chart refers to the cells and carries their
 * values, so a reader shows it without recalculating.
 */
final class XlsxChart {

  /**
   * One series.
   *
   * @param name the series' name
   * @param title the header cell holding the name
   * @param values the values, one per category
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
   * Draws the chart on {@code sheet} in {@code box}, titled {@code title}, with {@code categories}
   * read from {@code categoryRange} and a value axis titled {@code axis}.
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
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
    y.setTitle(axis);
    y.setCrosses(AxisCrosses.AUTO_ZERO);
    y.setCrossBetween(AxisCrossBetween.BETWEEN);
    XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
    bars.setBarDirection(BarDirection.COL);
    bars.setBarGrouping(BarGrouping.CLUSTERED);
    bars.setVaryColors(false);
    XDDFDataSource<String> names = XDDFDataSourcesFactory.fromArray(categories, categoryRange);
    for (Series s : series) {
      XDDFChartData.Series added =
          bars.addSeries(names, XDDFDataSourcesFactory.fromArray(s.values(), s.range()));
      added.setTitle(s.name(), s.title());
      // Without an explicit fill LibreOffice draws the bars invisible.
      added.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb(s.rgb()))));
    }
    chart.plot(bars);
    return chart;
  }

  private static byte[] rgb(int rgb) {
    return new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
  }
}
