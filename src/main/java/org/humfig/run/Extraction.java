package org.humfig.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.humfig.Humfig;
import org.humfig.Validated;
import org.humfig.document.Item;
import org.humfig.document.Problem;
import org.humfig.export.ConsolidatedCsv;
import org.humfig.export.CsvWriter;
import org.humfig.export.DataPackage;
import org.humfig.export.Exports;
import org.humfig.export.Format;
import org.humfig.export.Run;
import org.humfig.export.Staging;
import org.humfig.export.Workspace;
import org.humfig.reconcile.Reconciler;
import org.humfig.schema.TableSchema;
import org.humfig.validate.DatasetChecker;
import org.humfig.validate.Report;
import org.humfig.validate.TableValidator;

/**
 * One run from inputs to exports: every input goes through extraction and validation on all cores
 * ({@link Humfig}), the figures are checked as a dataset in table order, and the exports, the
 * validation report and a data package describing them ({@code datapackage.json}, with the schema
 * beside it) are written to the output folder, replacing earlier ones only when complete.
 *
 * <p>The output folder is held for the run ({@link Workspace}): a second run on it stops with
 * {@link Workspace.Busy}, every file is written in a private temporary folder inside it and moved
 * into place at the end, and what killed runs left there is removed. A run in which no document
 * could be read writes nothing and keeps the earlier exports. The report ({@value #REPORT}) lists
 * the files the run wrote; an earlier export of a format the run did not write is named in {@link
 * Result#stale()}.
 *
 * <p>A run has two passes. The first streams the outcomes to a file in the run's temporary folder
 * while the {@link Reconciler} keeps a compact key of each figure; once every figure is known they
 * are grouped into facts, and the second pass reads the outcomes back into the exports, each figure
 * with its {@code group_id} and {@code role}, then writes the facts ({@code consolidated.csv} and
 * the workbook's Consolidated and Summary sheets). Memory holds the keys (about 65 bytes a figure,
 * which also serve to check that figure ids are unique) and a few documents in flight, never all
 * the figures.
 *
 * <pre>{@code
 * try (Inputs in = Inputs.open(List.of(Path.of("examples")), Inputs.Options.DEFAULT)) {
 *   Extraction.Result r =
 *       new Extraction(humfig, TableSchema.bundled(), Extraction.Settings.of(Path.of("exports"), run))
 *           .run(in, problem -> System.err.println("warning: " + problem));
 *   r.counts().figures();   // 23
 *   r.written();            // [exports/figures.csv, exports/figures.xlsx, exports/validation.json,
 *                           //  exports/figure.schema.json, exports/datapackage.json]
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
   * @param reconcile how figures are reconciled into facts
   */
  public record Settings(
      Path out,
      Set<Format> formats,
      CsvWriter.Options csv,
      Run run,
      Reconciler.Settings reconcile) {

    /** Checks the settings and copies the formats. */
    public Settings {
      Objects.requireNonNull(out, "out");
      Objects.requireNonNull(csv, "csv");
      Objects.requireNonNull(run, "run");
      Objects.requireNonNull(reconcile, "reconcile");
      if (formats.isEmpty()) {
        throw new IllegalArgumentException("at least one export format is needed");
      }
      formats = Set.copyOf(EnumSet.copyOf(formats));
    }

    /** Returns settings that reconcile figures the default way. */
    public Settings(Path out, Set<Format> formats, CsvWriter.Options csv, Run run) {
      this(out, formats, csv, run, Reconciler.Settings.DEFAULT);
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
   * @param written the files it wrote: exports first, then the validation report, then the data
   *     package (the schemas it points to, then its descriptor); none when no document could be
   *     read
   * @param stale earlier exports in the folder that the run did not replace (of another format)
   * @param facts the consolidated facts the figures were reconciled into
   * @param conflicts how many of them its reports disagree on
   */
  public record Result(
      Counts counts, List<Path> written, List<Path> stale, long facts, long conflicts) {

    /** Copies the lists so the record stays immutable. */
    public Result {
      written = List.copyOf(written);
      stale = List.copyOf(stale);
    }

    /** Returns the result of a run that reconciled nothing. */
    public Result(Counts counts, List<Path> written, List<Path> stale) {
      this(counts, written, stale, 0, 0);
    }

    /** Returns the result of a run that replaced every export and reconciled nothing. */
    public Result(Counts counts, List<Path> written) {
      this(counts, written, List.of());
    }
  }

  private final Humfig humfig;
  private final TableSchema schema;
  private final Settings settings;
  private final List<Sink> sinks;

  /** Returns a run of {@code humfig} that checks against {@code schema} and writes as set. */
  public Extraction(Humfig humfig, TableSchema schema, Settings settings) {
    this(humfig, schema, settings, List.of());
  }

  /**
   * Returns a run that extracts nothing: it writes the outcomes given to {@link #run(Outcomes,
   * Consumer)}, such as those kept in a store, to the same exports and report.
   */
  public Extraction(TableSchema schema, Settings settings) {
    this(null, schema, settings, List.of());
  }

  private Extraction(Humfig humfig, TableSchema schema, Settings settings, List<Sink> sinks) {
    this.humfig = humfig;
    this.schema = schema;
    this.settings = settings;
    this.sinks = List.copyOf(sinks);
  }

  /** Returns this run that also hands every outcome to {@code sink}, beside the exports. */
  public Extraction with(Sink sink) {
    List<Sink> all = new ArrayList<>(sinks);
    all.add(sink);
    return new Extraction(humfig, schema, settings, all);
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
    Objects.requireNonNull(humfig, "this run only exports: it has no extractor");
    try (Workspace workspace = Workspace.open(settings.out())) {
      return run(consumer -> humfig.run(inputs, consumer), problems, workspace, true);
    }
  }

  /**
   * Writes every outcome of {@code outcomes} to the exports, the validation report and the sinks,
   * and returns what it did; problems go to {@code problems} in order.
   *
   * @throws Workspace.Busy when another run holds the output folder
   * @throws IOException when an export cannot be written; earlier exports are then left as they
   *     were
   */
  public Result run(Outcomes outcomes, Consumer<Problem> problems) throws IOException {
    return run(outcomes, problems, false);
  }

  /**
   * Writes every outcome of {@code outcomes} as {@link #run(Outcomes, Consumer)} does; with {@code
   * keepWhenEmpty}, outcomes that hold no document read (tables that are all unreadable) write
   * nothing and leave the earlier exports as they were, and the result lists no file written.
   *
   * @throws Workspace.Busy when another run holds the output folder
   * @throws IOException when an export cannot be written; earlier exports are then left as they
   *     were
   */
  public Result run(Outcomes outcomes, Consumer<Problem> problems, boolean keepWhenEmpty)
      throws IOException {
    try (Workspace workspace = Workspace.open(settings.out())) {
      return run(outcomes, problems, workspace, keepWhenEmpty);
    }
  }

  /**
   * Writes the outcomes; with {@code keepWhenEmpty}, a run that read no document writes nothing
   * (inputs that are all unreadable are a failure; an empty selection of a store is not).
   */
  private Result run(
      Outcomes outcomes, Consumer<Problem> problems, Workspace workspace, boolean keepWhenEmpty)
      throws IOException {
    Counts counts;
    List<Path> written = new ArrayList<>();
    Map<Path, String> hashes = new HashMap<>(); // worked out while written
    long[] facts = {0, 0};
    Run run = settings.run();
    Set<Format> formats = settings.formats();
    String table = formats.contains(Format.CSV) ? Format.CSV.file() : Format.XLSX.file();
    int firstRow = settings.csv().hxl() ? 3 : 2;
    try (Report report =
            new Report(
                run.tool(),
                run.date(),
                schema,
                id -> TableValidator.describe(schema, id),
                workspace.temp());
        Spill spill = new Spill(workspace.temp())) {
      report.begin(table);
      Reconciler reconciler = new Reconciler(settings.reconcile());
      Part part = first(spill, reconciler, firstRow, report, problems);
      outcomes.forEach(part);
      part.finish(reconciler.byId(), reconciler::id); // the figure ids, from the keys
      report.end(part.rows());
      counts = part.counts();
      if (counts.documents() > 0 || !keepWhenEmpty) { // else the earlier exports stay
        List<Exports> exports = new ArrayList<>();
        FutureTask<Staging> json = null;
        try {
          for (Format f : new java.util.TreeSet<>(formats)) { // each written on its own thread
            exports.add(
                new Exports(
                    workspace, EnumSet.of(f), schema, settings.csv(), run, settings.reconcile()));
          }
          json = report(report, workspace);
          Replay.Totals totals =
              new Replay(spill, reconciler.reconcile(threads())).write(exports, threads());
          facts[0] = totals.facts();
          facts[1] = totals.conflicts();
          reconciler = null; // the keys are not needed to finish the files
          commit(done(json), exports, written, hashes);
        } finally {
          if (json != null && !json.isDone()) {
            try {
              json.get(); // the report's writer is done with the temporary folder
            } catch (ExecutionException e) {
              // The run is failing already; this failure is not the one to report.
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          close(exports);
        }
        written.addAll(
            DataPackage.write(
                settings.out(), run, resources(written, schema, settings.csv().hxl()), hashes));
      }
    }
    for (Sink sink : sinks) {
      sink.finish(counts);
    }
    List<Path> stale = new ArrayList<>();
    for (Format f : Format.values()) {
      Path earlier = settings.out().resolve(f.file());
      if (!formats.contains(f) && !written.isEmpty() && Files.exists(earlier)) {
        stale.add(earlier);
      }
    }
    return new Result(counts, written, stale, facts[0], facts[1]);
  }

  /**
   * Returns the first pass of a run as a part: each outcome goes to the sinks and the spill, and
   * each of its figures to the reconciler, while the part counts and checks them. The figure ids
   * are checked once the pass is over, from the reconciler's keys, not from a second index.
   */
  private Part first(
      Spill spill, Reconciler reconciler, int firstRow, Report report, Consumer<Problem> problems) {
    return new Part(
        DatasetChecker.deferred(schema),
        firstRow,
        outcome -> {
          for (Sink sink : sinks) {
            sink.accept(outcome);
          }
          spill.write(outcome);
          for (Validated v : outcome.figures()) {
            reconciler.add(v.figure());
          }
        },
        report::add,
        problems);
  }

  /** Returns the threads of the run: those of its extractor, else one per core. */
  private int threads() {
    return humfig == null ? Runtime.getRuntime().availableProcessors() : humfig.threads();
  }

  /** Closes every export, throwing the first failure after trying them all. */
  private static void close(List<Exports> exports) throws IOException {
    IOException first = null;
    for (Exports e : exports) {
      try {
        e.close();
      } catch (IOException x) {
        first = first == null ? x : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /**
   * Writes the validation report, which lists the files the run writes, to a temporary file while
   * the exports are written: on a thread of its own when the run has more than one, else at once.
   */
  private FutureTask<Staging> report(Report report, Workspace workspace) {
    List<String> names = new ArrayList<>();
    settings.formats().stream().sorted().forEach(f -> names.add(f.file()));
    if (settings.formats().contains(Format.CSV)) {
      names.add(names.indexOf(Format.CSV.file()) + 1, ConsolidatedCsv.FILE);
    }
    names.add(REPORT);
    report.files(names);
    Staging staging = new Staging(settings.out().resolve(REPORT), workspace.temp());
    FutureTask<Staging> task =
        new FutureTask<>(
            () -> {
              try (Writer out =
                  new BufferedWriter(
                      new OutputStreamWriter(staging.open(), StandardCharsets.UTF_8))) {
                report.writeJson(out);
              }
              return staging;
            });
    if (threads() > 1) {
      Thread t = new Thread(task, "humfig-report");
      t.setDaemon(true);
      t.start();
    } else {
      task.run();
    }
    return task;
  }

  /** Returns the staged report once written, throwing what writing it threw. */
  private static Staging done(FutureTask<Staging> task) throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing " + REPORT, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IOException(e.getCause());
    }
  }

  /** Moves the exports, then the report, which lists them, into place. */
  private static void commit(
      Staging report, List<Exports> exports, List<Path> written, Map<Path, String> hashes)
      throws IOException {
    for (Exports e : exports) {
      written.addAll(e.commit());
      hashes.putAll(e.hashes());
    }
    report.commit();
    written.add(report.target());
    if (report.sha256() != null) {
      hashes.put(report.target(), report.sha256());
    }
  }

  /**
   * Describes each file the run wrote, in the order written, for the data package: the figures'
   * tables with {@code schema}, the facts' tables with theirs, the report, and any other file by
   * its name and format.
   */
  static List<DataPackage.Resource> resources(List<Path> written, TableSchema schema, boolean hxl) {
    String comment = hxl ? " Row 2 holds the HXL hashtags, a comment row for other readers." : "";
    List<DataPackage.Resource> resources = new ArrayList<>();
    for (Path p : written) {
      String file = p.getFileName().toString();
      if (file.equals(Format.CSV.file())) {
        resources.add(
            DataPackage.Resource.csv(
                "figures",
                p,
                schema,
                hxl,
                "Figures",
                "One row per figure reported in a document, the columns of "
                    + schema.file()
                    + " in its order: UTF-8, comma-separated, CRLF line ends, ISO dates, '.'"
                    + " decimals without thousands separators, an empty cell for an unknown"
                    + " value."
                    + comment));
      } else if (file.equals(Format.XLSX.file())) {
        resources.add(
            DataPackage.Resource.sheet(
                "figures-sheet",
                p,
                "Figures",
                schema,
                hxl,
                "Figures sheet of the workbook",
                "The Figures sheet of the analysts' workbook: the rows of figures.csv as typed"
                    + " cells (past 1,048,575 figures the rows continue on Figures (2)). The other"
                    + " sheets (Summary, Sources, Validation, About) are reports for people."
                    + comment));
        resources.add(
            DataPackage.Resource.sheet(
                "consolidated-sheet",
                p,
                "Consolidated",
                TableSchema.consolidated(),
                false,
                "Consolidated sheet of the workbook",
                "The Consolidated sheet of the analysts' workbook: the rows of consolidated.csv"
                    + " as typed cells."));
      } else if (file.equals(ConsolidatedCsv.FILE)) {
        resources.add(
            DataPackage.Resource.csv(
                "consolidated",
                p,
                TableSchema.consolidated(),
                hxl,
                "Consolidated facts",
                "One row per fact that one or more figures report, the columns of"
                    + " consolidated.schema.json in its order, in the dialect of figures.csv;"
                    + " figures.csv names each figure's fact in group_id."
                    + comment));
      } else if (file.equals(REPORT)) {
        resources.add(
            DataPackage.Resource.file(
                "validation",
                p,
                "Validation report",
                "Every rule a figure breaks, grouped by rule, with the row, column, value and"
                    + " message, and counts per table."));
      } else {
        String name = file.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        resources.add(DataPackage.Resource.file(name, p, file, "Written by the run."));
      }
    }
    return resources;
  }
}
