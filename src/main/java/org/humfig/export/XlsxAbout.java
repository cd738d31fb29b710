package org.humfig.export;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.humfig.model.Columns;
import org.humfig.reconcile.Best;
import org.humfig.reconcile.Reconciler;
import org.humfig.schema.Field;
import org.humfig.schema.TableSchema;

/**
 * The {@code About} sheet: what produced the workbook, when and from which inputs, the schema it
 * follows, what each sheet holds, the conventions behind the numbers, and a dictionary of the
 * columns generated from the schema (name, title, type, description, HXL tag, allowed values).
 */
final class XlsxAbout {

  static final String SHEET = "About";

  /** The header of the column dictionary, whose rows follow it to the end of the sheet. */
  static final List<String> DICTIONARY =
      List.of("Column", "Title", "Type", "Description", "HXL", "Allowed values", "Required");

  /**
   * What the workbook counted, for the record.
   *
   * @param figures figures written
   * @param facts consolidated facts written
   * @param documents documents read
   * @param skipped inputs skipped
   * @param problems rows on the Validation sheets
   * @param unlinked web addresses left as text past the links a workbook can hold
   */
  record Counts(
      long figures, long facts, long documents, long skipped, long problems, long unlinked) {}

  private static final List<Integer> WIDTHS = List.of(18, 28, 10, 70, 24, 40, 10);

  private static final List<List<String>> SHEETS =
      List.of(
          List.of(
              "Figures",
              "One row per figure, the columns of the schema in its order (see Columns below)."
                  + " Past 1,048,576 rows the table continues on Figures (2), Figures (3)..."),
          List.of(
              "Summary",
              "Per place, metric family and unit, the latest consolidated fact (best, low and high"
                  + " value, its day, whether its reports disagree), under a row per country that"
                  + " rolls its places up; a chart per metric family, each on its own scale."),
          List.of(
              "Consolidated",
              "One row per fact that one or more figures report, as consolidated.csv: low, best"
                  + " and high value, reports, independent sources, the figure ids and whether the"
                  + " reports disagree (see Consolidated columns below)."),
          List.of(
              "Sources",
              "One row per input: a document read, with its figures and warnings (figures whose"
                  + " status is warning plus problems with the document), or an input skipped and"
                  + " why."),
          List.of(
              "Validation",
              "One row per rule a figure breaks: the figure, its document, its row on the Figures"
                  + " sheet, the column, rule, severity, value and message."),
          List.of(
              "Lists",
              "Hidden. The allowed values of the columns with dropdowns on the Figures sheet."));

  private static final List<List<String>> CONVENTIONS =
      List.of(
          List.of(
              "Values",
              "value is the best single number. For a vague amount (\"thousands\") it is the lower"
                  + " bound; for a range the lower bound too, except for displacement, where it is"
                  + " the upper bound, as IDMC records it. Both bounds are in value_low and"
                  + " value_high; an empty value_high means no upper bound."),
          List.of(
              "Households",
              "A count of households (\"3,000 families\") carries the household size used"
                  + " (household_size, 5 unless the run set --household-size) and value_people:"
                  + " the people count the text gives beside it, else households times the size."),
          List.of(
              "Dates",
              "Dates are date cells shown as yyyy-mm-dd; date_precision says how precisely the text"
                  + " dates the figure. Empty cells are unknown values."),
          List.of(
              "Text",
              "Text that starts with =, +, -, @, a tab or a carriage return has a leading ' so it is"
                  + " shown, never run as a formula. Numbers are never changed."),
          List.of(
              "Links",
              "source_url (and URL on Sources) is a link; consecutive rows with the same address"
                  + " share one. The workbook holds at most 65,530 links, Excel's limit for one"
                  + " sheet, taken in the order documents arrive; past them addresses stay as plain"
                  + " text (see Links left as text above)."),
          List.of(
              "Dropdowns",
              "Columns with allowed values (category, metric, qualifier, unit, status...) accept"
                  + " only the values listed on the hidden Lists sheet; status is coloured: valid"
                  + " green, warning amber, invalid red."));

  private XlsxAbout() {}

  /** Returns what the About sheet says of reconciliation under {@code settings}. */
  static String reconciliation(Reconciler.Settings settings) {
    return "Figures of the same metric family (fled and displaced are one), population (people,"
        + " armed, or a narrower group), place (gazetteer id, else country and name) and period"
        + " (overlapping by half; running totals on the same or the next day) form one fact, in"
        + " group_id; additions (tally new) never join totals. A document's later figure supersedes"
        + " its earlier one, and the latest running total older ones. Best value: "
        + settings.best().id()
        + (settings.best() == Best.CONSERVATIVE ? " (the lowest reported, as ACLED)" : "")
        + "; its figure is recommended, the others triangulation (IDMC). Reports of one publisher,"
        + " or reprints of one text, count as one source. A conflict is a spread of more than "
        + Columns.number(settings.threshold() * 100)
        + " % between the current reports: (highest - lowest) / highest.";
  }

  /** Writes the sheet. */
  static void write(
      SXSSFWorkbook workbook,
      XlsxCells cells,
      TableSchema schema,
      Run run,
      Counts counts,
      Reconciler.Settings reconcile) {
    SXSSFSheet sheet = workbook.createSheet(SHEET);
    for (int c = 0; c < WIDTHS.size(); c++) {
      sheet.setColumnWidth(c, WIDTHS.get(c) * 256);
    }
    Writer w = new Writer(sheet, cells);
    w.title("About this workbook");
    w.pair("Produced by", run.tool());
    Row date = w.pair("Run date", null);
    cells.date(date, 1, run.date());
    List<String> inputs = run.inputs().isEmpty() ? List.of("") : run.inputs();
    for (int i = 0; i < inputs.size(); i++) {
      w.pair(i == 0 ? "Inputs" : null, inputs.get(i));
    }
    w.pair("Schema", (schema.name() + " " + schema.version()).strip());
    w.count("Figures", counts.figures());
    w.count("Facts", counts.facts());
    w.count("Documents", counts.documents());
    w.count("Inputs skipped", counts.skipped());
    w.count("Problems", counts.problems());
    w.count("Links left as text", counts.unlinked());
    w.skip();
    w.title("Sheets");
    SHEETS.forEach(s -> w.note(s.get(0), s.get(1)));
    w.skip();
    w.title("Conventions");
    CONVENTIONS.forEach(s -> w.note(s.get(0), s.get(1)));
    w.note("Facts", reconciliation(reconcile));
    w.skip();
    w.title("Columns");
    dictionary(w, cells, schema);
    w.skip();
    w.title("Consolidated columns");
    dictionary(w, cells, TableSchema.consolidated());
  }

  /** Writes the column dictionary of {@code schema}. */
  private static void dictionary(Writer w, XlsxCells cells, TableSchema schema) {
    Row header = w.next();
    for (int c = 0; c < DICTIONARY.size(); c++) {
      cells.styled(header, c, DICTIONARY.get(c), cells.styles().header());
    }
    for (Field f : schema.fields()) {
      Row row = w.next();
      cells.text(row, 0, f.name());
      cells.text(row, 1, f.title());
      cells.text(row, 2, f.type());
      cells.wrapped(row, 3, f.description(), WIDTHS.get(3));
      cells.text(row, 4, f.hxl());
      String allowed = f.allowed().isEmpty() ? null : String.join(", ", f.allowed());
      cells.wrapped(row, 5, allowed, WIDTHS.get(5));
      cells.text(row, 6, f.required() ? "yes" : "no");
    }
  }

  /** Writes rows one after another. */
  private static final class Writer {
    private final SXSSFSheet sheet;
    private final XlsxCells cells;
    private int next;

    Writer(SXSSFSheet sheet, XlsxCells cells) {
      this.sheet = sheet;
      this.cells = cells;
    }

    Row next() {
      return sheet.createRow(next++);
    }

    void skip() {
      next++;
    }

    void title(String text) {
      cells.styled(next(), 0, text, cells.styles().title());
    }

    Row pair(String key, String value) {
      Row row = next();
      cells.styled(row, 0, key, cells.styles().header());
      cells.text(row, 1, value);
      return row;
    }

    void count(String key, long value) {
      cells.number(pair(key, null), 1, value);
    }

    /** Writes {@code text} across columns B to F, wrapped, the row as high as it needs. */
    void note(String key, String text) {
      Row row = pair(key, null);
      cells.wrapped(row, 1, text, WIDTHS.subList(1, 6).stream().mapToInt(w -> w).sum());
      sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, 5));
    }
  }
}
