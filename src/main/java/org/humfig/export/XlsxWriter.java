package org.humfig.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.humfig.Outcome;
import org.humfig.Validated;
import org.humfig.reconcile.Fact;
import org.humfig.reconcile.Reconciler;
import org.humfig.schema.TableSchema;

/**
 * Writes {@code figures.xlsx}, a workbook for analysts:
 *
 * <ul>
 *   <li>{@code Figures}: one row per figure, the schema's columns, numbers and dates typed, a
 *       frozen and filtered header, links to the sources, dropdowns from the schema's allowed
 *       values and the status coloured by conditional formatting;
 *   <li>{@code Summary}: per place, metric family and unit the latest consolidated fact, under a
 *       row per country that rolls its places up, with a chart per metric family;
 *   <li>{@code Consolidated}: one row per consolidated fact, as {@code consolidated.csv};
 *   <li>{@code Sources}: one row per input, read or skipped;
 *   <li>{@code Validation}: one row per rule a figure breaks;
 *   <li>{@code About}: the run, the schema, the conventions and the column dictionary;
 *   <li>{@code Lists}, hidden: the values behind the dropdowns.
 * </ul>
 *
 * <p>Figures, Sources and Validation rows stream to disk as outcomes arrive ({@link SXSSFWorkbook}:
 * each sheet keeps its last 200 rows in memory, the rest goes to a compressed temporary file), and
 * a sheet past Excel's 1,048,576 rows continues on {@code Figures (2)}; facts stream the same way
 * to Consolidated after the figures. The Summary holds one fact per place and metric family; links,
 * which POI keeps until the end, are capped at 65,530 for the whole workbook. So any number of
 * figures fits in bounded memory. The temporary files are the writer's own, in the run's temporary
 * folder (or a private one), never in the folder the library shares between users. Every cell style
 * is created once. The same outcomes give the same cells: nothing reads the clock; the run's date
 * comes in {@link Run}. Not thread-safe.
 */
public final class XlsxWriter implements FigureWriter {

  /**
   * Loads the workbook library's classes (POI and the XML types of a workbook's parts) by opening
   * and closing an empty workbook, which writes nothing: a short run calls it on a thread of its
   * own while its rules load, so that its workbook is not written cold.
   */
  public static void preload() {
    try (SXSSFWorkbook empty = new SXSSFWorkbook(1)) {
      empty.createCellStyle().setFont(empty.createFont());
    } catch (IOException e) {
      // nothing was written; the run's own workbook reports what goes wrong
    }
  }

  private final TableSchema schema;
  private final Run run;
  private final Staging staging;
  private boolean committed;
  private final Path scratch;
  private final boolean ownScratch;
  private final XlsxBook workbook;
  private final XlsxCells cells;
  private final XlsxFigures figures;
  private final XlsxSources sources;
  private final XlsxValidation validation;
  private final XlsxSummary summary = new XlsxSummary();
  private final XlsxConsolidated consolidated;
  private final XlsxLinks.Budget links;
  private final Reconciler.Settings reconcile;

  /** Opens a workbook export to {@code target} with the columns of {@code schema}. */
  public XlsxWriter(Path target, TableSchema schema, Run run) throws IOException {
    this(target, schema, run, false);
  }

  /**
   * Opens a workbook export to {@code target} with the columns of {@code schema}, and with {@code
   * hxl} the HXL hashtag row under the Figures header.
   */
  public XlsxWriter(Path target, TableSchema schema, Run run, boolean hxl) throws IOException {
    this(target, schema, run, hxl, Reconciler.Settings.DEFAULT);
  }

  /**
   * Opens a workbook export to {@code target} with the columns of {@code schema}, with {@code hxl}
   * the HXL hashtag row under the Figures header, whose facts were reconciled with {@code
   * reconcile}.
   */
  public XlsxWriter(
      Path target, TableSchema schema, Run run, boolean hxl, Reconciler.Settings reconcile)
      throws IOException {
    this(target, schema, run, XlsxLimits.EXCEL, hxl, reconcile);
  }

  /** Opens a workbook export within {@code limits} (smaller ones make tests fast). */
  XlsxWriter(Path target, TableSchema schema, Run run, XlsxLimits limits) throws IOException {
    this(target, schema, run, limits, false, Reconciler.Settings.DEFAULT);
  }

  private XlsxWriter(
      Path target,
      TableSchema schema,
      Run run,
      XlsxLimits limits,
      boolean hxl,
      Reconciler.Settings reconcile)
      throws IOException {
    this(new Staging(target), schema, run, limits, null, hxl, reconcile);
  }

  /**
   * Opens a workbook export through {@code staging}, its sheets' temporary files in {@code scratch}
   * (a private folder of its own when null), with {@code hxl} the HXL row under the header, whose
   * facts were reconciled with {@code reconcile}.
   */
  XlsxWriter(
      Staging staging,
      TableSchema schema,
      Run run,
      XlsxLimits limits,
      Path scratch,
      boolean hxl,
      Reconciler.Settings reconcile)
      throws IOException {
    this.schema = schema;
    this.run = run;
    this.reconcile = reconcile;
    this.staging = staging;
    this.ownScratch = scratch == null;
    this.scratch = ownScratch ? Files.createTempDirectory("humfig-xlsx-") : scratch;
    // a zip entry holds a local date and time: the run's day at midnight wherever the run is
    this.workbook =
        new XlsxBook(
            limits.window(),
            this.scratch,
            run.date().atStartOfDay(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli());
    this.links = new XlsxLinks.Budget(limits.links());
    try {
      this.cells = new XlsxCells(WorkbookStyles.create(workbook));
      this.figures = new XlsxFigures(workbook, schema, cells, limits, links, hxl);
      this.sources = new XlsxSources(workbook, cells, limits, links);
      this.validation = new XlsxValidation(workbook, cells, limits);
      this.consolidated = new XlsxConsolidated(workbook, TableSchema.consolidated(), cells, limits);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  @Override
  public void write(Outcome outcome) throws IOException {
    for (Validated v : outcome.figures()) {
      XlsxFigures.Position at = figures.write(v.figure());
      validation.write(v.figure(), at, v.violations());
    }
    sources.write(outcome);
  }

  @Override
  public void write(Fact fact) {
    consolidated.write(fact);
    summary.add(fact);
  }

  @Override
  public void commit() throws IOException {
    sources.table().finish();
    validation.table().finish();
    consolidated.finish();
    summary.write(workbook, cells);
    XlsxAbout.write(workbook, cells, schema, run, counts(), reconcile);
    Map<String, String> lists = XlsxLists.write(workbook, schema, cells);
    figures.finish(lists);
    XlsxPrint.setup(workbook.getSheet(XlsxSummary.SHEET), 0);
    XlsxPrint.setup(workbook.getSheet(XlsxAbout.SHEET), 0);
    XlsxPrint.setup(workbook.getSheet(XlsxLists.SHEET), 1);
    arrange();
    describe();
    try (OutputStream out = staging.open()) {
      workbook.writeAvoidingTempFiles(out);
    }
    workbook.close();
    staging.commit();
    committed = true;
  }

  @Override
  public Map<Path, String> hashes() throws IOException {
    String hash = committed ? staging.sha256() : null;
    return hash == null ? Map.of() : Map.of(staging.target(), hash);
  }

  private XlsxAbout.Counts counts() {
    return new XlsxAbout.Counts(
        figures.table().size(),
        consolidated.table().size(),
        sources.documents(),
        sources.skipped(),
        validation.table().size(),
        links.refused());
  }

  /** Puts the sheets in reading order, Figures first and selected, Lists last and hidden. */
  private void arrange() {
    List<String> order = new ArrayList<>();
    figures.table().parts().forEach(p -> order.add(p.sheet().getSheetName()));
    order.add(XlsxSummary.SHEET);
    consolidated.table().parts().forEach(p -> order.add(p.sheet().getSheetName()));
    sources.table().parts().forEach(p -> order.add(p.sheet().getSheetName()));
    validation.table().parts().forEach(p -> order.add(p.sheet().getSheetName()));
    order.add(XlsxAbout.SHEET);
    order.add(XlsxLists.SHEET);
    for (int i = 0; i < order.size(); i++) {
      workbook.setSheetOrder(order.get(i), i);
    }
    workbook.setActiveSheet(0);
    workbook.setSelectedTab(0);
    workbook.setSheetVisibility(order.size() - 1, SheetVisibility.HIDDEN);
  }

  /** Sets the document properties from the run, not the clock, so that runs compare equal. */
  private void describe() {
    POIXMLProperties.CoreProperties core =
        workbook.getXSSFWorkbook().getProperties().getCoreProperties();
    core.setCreator(run.tool());
    core.setTitle("Humanitarian figures");
    core.setCreated(Optional.of(Date.from(run.date().atStartOfDay().toInstant(ZoneOffset.UTC))));
  }

  @Override
  public void close() throws IOException {
    try {
      workbook.close();
    } finally {
      staging.discard();
      if (ownScratch) {
        Workspace.delete(scratch);
      }
    }
  }
}
