package org.humfig.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.humfig.Humfig;
import org.humfig.Validated;
import org.humfig.document.Inputs;
import org.humfig.export.CsvWriter;
import org.humfig.export.Exports;
import org.humfig.export.Format;
import org.humfig.export.Run;
import org.humfig.extract.Extractor;
import org.humfig.schema.TableSchema;
import org.humfig.validate.DatasetChecker;
import org.humfig.validate.FigureValidator;
import org.humfig.validate.Finding;
import org.humfig.validate.Report;
import org.humfig.validate.TableValidator;
import org.humfig.validate.Violation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code humfig extract}: articles in, validated figures out as CSV and Excel. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles (.txt, .html, .jsonl; folders recursively) and writes the figures they report "
          + "to figures.csv and figures.xlsx.",
      "",
      "Example: humfig extract examples --out exports"
    },
    sortOptions = false)
final class ExtractCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or folders to read.")
  List<Path> inputs;

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

  @Mixin InputOptions input;

  @Mixin RuleOptions rules;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only warnings and errors.")
  boolean quiet;

  /** The clock that dates a run; the command line is the one place that reads it. */
  static java.time.Clock clock = java.time.Clock.systemDefaultZone();

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    Inputs.Options options = input.options(cl, inputs);
    TableSchema schema = TableSchema.bundled();
    FigureValidator validator = new FigureValidator(schema, LocalDate.now(clock));
    Humfig humfig =
        new Humfig(new Extractor(rules.load(cl), input.settings()), validator, input.threads());
    Output.prepare(out);
    PrintWriter err = cl.getErr();
    Summary summary = new Summary();
    List<Path> written;
    LocalDate day = LocalDate.now(clock);
    String table = formats.contains(Format.CSV) ? Format.CSV.file() : Format.XLSX.file();
    int firstRow = formats.contains(Format.CSV) && hxl ? 3 : 2;
    try (Inputs in = Inputs.open(inputs, options);
        Report report =
            new Report(
                HumfigCommand.version(), day, schema, id -> TableValidator.describe(schema, id));
        Exports exports =
            new Exports(
                out,
                EnumSet.copyOf(formats),
                schema,
                new CsvWriter.Options(bom, hxl),
                new Run(
                    HumfigCommand.version(), day, inputs.stream().map(Path::toString).toList()))) {
      report.begin(table);
      DatasetChecker dataset = new DatasetChecker(schema);
      int[] row = {firstRow};
      humfig.run(
          in,
          outcome -> {
            summary.add(outcome);
            outcome.problems().forEach(p -> err.println("warning: " + p));
            exports.accept(outcome);
            for (Validated v : outcome.figures()) {
              for (Violation x : v.violations()) {
                report.add(
                    new Finding(
                        row[0], x.column(), x.value(), x.rule(), x.severity(), x.message()));
              }
              dataset.check(row[0], v.figure()).forEach(report::add);
              row[0]++;
            }
          });
      report.end(row[0] - firstRow);
      written = new java.util.ArrayList<>(exports.commit());
      Path json = out.resolve("validation.json");
      report.writeJson(json);
      written.add(json);
    }
    if (!quiet) {
      summary.print(cl.getOut(), written);
    }
    return 0;
  }
}
