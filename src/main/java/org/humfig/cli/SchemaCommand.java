package org.humfig.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.humfig.schema.SchemaException;
import org.humfig.schema.SqlTable;
import org.humfig.schema.TableSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code humfig schema}: prints the table schema, or the SQL that creates its table. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the table schema of figures.csv (a Frictionless Table Schema), or with --sql the "
          + "CREATE TABLE statement that loads figures.csv untouched with the database's own "
          + "loader (\\copy, .import, COPY).",
      "",
      "Example: humfig schema --sql --dialect sqlite > figures.sql"
    },
    sortOptions = false)
final class SchemaCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--sql", description = "Print a CREATE TABLE statement instead of the schema.")
  boolean sql;

  @Option(
      names = "--dialect",
      paramLabel = "DIALECT",
      defaultValue = "postgres",
      description =
          "The database of --sql: postgres, sqlite or duckdb (default: ${DEFAULT-VALUE}).")
  SqlTable.Dialect dialect;

  @Option(
      names = "--table",
      paramLabel = "NAME",
      defaultValue = "figures",
      description = "The table's name in --sql (default: ${DEFAULT-VALUE}).")
  String table;

  @Option(
      names = "--schema",
      paramLabel = "FILE",
      description = "A table schema file (default: the bundled schemas/figure.schema.json).")
  Path schema;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    TableSchema s;
    try {
      s = schema == null ? TableSchema.bundled() : TableSchema.read(schema);
    } catch (SchemaException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage());
    }
    PrintWriter out = cl.getOut();
    if (sql) {
      out.print(SqlTable.create(s, table, dialect));
    } else {
      out.print(new String(s.source(), StandardCharsets.UTF_8));
    }
    out.flush();
    return 0;
  }
}
