package org.humfig.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.humfig.model.Figure;
import org.humfig.model.Metric;
import org.humfig.model.Status;
import org.humfig.model.Unit;

/**
 * The {@code Summary} sheet: per location, metric and unit, the figures side by side (how many,
 * from how many sources, the latest, the lowest and the highest), under a chart of the people
 * killed and displaced in the locations with the largest figures.
 *
 * <p>Figures are counted as they stream past ({@link #add}) into one {@link XlsxAggregate} per key,
 * so memory grows with the number of locations and metrics, not of figures. The sheet is written at
 * the end ({@link #write}), rows sorted by location, metric and unit.
 */
final class XlsxSummary {

  static final String SHEET = "Summary";

  /** The metrics charted as displaced: people who left their homes. */
  static final Set<Metric> DISPLACED =
      EnumSet.of(Metric.DISPLACED, Metric.FLED, Metric.EVACUATED, Metric.REFUGEES, Metric.HOMELESS);

  /** Locations in the chart, at most. */
  static final int CHART_LOCATIONS = 15;

  static final String NO_LOCATION = "(no location)";

  private static final List<String> HEADERS =
      List.of(
          "Location",
          "Metric",
          "Unit",
          "Latest",
          "Lowest",
          "Highest",
          "Figures",
          "Sources",
          "Publishers",
          "Latest date",
          "Latest document",
          "Latest publisher",
          "Latest figure");
  private static final List<Integer> WIDTHS =
      List.of(24, 18, 10, 12, 12, 12, 10, 10, 11, 12, 22, 24, 20);

  private static final List<String> NOTES =
      List.of(
          "One row per location, metric and unit, over the valid figures and those with warnings;"
              + " invalid figures are left out (%d here).",
          "Latest: the figure about the latest day, its date_end, else its document's"
              + " published_date; on the same day the higher figure; undated figures come last."
              + " Latest date is that day.",
          "Households are counted in people (value_people) where it is known; shares in percent,"
              + " areas in km2. Sources: documents with such a figure (see the Sources sheet);"
              + " Publishers: their distinct source_name, counted up to "
              + XlsxAggregate.MAX_PUBLISHERS
              + ".",
          "Chart: for the "
              + CHART_LOCATIONS
              + " locations with the largest figures, the latest number of people killed and the"
              + " latest number displaced (displaced, fled, evacuated, refugees or homeless).");

  /**
   * What a row sums up.
   *
   * @param location the place name, empty when unknown
   * @param metric what is counted
   * @param unit what the values are in: people, households, percent or km2
   */
  record Key(String location, Metric metric, String unit) {}

  private static final Comparator<Key> ORDER =
      Comparator.comparing(Key::location).thenComparing(Key::metric).thenComparing(Key::unit);

  private final Map<Key, XlsxAggregate> totals = new HashMap<>();
  private long invalid;

  /** Counts {@code figure}, unless it is invalid or has no metric or value. */
  void add(Figure figure) {
    if (figure.status() == Status.INVALID) {
      invalid++;
      return;
    }
    if (figure.metric() == null || figure.value() == null) {
      return;
    }
    boolean people =
        (figure.unit() == Unit.PEOPLE || figure.unit() == Unit.HOUSEHOLDS)
            && figure.valuePeople() != null;
    double value = people ? figure.valuePeople() : figure.value();
    String unit = people ? Unit.PEOPLE.id() : figure.unit() == null ? "" : figure.unit().id();
    String location = figure.location() == null ? "" : figure.location();
    LocalDate date = figure.dateEnd() != null ? figure.dateEnd() : figure.publishedDate();
    totals
        .computeIfAbsent(new Key(location, figure.metric(), unit), k -> new XlsxAggregate())
        .add(value, date, figure.documentId(), figure.sourceName(), figure.id());
  }

  /** Returns the number of rows the sheet will have under its header. */
  int size() {
    return totals.size();
  }

  /** Writes the sheet. */
  void write(SXSSFWorkbook workbook, XlsxCells cells) {
    SXSSFSheet sheet = workbook.createSheet(SHEET);
    cells.styled(sheet.createRow(0), 0, "Summary", cells.styles().title());
    for (int i = 0; i < NOTES.size(); i++) {
      cells.text(sheet.createRow(1 + i), 0, String.format(NOTES.get(i), invalid));
    }
    List<Key> keys = new ArrayList<>(totals.keySet());
    keys.sort(ORDER);
    int chartTop = NOTES.size() + 2;
    int tableTop = chartTop + 22;
    List<Row> chartRows = new ArrayList<>();
    for (int r = chartTop; r < tableTop - 1; r++) {
      chartRows.add(sheet.createRow(r));
    }
    chart(sheet, cells, keys, chartRows);
    Row header = sheet.createRow(tableTop);
    for (int c = 0; c < HEADERS.size(); c++) {
      cells.styled(header, c, HEADERS.get(c), cells.styles().header());
      sheet.setColumnWidth(c, WIDTHS.get(c) * 256);
    }
    int r = tableTop;
    for (Key k : keys) {
      row(sheet.createRow(++r), cells, k, totals.get(k));
    }
    sheet.setAutoFilter(
        new CellRangeAddress(tableTop, Math.max(r, tableTop + 1), 0, HEADERS.size() - 1));
  }

  private static void row(Row row, XlsxCells cells, Key k, XlsxAggregate a) {
    cells.text(row, 0, k.location().isEmpty() ? NO_LOCATION : k.location());
    cells.text(row, 1, k.metric().id());
    cells.text(row, 2, k.unit().isEmpty() ? null : k.unit());
    cells.number(row, 3, a.latest());
    cells.number(row, 4, a.lowest());
    cells.number(row, 5, a.highest());
    cells.number(row, 6, a.figures());
    cells.number(row, 7, a.documents());
    cells.number(row, 8, a.publishers());
    cells.date(row, 9, a.latestDate());
    cells.text(row, 10, a.latestDocument());
    cells.text(row, 11, a.latestPublisher());
    cells.text(row, 12, a.latestFigure());
  }

  /** Writes the chart's data beside it and draws it, or says there is nothing to chart. */
  private void chart(SXSSFSheet sheet, XlsxCells cells, List<Key> keys, List<Row> rows) {
    Map<String, XlsxAggregate[]> byPlace = new LinkedHashMap<>();
    for (Key k : keys) {
      boolean killed = k.metric() == Metric.KILLED;
      if (!k.unit().equals(Unit.PEOPLE.id()) || !killed && !DISPLACED.contains(k.metric())) {
        continue;
      }
      XlsxAggregate[] pair = byPlace.computeIfAbsent(k.location(), p -> new XlsxAggregate[2]);
      int i = killed ? 0 : 1;
      XlsxAggregate a = totals.get(k);
      if (pair[i] == null || a.laterThan(pair[i])) {
        pair[i] = a;
      }
    }
    List<Map.Entry<String, XlsxAggregate[]>> top = new ArrayList<>(byPlace.entrySet());
    top.sort(
        Comparator.comparingDouble((Map.Entry<String, XlsxAggregate[]> e) -> -largest(e))
            .thenComparing(Map.Entry::getKey));
    top = top.subList(0, Math.min(CHART_LOCATIONS, top.size()));
    if (top.isEmpty()) {
      cells.text(rows.get(0), 0, "No people killed or displaced to chart.");
      return;
    }
    int col = HEADERS.size() + 1;
    Row header = rows.get(0);
    cells.styled(header, col, "Location", cells.styles().header());
    cells.styled(header, col + 1, "Killed", cells.styles().header());
    cells.styled(header, col + 2, "Displaced", cells.styles().header());
    String[] names = new String[top.size()];
    Double[] killed = new Double[top.size()];
    Double[] displaced = new Double[top.size()];
    for (int i = 0; i < top.size(); i++) {
      Row row = rows.get(i + 1);
      XlsxAggregate[] pair = top.get(i).getValue();
      names[i] = top.get(i).getKey().isEmpty() ? NO_LOCATION : top.get(i).getKey();
      killed[i] = pair[0] == null ? null : pair[0].latest();
      displaced[i] = pair[1] == null ? null : pair[1].latest();
      cells.text(row, col, names[i]);
      cells.value(row, col + 1, killed[i]);
      cells.value(row, col + 2, displaced[i]);
    }
    sheet.setColumnWidth(col, 24 * 256);
    int first = header.getRowNum() + 1;
    int last = first + top.size() - 1;
    XlsxChart.columns(
        sheet,
        new XlsxChart.Box(0, header.getRowNum(), 9, header.getRowNum() + 20),
        "People killed and displaced, latest figure",
        names,
        range(first, last, col),
        List.of(
            series("Killed", header, col + 1, killed, first, last, 0xC0392B),
            series("Displaced", header, col + 2, displaced, first, last, 0x2E86C1)),
        "people");
  }

  private static XlsxChart.Series series(
      String name, Row header, int col, Double[] values, int first, int last, int rgb) {
    return new XlsxChart.Series(
        name,
        new CellReference(SHEET, header.getRowNum(), col, true, true),
        values,
        range(first, last, col),
        rgb);
  }

  private static String range(int first, int last, int col) {
    return new CellRangeAddress(first, last, col, col).formatAsString(SHEET, true);
  }

  private static double largest(Map.Entry<String, XlsxAggregate[]> e) {
    double max = 0;
    for (XlsxAggregate a : e.getValue()) {
      if (a != null) {
        max = Math.max(max, a.latest());
      }
    }
    return max;
  }
}
