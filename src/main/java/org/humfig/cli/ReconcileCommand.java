package org.humfig.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.humfig.export.Run;
import org.humfig.run.Extraction;
import org.humfig.run.Tables;
import org.humfig.schema.TableSchema;
import org.humfig.validate.CsvTable;
import org.humfig.validate.FigureValidator;
import org.humfig.validate.Table;
import org.humfig.validate.WorkbookTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code humfig reconcile}: figures exported before, reconciled again into consolidated facts. */
@Command(
    name = "reconcile",
    mixinStandardHelpOptions = true,
    description = {
      "Reconciles figures already exported (figures.csv or the Figures sheet of figures.xlsx; "
          + "several, merged from runs, or edited by hand) into consolidated facts without "
          + "re-reading the articles, and writes figures.csv with group_id and role, "
          + "consolidated.csv, figures.xlsx and validation.json.",
      "A figure whose figure_id an earlier row has is read once.",
      "",
      "Example: humfig reconcile monday/figures.csv tuesday/figures.csv --out week"
    },
    sortOptions = false)
final class ReconcileCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FIGURES", arity = "1..*", description = "figures.csv or .xlsx files.")
  List<Path> inputs;

  @Mixin OutputOptions output;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only warnings and errors.")
  boolean quiet;

  /** The clock that dates a run; the command line is the one place that reads it. */
  static java.time.Clock clock = java.time.Clock.systemDefaultZone();

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    List<Table> tables = new ArrayList<>();
    for (Path p : inputs) {
      String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
      if (!Files.isRegularFile(p)) {
        throw new CommandLine.ParameterException(cl, "no such file: '" + p + "'");
      }
      if (name.endsWith(".xlsx")) {
        tables.add(new WorkbookTable(p, null));
      } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
        tables.add(new CsvTable(p));
      } else {
        throw new CommandLine.ParameterException(cl, "'" + p + "' is not a .csv or .xlsx file");
      }
    }
    TableSchema schema = TableSchema.bundled();
    LocalDate day = LocalDate.now(clock);
    Output.prepare(output.out);
    PrintWriter err = cl.getErr();
    Run run = new Run(HumfigCommand.version(), day, inputs.stream().map(Path::toString).toList());
    Extraction.Settings settings = output.settings(run);
    Extraction.Result result;
    try (FigureValidator validator = new FigureValidator(schema, day)) {
      Tables source = new Tables(tables, schema, validator, p -> err.println("warning: " + p));
      result =
          new Extraction(schema, settings).run(source, p -> err.println("warning: " + p), true);
      if (source.duplicates() > 0) {
        err.printf(
            "warning: %d figure%s read before (the same figure_id) left out.%n",
            source.duplicates(), source.duplicates() == 1 ? "" : "s");
      }
    }
    if (result.written().isEmpty()) {
      err.printf(
          "humfig reconcile: error: no figure could be read from %s; the exports in '%s' were"
              + " left as they were%n",
          inputs.size() == 1 ? "'" + inputs.get(0) + "'" : "the " + inputs.size() + " files",
          output.out);
      return 1;
    }
    if (!quiet) {
      Summary.print(cl.getOut(), result);
    }
    return result.counts().figures() > 0 ? 0 : 1;
  }
}
