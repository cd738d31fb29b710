package org.humfig.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.humfig.Humfig;
import org.humfig.document.Item;
import org.humfig.document.Problem;
import org.humfig.export.CsvWriter;
import org.humfig.export.Exports;
import org.humfig.export.Format;
import org.humfig.export.Run;
import org.humfig.schema.TableSchema;
import org.humfig.validate.Report;
import org.humfig.validate.TableValidator;

/**
 * One run from inputs to exports: every input goes through extraction and validation on all cores
 * ({@link Humfig}), the figures are checked as a dataset in table order, and the exports and the
 * validation report are written to the output folder, replacing earlier ones only when complete.
 *
 * <pre>{@code
 * try (Inputs in = Inputs.open(List.of(Path.of("examples")), Inputs.Options.DEFAULT)) {
 *   Extraction.Result r =
 *       new Extraction(humfig, TableSchema.bundled(), Extraction.Settings.of(Path.of("exports"), run))
 *           .run(in, problem -> System.err.println("warning: " + problem));
 *   r.counts().figures();   // 23
 *   r.written();            // [exports/figures.csv, exports/figures.xlsx, exports/validation.json]
 * }
 * }</pre>
 */
public final class Extraction {

  /** The name of the validation report written beside the exports. */
  public static final String REPORT = "validation.json";

  /**
   * Where and how a run writes.
   *
   * @param out the output folder, which exists and can be written
   * @param formats the export files to write
   * @param csv choices for the CSV file
   * @param run the run's record: tool, date and inputs
   */
  public record Settings(Path out, Set<Format> formats, CsvWriter.Options csv, Run run) {

    /** Checks the settings and copies the formats. */
    public Settings {
      Objects.requireNonNull(out, "out");
      Objects.requireNonNull(csv, "csv");
      Objects.requireNonNull(run, "run");
      if (formats.isEmpty()) {
        throw new IllegalArgumentException("at least one export format is needed");
      }
      formats = Set.copyOf(EnumSet.copyOf(formats));
    }

    /** Returns settings for every format and a plain CSV file. */
    public static Settings of(Path out, Run run) {
      return new Settings(out, EnumSet.allOf(Format.class), CsvWriter.Options.PLAIN, run);
    }
  }

  /**
   * What a run did.
   *
   * @param counts what it read and found
   * @param written the files it wrote, exports first, then the validation report
   */
  public record Result(Counts counts, List<Path> written) {

    /** Copies the list so the record stays immutable. */
    public Result {
      written = List.copyOf(written);
    }
  }

  private final Humfig humfig;
  private final TableSchema schema;
  private final Settings settings;

  /** Returns a run of {@code humfig} that checks against {@code schema} and writes as set. */
  public Extraction(Humfig humfig, TableSchema schema, Settings settings) {
    this.humfig = humfig;
    this.schema = schema;
    this.settings = settings;
  }

  /**
   * Reads every input, writes the exports and the validation report, and returns what it did.
   * Problems (skipped inputs, warnings about documents) go to {@code problems} in input order, on
   * the calling thread.
   *
   * @throws IOException when an export cannot be written; earlier exports are then left as they
   *     were
   */
  public Result run(Iterator<Item> inputs, Consumer<Problem> problems) throws IOException {
    List<Path> written = new ArrayList<>();
    Run run = settings.run();
    Set<Format> formats = settings.formats();
    String table = formats.contains(Format.CSV) ? Format.CSV.file() : Format.XLSX.file();
    int firstRow = formats.contains(Format.CSV) && settings.csv().hxl() ? 3 : 2;
    try (Report report =
            new Report(run.tool(), run.date(), schema, id -> TableValidator.describe(schema, id));
        Exports exports = new Exports(settings.out(), formats, schema, settings.csv(), run)) {
      report.begin(table);
      Part part = new Part(schema, firstRow, exports::accept, report::add, problems);
      humfig.run(inputs, part);
      report.end(part.rows());
      written.addAll(exports.commit());
      Path json = settings.out().resolve(REPORT);
      report.writeJson(json);
      written.add(json);
      return new Result(part.counts(), written);
    }
  }
}
