package org.humfig.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.humfig.model.Metric;
import org.humfig.model.Status;
import org.humfig.model.Unit;
import org.humfig.reconcile.Fact;
import org.humfig.reconcile.Places;

/**
 * The {@code Summary} sheet, built from the consolidated facts: per place, metric family and unit
 * the latest fact (best, low and high value, the day, whether its reports disagree), with a row per
 * country first that rolls its places up; beside the table, one chart per metric family and unit of
 * the places with the largest latest values, each on its own scale.
 *
 * <p>Facts are counted as they stream past ({@link #add}) into one {@link XlsxAggregate} per row,
 * so memory grows with the number of places and families, not of facts. The sheet is written at the
 * end ({@link #write}).
 */
final class XlsxSummary {

  static final String SHEET = "Summary";

  /** Places in a chart, at most. */
  static final int CHART_PLACES = 15;

  /** Rows a chart takes. */
  private static final int CHART_ROWS = 20;

  /** Columns a chart takes. */
  private static final int CHART_COLUMNS = 9;

  private static final List<String> HEADERS =
      List.of(
          "Country",
          "Place",
          "Level",
          "Metric",
          "Unit",
          "Latest",
          "Low",
          "High",
          "As of",
          "Tally",
          "Conflict",
          "Facts",
          "Reports",
          "Sources",
          "Fact",
          "Places",
          "Largest place",
          "Sum of places");
  private static final List<Integer> WIDTHS =
      List.of(9, 24, 8, 16, 9, 12, 12, 12, 12, 11, 9, 7, 8, 8, 19, 7, 13, 13);

  private static final List<String> NOTES =
      List.of(
          "One row per place, metric family and unit, from the consolidated facts (see the"
              + " Consolidated sheet), under a row per country that rolls its places up. Facts"
              + " resting on invalid figures only, or without a place, are left out (%d here).",
          "Latest: the fact about the latest day, the end of its period when a report dates it;"
              + " an undated fact counts as a week older than the day it was reported, so a dated"
              + " newer toll beats an undated older one. Totals and counts come before additions"
              + " (tally new), so a 24-hour count never stands for a toll; on the same day the"
              + " longer period, then the higher value. Latest, Low and High are the fact's best,"
              + " lowest and highest values; Reports and Sources are the fact's.",
          "Country rows: Latest is a fact about the whole country where there is one; Places,"
              + " Largest place (a floor for the country) and Sum of places (which counts people"
              + " twice where places nest, a city and its districts) roll up each place's latest.",
          "Charts: one per metric family and unit, the "
              + CHART_PLACES
              + " places with the largest latest value, each on its own scale.");

  /**
   * What a row sums up.
   *
   * @param country the ISO3 code, empty when unknown
   * @param place the place's key, empty for the country row
   * @param metric the metric family
   * @param unit the unit of the values
   */
  record Key(String country, String place, Metric metric, Unit unit) {
    boolean national() {
      return place.isEmpty();
    }
  }

  /** A place row with what it shows, for sorting by the name it shows. */
  private record Line(Key key, String name, XlsxAggregate aggregate) {}

  private final Map<Key, XlsxAggregate> rows = new HashMap<>();
  private long left;

  /** Counts {@code fact}, unless it rests on invalid figures only or has no place or value. */
  void add(Fact fact) {
    if (fact.status() == Status.INVALID
        || fact.place() == null
        || fact.metric() == null
        || fact.unit() == null
        || fact.valueBest() == null) {
      left++;
      return;
    }
    String country = fact.countryCode() == null ? "" : fact.countryCode();
    Key key = new Key(country, fact.national() ? "" : fact.place(), fact.metric(), fact.unit());
    rows.computeIfAbsent(key, k -> new XlsxAggregate()).add(fact);
    if (!fact.national()) {
      rows.computeIfAbsent(
          new Key(country, "", fact.metric(), fact.unit()), k -> new XlsxAggregate());
    }
  }

  /** Returns the number of rows the table will have under its header. */
  int size() {
    return rows.size();
  }

  /** Writes the sheet. */
  void write(XlsxBook workbook, XlsxCells cells) {
    SXSSFSheet sheet = workbook.createSheet(SHEET);
    cells.styled(sheet.createRow(0), 0, "Summary", cells.styles().title());
    for (int i = 0; i < NOTES.size(); i++) {
      cells.text(sheet.createRow(1 + i), 0, String.format(Locale.ROOT, NOTES.get(i), left));
    }
    int top = NOTES.size() + 2;
    List<Line> lines = lines();
    List<Chart> charts = charts(lines);
    int chartCol = HEADERS.size() + 1;
    int dataCol = chartCol + CHART_COLUMNS + 1;
    int last = Math.max(top + lines.size(), top + charts.size() * CHART_ROWS);
    Map<Key, List<Line>> places = byCountry(lines);
    for (int r = top; r <= last; r++) {
      Row row = sheet.createRow(r);
      int line = r - top - 1;
      if (r == top) {
        for (int c = 0; c < HEADERS.size(); c++) {
          cells.styled(row, c, HEADERS.get(c), cells.styles().header());
        }
      } else if (line < lines.size()) {
        write(row, cells, lines.get(line), places);
      }
      int chart = (r - top) / CHART_ROWS;
      if (chart < charts.size()) {
        charts.get(chart).data(row, cells, (r - top) % CHART_ROWS, dataCol);
      }
    }
    for (int c = 0; c < HEADERS.size(); c++) {
      sheet.setColumnWidth(c, WIDTHS.get(c) * 256);
    }
    sheet.setColumnWidth(dataCol, 24 * 256);
    sheet.createFreezePane(0, top + 1);
    sheet.setAutoFilter(
        new CellRangeAddress(top, Math.max(top + lines.size(), top + 1), 0, HEADERS.size() - 1));
    if (charts.isEmpty()) {
      cells.text(sheet.getRow(top), chartCol, "No facts with a place to chart.");
    }
    for (int k = 0; k < charts.size(); k++) {
      charts.get(k).draw(sheet, top + k * CHART_ROWS, chartCol, dataCol);
    }
  }

  /** Returns the rows in order: by country, the country row first, then places by name. */
  private List<Line> lines() {
    List<Line> out = new ArrayList<>();
    rows.forEach(
        (k, a) -> {
          String name = k.national() ? national(k.country()) : a.latest().location();
          out.add(new Line(k, name == null ? "" : name, a));
        });
    out.sort(
        Comparator.comparing((Line l) -> l.key().country().isEmpty())
            .thenComparing(l -> l.key().country())
            .thenComparing(l -> !l.key().national())
            .thenComparing(l -> l.name().toLowerCase(Locale.ROOT))
            .thenComparing(l -> l.key().place())
            .thenComparing(l -> l.key().metric())
            .thenComparing(l -> l.key().unit()));
    return out;
  }

  /**
   * Returns the name of a country row, the same for each of its metrics so that they sort by
   * metric: the country's English name, else its code, and "(all places)".
   */
  private static String national(String country) {
    String name = Places.country(country);
    name = name != null ? name : country;
    return name.isEmpty() ? "(all places)" : name + " (all places)";
  }

  /** Returns the place lines of each country row's key. */
  private static Map<Key, List<Line>> byCountry(List<Line> lines) {
    Map<Key, List<Line>> out = new HashMap<>();
    for (Line l : lines) {
      if (!l.key().national()) {
        Key k = new Key(l.key().country(), "", l.key().metric(), l.key().unit());
        out.computeIfAbsent(k, x -> new ArrayList<>()).add(l);
      }
    }
    return out;
  }

  private static void write(Row row, XlsxCells cells, Line line, Map<Key, List<Line>> places) {
    Key k = line.key();
    Fact f = line.aggregate().latest();
    cells.text(row, 0, k.country().isEmpty() ? null : k.country());
    cells.text(row, 1, line.name());
    cells.text(row, 2, k.national() ? "country" : "place");
    cells.text(row, 3, k.metric().id());
    cells.text(row, 4, k.unit().id());
    if (f != null) {
      cells.value(row, 5, f.valueBest());
      cells.value(row, 6, f.valueLow());
      cells.value(row, 7, f.valueHigh());
      cells.date(row, 8, f.asOf());
      cells.text(row, 9, f.tally() == null ? null : f.tally().id());
      cells.text(row, 10, f.conflict() ? "yes" : "no");
      cells.number(row, 12, f.reports());
      cells.number(row, 13, f.sources());
      cells.text(row, 14, f.groupId());
    }
    cells.number(row, 11, line.aggregate().facts());
    if (k.national()) {
      List<Line> under = places.getOrDefault(k, List.of());
      double largest = 0;
      double sum = 0;
      for (Line l : under) {
        largest = Math.max(largest, l.aggregate().value());
        sum += l.aggregate().value();
      }
      cells.number(row, 15, under.size());
      if (!under.isEmpty()) {
        cells.number(row, 16, largest);
        cells.number(row, 17, sum);
      }
    }
  }

  /** Returns a chart per metric family and unit of the place rows, in vocabulary order. */
  private static List<Chart> charts(List<Line> lines) {
    Map<String, List<Line>> by = new TreeMap<>();
    for (Line l : lines) {
      if (!l.key().national()) {
        String key =
            String.format(
                Locale.ROOT, "%03d %03d", l.key().metric().ordinal(), l.key().unit().ordinal());
        by.computeIfAbsent(key, x -> new ArrayList<>()).add(l);
      }
    }
    List<Chart> out = new ArrayList<>();
    for (List<Line> group : by.values()) {
      List<Line> top = new ArrayList<>(group);
      top.sort(
          Comparator.comparingDouble((Line l) -> -l.aggregate().value())
              .thenComparing(Line::name)
              .thenComparing(l -> l.key().place()));
      out.add(new Chart(top.subList(0, Math.min(CHART_PLACES, top.size()))));
    }
    return out;
  }

  /** One chart: the places of one metric family and unit, and the cells behind it. */
  private static final class Chart {
    private final List<Line> lines;
    private final Metric metric;
    private final Unit unit;
    private int headerRow = -1;

    Chart(List<Line> lines) {
      this.lines = lines;
      this.metric = lines.get(0).key().metric();
      this.unit = lines.get(0).key().unit();
    }

    String title() {
      String what = metric == Metric.DISPLACED ? "displaced (displaced or fled)" : metric.id();
      return what.replace('_', ' ') + ", latest per place (" + unit.id() + ")";
    }

    /** Writes line {@code i} of the chart's data block (0 is its header) into {@code row}. */
    void data(Row row, XlsxCells cells, int i, int col) {
      if (i == 0) {
        headerRow = row.getRowNum();
        cells.styled(row, col, "Place", cells.styles().header());
        cells.styled(row, col + 1, title(), cells.styles().header());
      } else if (i <= lines.size()) {
        cells.text(row, col, lines.get(i - 1).name());
        cells.number(row, col + 1, lines.get(i - 1).aggregate().value());
      }
    }

    void draw(SXSSFSheet sheet, int row, int chartCol, int dataCol) {
      int first = headerRow + 1;
      int last = first + lines.size() - 1;
      String[] names = lines.stream().map(Line::name).toArray(String[]::new);
      Double[] values = lines.stream().map(l -> l.aggregate().value()).toArray(Double[]::new);
      XlsxChart.columns(
          sheet,
          new XlsxChart.Box(chartCol, row, chartCol + CHART_COLUMNS, row + CHART_ROWS - 1),
          title(),
          names,
          range(first, last, dataCol),
          List.of(
              new XlsxChart.Series(
                  metric.id(),
                  new CellReference(SHEET, headerRow, dataCol + 1, true, true),
                  values,
                  range(first, last, dataCol + 1),
                  colour(metric))),
          unit.id());
    }

    private static int colour(Metric m) {
      return switch (m.category()) {
        case CASUALTY -> 0xC0392B;
        case DISPLACEMENT -> 0x2E86C1;
        case TERRITORY -> 0x7D3C98;
        default -> 0x28B463;
      };
    }
  }

  private static String range(int first, int last, int col) {
    return new CellRangeAddress(first, last, col, col).formatAsString(SHEET, true);
  }
}
