package org.humfig.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.humfig.Humfig;
import org.humfig.document.Inputs;
import org.humfig.export.Format;
import org.humfig.export.Run;
import org.humfig.export.XlsxWriter;
import org.humfig.extract.Extractor;
import org.humfig.run.Extraction;
import org.humfig.run.Progress;
import org.humfig.schema.TableSchema;
import org.humfig.store.Changes;
import org.humfig.store.Recording;
import org.humfig.store.Store;
import org.humfig.validate.FigureValidator;
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
      "Reads articles (.txt, .html, .jsonl, .warc; folders recursively) and writes the figures they report "
          + "to figures.csv and figures.xlsx.",
      "",
      "Example: humfig extract examples --out exports"
    },
    sortOptions = false)
final class ExtractCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or folders to read.")
  List<Path> inputs;

  @Mixin OutputOptions output;

  @Option(
      names = "--store",
      paramLabel = "FILE",
      description =
          "SQLite database that accumulates the documents, figures and runs of every run "
              + "(created if missing); 'humfig export --store FILE' writes exports from it.")
  Path store;

  @Mixin InputOptions input;

  @Mixin RuleOptions rules;

  @Option(
      names = {"-q", "--quiet"},
      description =
          "Print only warnings and errors (no summary, and no progress line in a terminal).")
  boolean quiet;

  /** The clock that dates a run; the command line is the one place that reads it. */
  static java.time.Clock clock = java.time.Clock.systemDefaultZone();

  /**
   * Returns the progress line of a run in a terminal: its total is the size of the input files,
   * found by a walk of the inputs before the run.
   */
  private Progress progress(PrintWriter err, Inputs in) {
    long total = 0;
    for (Path p : inputs) {
      try (java.util.stream.Stream<Path> files = Files.walk(p)) {
        total += files.filter(Files::isRegularFile).mapToLong(ExtractCommand::size).sum();
      } catch (IOException | java.io.UncheckedIOException e) {
        total = 0; // the line then shows no time left
        break;
      }
    }
    return new Progress(err, in::bytesRead, total, System::nanoTime);
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }

  /** Starts {@code work} on a thread of its own and returns its result to come. */
  private static <T> FutureTask<T> beside(Callable<T> work) {
    FutureTask<T> task = new FutureTask<>(work);
    Thread t = new Thread(task, "humfig-load");
    t.setDaemon(true);
    t.start();
    return task;
  }

  /** Returns the result of {@code task}, throwing what it threw. */
  private static <T> T done(FutureTask<T> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    Inputs.Options options = input.options(cl, inputs);
    LocalDate day = LocalDate.now(clock);
    // Loading the place names, the rules, the schema and its checks is most of a short run's
    // time: the place names and the bundled rules have been loading since the command line was
    // read (Main), and the schema (and, for a workbook, the workbook library) loads beside the
    // rules.
    FutureTask<FigureValidator> checks =
        beside(() -> new FigureValidator(TableSchema.bundled(), day));
    if (output.formats.contains(Format.XLSX)) {
      beside(
          () -> {
            XlsxWriter.preload();
            return null;
          });
    }
    Extractor extractor = new Extractor(rules.load(cl), input.settings());
    FigureValidator validator = done(checks);
    TableSchema schema = validator.schema();
    Humfig humfig = new Humfig(extractor, validator, input.threads(), input.limits());
    Output.prepare(output.out);
    PrintWriter err = cl.getErr();
    Run run = new Run(HumfigCommand.version(), day, inputs.stream().map(Path::toString).toList());
    Extraction.Settings settings = output.settings(run);
    Extraction.Result result;
    Changes changes = null;
    try (Store db = store == null ? null : Store.open(store, schema, Store.WAIT);
        Recording recording = db == null ? null : db.record(run, clock);
        Inputs in = Inputs.open(inputs, options).unread()) {
      Extraction extraction = new Extraction(humfig, schema, settings);
      if (recording != null) {
        extraction = extraction.with(recording);
      }
      Progress progress = quiet || System.console() == null ? null : progress(err, in);
      if (progress != null) {
        extraction = extraction.with(progress);
      }
      result =
          extraction.run(
              in,
              p -> {
                if (progress != null) {
                  progress.clear();
                }
                err.println("warning: " + p);
              });
      changes = recording == null ? null : recording.changes();
    }
    if (result.written().isEmpty()) {
      err.printf(
          "humfig extract: error: no document could be read (%d input%s skipped); the exports in"
              + " '%s' were left as they were%n",
          result.counts().skipped(), result.counts().skipped() == 1 ? "" : "s", output.out);
      return 1;
    }
    for (Path stale : result.stale()) {
      err.println(
          "warning: "
              + stale
              + " is from an earlier run: this run did not write it (--format "
              + String.join(",", output.formats.stream().map(f -> f.id()).sorted().toList())
              + ")");
    }
    if (!quiet) {
      Summary.print(cl.getOut(), result);
      if (changes != null) {
        Summary.stored(cl.getOut(), store, changes);
      }
    }
    return 0;
  }
}
