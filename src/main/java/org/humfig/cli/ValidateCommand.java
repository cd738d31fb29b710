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
import org.humfig.validate.FactValidator;
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
      "A table of consolidated facts (consolidated.csv, --sheet Consolidated) is recognised by its "
          + "header and checked against schemas/consolidated.schema.json.",
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
      description =
          "The constraint schema for every file (default: the bundled schema the table's header"
              + " fits, figure.schema.json or consolidated.schema.json).")
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
    TableSchema figureSchema = null;
    TableSchema factSchema = null;
    FactValidator facts = null;
    FigureValidator figures = null;
    LocalDate day = today == null ? LocalDate.now(clock) : today;
    try {
      if (schema == null) {
        figureSchema = TableSchema.bundled();
        factSchema = TableSchema.consolidated();
      } else {
        TableSchema given = TableSchema.read(schema);
        if (given.field("figure_id").isPresent()) {
          figureSchema = given;
        } else {
          factSchema = given;
        }
      }
      facts = factSchema == null ? null : new FactValidator(factSchema);
      figures = figureSchema == null ? null : new FigureValidator(figureSchema, day);
    } catch (SchemaException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage());
    }
    PrintWriter out = cl.getOut();
    PrintWriter err = cl.getErr();
    int unreadable = 0;
    TableSchema main = figureSchema != null ? figureSchema : factSchema;
    List<TableSchema> schemas =
        java.util.stream.Stream.of(figureSchema, factSchema)
            .filter(java.util.Objects::nonNull)
            .toList();
    try (FigureValidator closing = figures;
        Report r = new Report(HumfigCommand.version(), day, main, id -> describe(schemas, id))) {
      TableValidator validator =
          figures == null
              ? null
              : new TableValidator(figures, Runtime.getRuntime().availableProcessors());
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
        int[] rows = {0};
        String failure = null;
        boolean begun = false;
        try (table) {
          boolean ofFacts =
              validator == null || (facts != null && ofFacts(table, figureSchema, factSchema));
          r.begin(table.name(), ofFacts ? factSchema : figureSchema);
          begun = true;
          java.util.function.Consumer<Finding> sink =
              finding -> {
                r.add(finding);
                if (text && !quiet) {
                  out.println(line(table.name(), finding));
                }
              };
          rows[0] = ofFacts ? facts.validate(table, sink) : validator.validate(table, sink);
        } catch (Table.Unreadable e) {
          failure = e.getMessage();
        } catch (IOException | RuntimeException e) {
          failure = table.name() + ": cannot read (" + Main.message(e) + ")";
        } catch (OutOfMemoryError e) {
          failure =
              table.name()
                  + ": too large to check in the memory available (give Java more with -Xmx)";
        }
        if (!begun) {
          r.begin(table.name());
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

  /** Returns the description of rule {@code id} from the first schema that has it. */
  private static String describe(List<TableSchema> schemas, String id) {
    for (TableSchema s : schemas) {
      if (s.check(id).isPresent()) {
        return s.check(id).get().description();
      }
    }
    return TableValidator.describe(schemas.get(0), id);
  }

  /**
   * Returns true when {@code table} is of consolidated facts: a workbook's Consolidated sheet, or a
   * CSV file whose header has more columns of {@code facts} than of {@code figures}.
   */
  private boolean ofFacts(Table table, TableSchema figures, TableSchema facts) throws IOException {
    if (table instanceof WorkbookTable) {
      return sheet != null && sheet.startsWith("Consolidated");
    }
    List<String> header = header(table);
    return overlap(header, facts) > overlap(header, figures);
  }

  private static long overlap(List<String> header, TableSchema schema) {
    return header.stream()
        .map(h -> h.replace("\uFEFF", "").strip())
        .filter(h -> schema.field(h).isPresent())
        .count();
  }

  /** Stops reading a table once its header is read. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient List<String> header;

    Stop(List<String> header) {
      super(null, null, false, false);
      this.header = header;
    }
  }

  /** Returns the header of {@code table}, or an empty list when it cannot be read. */
  private static List<String> header(Table table) throws IOException {
    try {
      table.read(
          new Table.Visitor() {
            @Override
            public void header(int row, List<String> names) {
              throw new Stop(List.copyOf(names));
            }

            @Override
            public void row(int row, List<String> cells) {}

            @Override
            public void problem(Finding finding) {}
          });
    } catch (Stop s) {
      return s.header;
    } catch (Table.Unreadable e) {
      return List.of();
    }
    return List.of();
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
