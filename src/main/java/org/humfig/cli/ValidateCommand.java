package org.humfig.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.humfig.schema.SchemaException;
import org.humfig.schema.TableSchema;
import org.humfig.validate.CsvTable;
import org.humfig.validate.FigureValidator;
import org.humfig.validate.Finding;
import org.humfig.validate.Report;
import org.humfig.validate.Table;
import org.humfig.validate.TableValidator;
import org.humfig.validate.WorkbookTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code humfig validate}: checks figure tables (CSV or workbook) against the schema. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks figure tables against the constraint schema: columns, types, field constraints, "
          + "cross-field rules and unique figure ids. Reads CSV (comma or semicolon, with or without "
          + "a byte-order mark or an HXL row) and Excel workbooks (the Figures sheet, or --sheet).",
      "Exit code: 0 when no errors, 1 when errors, 2 on a usage error or an unreadable file.",
      "",
      "Example: humfig validate exports/figures.csv --report validation.json"
    },
    sortOptions = false)
final class ValidateCommand implements Callable<Integer> {

  /** The clock that dates a run; the command line is the one place that reads it. */
  static java.time.Clock clock = java.time.Clock.systemDefaultZone();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "CSV or .xlsx files to check.")
  List<Path> files;

  @Option(
      names = "--schema",
      paramLabel = "FILE",
      description = "The constraint schema (default: the bundled schemas/figure.schema.json).")
  Path schema;

  @Option(
      names = "--report",
      paramLabel = "FILE.json",
      description = "Also write the report as JSON.")
  Path report;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Report on standard output as text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--sheet",
      paramLabel = "NAME",
      description = "The workbook sheet to check (default: Figures, else the first).")
  String sheet;

  @Option(
      names = "--today",
      paramLabel = "DATE",
      description = "The day of the run, which no date may come after (default: today).")
  LocalDate today;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only the summary, not every problem.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("text") && !fmt.equals("json")) {
      throw new CommandLine.ParameterException(
          cl, "--format must be text or json, not '" + format + "'");
    }
    TableSchema s;
    try {
      s = schema == null ? TableSchema.bundled() : TableSchema.read(schema);
    } catch (SchemaException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage());
    }
    LocalDate day = today == null ? LocalDate.now(clock) : today;
    PrintWriter out = cl.getOut();
    PrintWriter err = cl.getErr();
    int unreadable = 0;
    try (FigureValidator figures = new FigureValidator(s, day);
        Report r =
            new Report(HumfigCommand.version(), day, s, id -> TableValidator.describe(s, id))) {
      TableValidator validator =
          new TableValidator(figures, Runtime.getRuntime().availableProcessors());
      boolean text = fmt.equals("text");
      for (Path f : files) {
        Table table = table(f);
        if (table == null) {
          err.println(
              "humfig validate: "
                  + f
                  + ": "
                  + (Files.exists(f) ? "not a .csv or .xlsx file" : "no such file"));
          unreadable++;
          continue;
        }
        r.begin(table.name());
        int[] rows = {0};
        String failure = null;
        try (table) {
          rows[0] =
              validator.validate(
                  table,
                  finding -> {
                    r.add(finding);
                    if (text && !quiet) {
                      out.println(line(table.name(), finding));
                    }
                  });
        } catch (Table.Unreadable e) {
          failure = e.getMessage();
        } catch (IOException | RuntimeException e) {
          failure = table.name() + ": cannot read (" + Main.message(e) + ")";
        } catch (OutOfMemoryError e) {
          failure =
              table.name()
                  + ": too large to check in the memory available (give Java more with -Xmx)";
        }
        r.end(rows[0]);
        if (failure != null) {
          r.unreadable(failure);
          err.println("humfig validate: " + failure);
          unreadable++;
        } else if (text) {
          summary(out, table.name(), rows[0], r);
        }
      }
      if (report != null) {
        r.writeJson(report);
      }
      if (text) {
        out.printf(
            "%s: %d rows, %d errors, %d warnings%s.%n",
            unreadable > 0 ? "incomplete" : r.valid() ? "valid" : "invalid",
            r.rows(),
            r.count(org.humfig.schema.Severity.ERROR),
            r.count(org.humfig.schema.Severity.WARNING),
            unreadable == 0
                ? ""
                : String.format(
                    Locale.ROOT, "; %d of %d files could not be read", unreadable, files.size()));
      } else {
        r.writeJson(out);
        out.println();
      }
      out.flush();
      if (unreadable > 0) {
        return 2;
      }
      return r.valid() ? 0 : 1;
    }
  }

  private Table table(Path f) {
    if (!Files.isRegularFile(f)) {
      return null;
    }
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx")) {
      return new WorkbookTable(f, sheet);
    }
    if (name.endsWith(".csv") || name.endsWith(".txt")) {
      return new CsvTable(f);
    }
    return null;
  }

  private static String line(String table, Finding f) {
    StringBuilder sb = new StringBuilder(table);
    if (f.row() > 0) {
      sb.append(':').append(f.row());
    }
    sb.append(": ");
    if (!f.column().isEmpty()) {
      sb.append(f.column()).append(": ");
    }
    sb.append(f.message())
        .append(" [")
        .append(f.rule())
        .append(", ")
        .append(f.severity().id())
        .append(']');
    return sb.toString();
  }

  private static void summary(PrintWriter out, String table, int rows, Report r) {
    out.printf("%s: %d rows checked%n", table, rows);
    for (String[] g : r.summary()) {
      out.printf("  %-26s %-8s %s%n", g[0], g[1], g[2]);
    }
  }
}
