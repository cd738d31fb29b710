package org.humfig.export;

import java.util.List;
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
 * The chart of {@link XlsxChart} drawn through POI's chart API, as the workbook drew it before it
 * wrote the chart's XML itself: the reference the written XML is compared with.
 */
final class PoiChart {

  private PoiChart() {}

  /**
   * Draws the chart on {@code sheet} in {@code box}, titled {@code title}, with {@code categories}
   * read from {@code categoryRange} and a value axis titled {@code axis}.
   */
  static XSSFChart columns(
      SXSSFSheet sheet,
      XlsxChart.Box box,
      String title,
      String[] categories,
      String categoryRange,
      List<XlsxChart.Series> series,
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
    for (XlsxChart.Series s : series) {
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
