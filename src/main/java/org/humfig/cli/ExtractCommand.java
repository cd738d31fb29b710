package org.humfig.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.humfig.Humfig;
import org.humfig.document.Inputs;
import org.humfig.document.Manifest;
import org.humfig.document.Metadata;
import org.humfig.export.CsvWriter;
import org.humfig.export.Exports;
import org.humfig.export.Format;
import org.humfig.extract.Extractor;
import org.humfig.schema.TableSchema;
import org.humfig.validate.FigureValidator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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
      names = "--manifest",
      paramLabel = "FILE",
      description = "CSV with document, source_name, source_url, published for each document.")
  Path manifest;

  @Option(
      names = "--published",
      paramLabel = "DATE",
      description = "Publication date (yyyy-mm-dd) for documents nothing else dates.")
  LocalDate published;

  @Option(
      names = "--source",
      paramLabel = "NAME",
      description = "Publisher for documents nothing else names.")
  String source;

  @Option(
      names = "--source-url",
      paramLabel = "URL",
      description = "Address for documents nothing else gives one.")
  String sourceUrl;

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
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: the number of cores).")
  Integer threads;

  @Option(
      names = "--max-size",
      paramLabel = "MB",
      defaultValue = "32",
      description = "Skip documents larger than this many megabytes (default: ${DEFAULT-VALUE}).")
  double maxSize;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print only warnings and errors.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "no such file or folder: '" + p + "'");
      }
    }
    if (maxSize <= 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--max-size must be more than 0");
    }
    Manifest given = Manifest.EMPTY;
    if (manifest != null) {
      if (!Files.isRegularFile(manifest)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "no such manifest file: '" + manifest + "'");
      }
      given = Manifest.read(manifest);
    }
    PrintWriter err = spec.commandLine().getErr();
    given.problems().forEach(p -> err.println("warning: " + p));
    Output.prepare(out);

    TableSchema schema = TableSchema.bundled();
    Humfig humfig =
        new Humfig(
            Extractor.english(),
            new FigureValidator(schema),
            threads == null ? Runtime.getRuntime().availableProcessors() : threads);
    Inputs.Options options =
        new Inputs.Options(
            given,
            new Metadata(source, sourceUrl, Optional.ofNullable(published)),
            (long) (maxSize * 1024 * 1024));
    Summary summary = new Summary();
    List<Path> written;
    try (Inputs in = Inputs.open(inputs, options);
        Exports exports =
            new Exports(out, EnumSet.copyOf(formats), schema, new CsvWriter.Options(bom, hxl))) {
      humfig.run(
          in,
          outcome -> {
            summary.add(outcome);
            outcome.problems().forEach(p -> err.println("warning: " + p));
            exports.accept(outcome);
          });
      written = exports.commit();
    }
    if (!quiet) {
      summary.print(spec.commandLine().getOut(), written);
    }
    return 0;
  }

  /** Returns the written paths as the user would type them. */
  static List<String> names(List<Path> paths) {
    List<String> names = new ArrayList<>();
    paths.forEach(p -> names.add(p.toString()));
    return names;
  }
}
