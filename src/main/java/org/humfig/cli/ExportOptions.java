package org.humfig.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.humfig.export.CsvWriter;
import org.humfig.export.Format;
import org.humfig.export.Run;
import org.humfig.run.Extraction;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of commands that write exports: formats, CSV choices and reconciliation. */
final class ExportOptions {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      split = ",",
      defaultValue = "csv,xlsx",
      description = "Exports to write: csv, xlsx or both (default: ${DEFAULT-VALUE}).")
  List<Format> formats;

  @Option(
      names = "--bom",
      description = "Start the CSV files with a UTF-8 byte-order mark (for Excel double-click).")
  boolean bom;

  @Option(names = "--hxl", description = "Write the HXL hashtag row under the CSV headers.")
  boolean hxl;

  @Mixin ReconcileOptions reconcile;

  /** Returns the settings of a run writing to {@code out}. */
  Extraction.Settings settings(Path out, Run run) {
    return new Extraction.Settings(
        out, EnumSet.copyOf(formats), new CsvWriter.Options(bom, hxl), run, reconcile.settings());
  }
}
