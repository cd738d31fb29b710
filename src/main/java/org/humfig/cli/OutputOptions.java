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

/** The options that say where the exports go and how they are written. */
final class OutputOptions {

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "exports",
      description = "Folder for the exports (default: ${DEFAULT-VALUE}); created if missing.")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      split = ",",
      defaultValue = "csv,xlsx",
      description = "Exports to write: csv, xlsx or both (default: ${DEFAULT-VALUE}).")
  List<Format> formats;

  @Option(
      names = "--bom",
      description = "Start figures.csv with a UTF-8 byte-order mark (for Excel double-click).")
  boolean bom;

  @Option(names = "--hxl", description = "Write the HXL hashtag row under the CSV header.")
  boolean hxl;

  @Option(
      names = "--csv-guard",
      description =
          "Prefix ' to CSV text cells (not evidence) that start with = + - @, so a spreadsheet"
              + " shows them instead of running them.")
  boolean guard;

  @Mixin ReconcileOptions reconcile;

  /** Returns the settings of a run that writes as these options say. */
  Extraction.Settings settings(Run run) {
    return new Extraction.Settings(
        out,
        EnumSet.copyOf(formats),
        new CsvWriter.Options(bom, hxl, guard),
        run,
        reconcile.settings());
  }
}
