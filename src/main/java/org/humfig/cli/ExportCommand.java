package org.humfig.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.humfig.export.Run;
import org.humfig.run.Extraction;
import org.humfig.schema.TableSchema;
import org.humfig.store.Selection;
import org.humfig.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code humfig export}: the exports of everything a store holds, or of a selection. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes figures.csv, figures.xlsx and validation.json from a store that 'humfig extract "
          + "--store' filled: every current document and figure, the latest version of each "
          + "corrected article.",
      "",
      "Example: humfig export --store crisis.db --out exports --since 2024-01-01 --country SDN"
    },
    sortOptions = false)
final class ExportCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--store",
      paramLabel = "FILE",
      required = true,
      description = "The store to export.")
  Path store;

  @Mixin OutputOptions output;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description =
          "Only documents published on or after DATE (yyyy-mm-dd); one with no publication date "
              + "counts from the day it was first stored.")
  LocalDate since;

  @Option(
      names = "--country",
      paramLabel = "ISO3",
      description = "Only figures whose country_code is ISO3 (e.g. SYR), and their documents.")
  String country;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only errors.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    Selection selection;
    try {
      selection = new Selection(Optional.ofNullable(since), Optional.ofNullable(country));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, "--country: " + e.getMessage());
    }
    TableSchema schema = TableSchema.bundled();
    LocalDate day = LocalDate.now(ExtractCommand.clock);
    List<String> described = new ArrayList<>(List.of("store " + store));
    if (since != null) {
      described.add("since " + since);
    }
    selection.country().ifPresent(c -> described.add("country " + c));
    Run run = new Run(HumfigCommand.version(), day, described);
    Extraction.Settings settings = output.settings(run);
    Extraction.Result result;
    try (Store db = Store.openExisting(store, schema, Store.WAIT)) {
      Output.prepare(output.out);
      result = new Extraction(schema, settings).run(db.outcomes(selection), p -> {});
    }
    if (!quiet) {
      Summary.exported(cl.getOut(), store, result);
    }
    return 0;
  }
}
