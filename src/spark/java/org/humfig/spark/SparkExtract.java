package org.humfig.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.humfig.Outcome;
import org.humfig.document.Manifest;
import org.humfig.document.Problem;
import org.humfig.run.Counts;
import org.humfig.run.Extraction;
import org.humfig.schema.TableSchema;
import org.humfig.validate.DatasetChecker;
import org.humfig.validate.Report;
import org.humfig.validate.TableValidator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import scala.Tuple2;

/**
 * {@code humfig-spark extract}: the extraction of {@code humfig extract} as a Spark job.
 *
 * <pre>
 * spark-submit --class org.humfig.spark.SparkExtract humfig-spark.jar extract s3a://news/2024/ --out s3a://out/2024
 * java -jar target/humfig-spark.jar extract examples --out exports-spark --master local[*]
 * </pre>
 *
 * Writes {@code DIR/figures/part-NNNNN.csv} (or {@code .parquet}), one per partition, with the
 * header and columns of {@code figures.csv}, and {@code DIR/validation.json} summed over the
 * partitions. The part files are written in a folder beside {@code DIR/figures} and replace it only
 * when every part is complete.
 */
@Command(
    name = "humfig-spark",
    mixinStandardHelpOptions = true,
    versionProvider = SparkExtract.Version.class,
    description = "Runs humfig's extraction on Apache Spark.",
    subcommands = {SparkExtract.Extract.class, CommandLine.HelpCommand.class})
public final class SparkExtract implements Runnable {

  /** How many locations of each rule each part lists in validation.json. */
  static final int LOCATIONS = 100;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The Spark context of a caller that has one; null to start one. */
  private final JavaSparkContext given;

  private SparkExtract(JavaSparkContext given) {
    this.given = given;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a command is required, e.g. 'extract'");
  }

  /** Runs the job and exits with its code: 0 success, 1 failure, 2 usage error. */
  public static void main(String[] args) {
    if (System.getProperty("spark.master") == null
        && System.getProperty("log4j2.configurationFile") == null
        && System.getProperty("log4j.configurationFile") == null) {
      // Started with java -jar, not spark-submit: keep Spark's start-up chatter off the screen.
      System.setProperty("log4j2.configurationFile", "org/humfig/spark/log4j2.properties");
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(null, args, out, err));
  }

  /**
   * Runs the command line on {@code context}, or on a context of its own when null, and returns the
   * exit code.
   */
  public static int run(JavaSparkContext context, String[] args, PrintWriter out, PrintWriter err) {
    Locale.setDefault(Locale.ROOT);
    CommandLine cl = new CommandLine(new SparkExtract(context));
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          String qualified = ex.getCommandLine().getCommandSpec().qualifiedName();
          err.println(qualified + ": " + ex.getMessage() + " (see '" + qualified + " --help')");
          err.flush();
          return 2;
        });
    cl.setExecutionExceptionHandler(
        (ex, c, parse) -> {
          String message =
              ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
          err.println(c.getCommandSpec().qualifiedName() + ": error: " + message);
          if (System.getenv("HUMFIG_DEBUG") != null) {
            ex.printStackTrace(err);
          }
          err.flush();
          return 1;
        });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Reads the version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {tool()};
    }
  }

  static String tool() {
    Properties p = new Properties();
    try (InputStream in = SparkExtract.class.getResourceAsStream("/humfig.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // The version is only for show.
    }
    return "humfig " + p.getProperty("version", "unknown");
  }

  /** {@code humfig-spark extract}. */
  @Command(
      name = "extract",
      mixinStandardHelpOptions = true,
      description = {
        "Reads articles (.txt, .html, .jsonl, .warc; folders recursively, on any Hadoop file "
            + "system) on Spark and writes the figures they report to DIR/figures/part-*.csv "
            + "(or .parquet) and DIR/validation.json.",
        "",
        "Example: humfig-spark extract examples --out exports-spark --master local[*]"
      },
      sortOptions = false)
  static final class Extract implements Callable<Integer> {

    /** The job's output formats. */
    enum Output {
      csv,
      parquet
    }

    @CommandLine.ParentCommand SparkExtract parent;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or folders to read.")
    List<String> inputs;

    @Option(
        names = "--out",
        paramLabel = "DIR",
        defaultValue = "exports",
        description = "Folder for the figures and validation.json (default: ${DEFAULT-VALUE}).")
    String out;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "csv",
        description = "Part files to write: csv or parquet (default: ${DEFAULT-VALUE}).")
    Output format;

    @Option(names = "--bom", description = "Start each CSV part with a UTF-8 byte-order mark.")
    boolean bom;

    @Option(names = "--hxl", description = "Write the HXL hashtag row under each CSV header.")
    boolean hxl;

    @Option(
        names = "--manifest",
        paramLabel = "FILE",
        description = "CSV with document, source_name, source_url, published for each document.")
    String manifest;

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
        names = "--household-size",
        paramLabel = "N",
        defaultValue = "5",
        description = "People per household (default: ${DEFAULT-VALUE}).")
    double householdSize;

    @Option(
        names = "--max-size",
        paramLabel = "MB",
        defaultValue = "32",
        description = "Skip documents larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    double maxSize;

    @Option(
        names = "--master",
        paramLabel = "URL",
        description =
            "Spark master, e.g. local[*] (default: the one spark-submit gives, else local[*]).")
    String master;

    @Option(
        names = "--partitions",
        paramLabel = "N",
        description =
            "About how many partitions to read the inputs in (default: four per core of the "
                + "cluster, in parts of 1 to 128 MB).")
    Integer partitions;

    @Option(
        names = {"-q", "--quiet"},
        description = "Print only warnings and errors.")
    boolean quiet;

    /** The clock that dates a run; the driver is the one place that reads it. */
    static java.time.Clock clock = java.time.Clock.systemDefaultZone();

    @Override
    public Integer call() throws IOException {
      CommandLine cl = spec.commandLine();
      check(cl);
      Configuration conf =
          parent.given != null ? parent.given.hadoopConfiguration() : hadoop(new SparkConf());
      Plan plan;
      try {
        plan = Plan.of(inputs, conf);
      } catch (java.io.FileNotFoundException e) {
        throw new CommandLine.ParameterException(cl, "no such file or folder: " + e.getMessage());
      }
      Manifest given = manifest(cl, conf);
      given.problems().forEach(p -> cl.getErr().println("warning: " + p));
      JavaSparkContext context = parent.given != null ? parent.given : start(master);
      try {
        return extract(cl, context, plan, given);
      } finally {
        if (parent.given == null) {
          context.stop();
        }
      }
    }

    /**
     * Returns the Hadoop configuration Spark will give its context, so inputs are checked before
     * Spark starts: Hadoop's defaults with the {@code spark.hadoop.*} settings.
     */
    private static Configuration hadoop(SparkConf spark) {
      Configuration conf = new Configuration();
      for (Tuple2<String, String> kv : spark.getAllWithPrefix("spark.hadoop.")) {
        conf.set(kv._1(), kv._2());
      }
      return conf;
    }

    private void check(CommandLine cl) {
      if (!(householdSize >= 1)) {
        throw new CommandLine.ParameterException(cl, "--household-size must be at least 1");
      }
      if (!(maxSize > 0)) {
        throw new CommandLine.ParameterException(cl, "--max-size must be more than 0");
      }
      if (partitions != null && partitions < 1) {
        throw new CommandLine.ParameterException(cl, "--partitions must be at least 1");
      }
    }

    private static JavaSparkContext start(String master) {
      SparkConf conf = new SparkConf().setAppName("humfig extract");
      if (master != null) {
        conf.setMaster(master);
      } else if (!conf.contains("spark.master")) {
        conf.setMaster("local[*]");
      }
      JavaSparkContext context = new JavaSparkContext(conf);
      context.setLogLevel("WARN");
      return context;
    }

    private int extract(CommandLine cl, JavaSparkContext context, Plan plan, Manifest given)
        throws IOException {
      Configuration conf = context.hadoopConfiguration();
      PrintWriter err = cl.getErr();
      LocalDate day = LocalDate.now(clock);
      Path dir = new Path(out);
      FileSystem fs = dir.getFileSystem(conf);
      fs.setWriteChecksum(false);
      Path staging = new Path(dir, ".figures-" + UUID.randomUUID());
      fs.mkdirs(staging);
      try {
        Job job =
            new Job(
                tool(),
                day,
                householdSize,
                (long) (maxSize * 1024 * 1024),
                format == Output.parquet ? Job.Format.PARQUET : Job.Format.CSV,
                bom,
                hxl,
                staging.toString(),
                LOCATIONS,
                Job.rows(given),
                plan.folders(),
                new Job.Meta(source, sourceUrl, published));
        List<PartReport> parts = run(context, job, plan);
        reused(context, job, parts);
        fs.delete(new Path(staging, Worker.IDS), true);
        Counts counts = new Counts();
        for (Problem p : plan.problems()) {
          err.println("warning: " + p);
          counts.add(new Outcome.Skipped(p));
        }
        for (PartReport part : parts) {
          part.problems.forEach(p -> err.println("warning: " + p));
          if (part.unlisted > 0) {
            err.printf("warning: %s: %d more problems not shown%n", part.file, part.unlisted);
          }
          counts.add(part.counts);
        }
        Path figures = new Path(dir, "figures");
        Path json = new Path(dir, Extraction.REPORT);
        report(fs, json, job, parts);
        replace(fs, staging, figures);
        if (!quiet) {
          print(cl.getOut(), counts, parts.size(), figures, json);
        }
        return 0;
      } finally {
        fs.delete(staging, true);
      }
    }

    private Manifest manifest(CommandLine cl, Configuration conf) {
      if (manifest == null) {
        return Manifest.EMPTY;
      }
      Path path = new Path(manifest);
      try (Reader r =
          new InputStreamReader(path.getFileSystem(conf).open(path), StandardCharsets.UTF_8)) {
        return Manifest.read(r, manifest);
      } catch (java.io.FileNotFoundException e) {
        throw new CommandLine.ParameterException(cl, "no such manifest file: '" + manifest + "'");
      } catch (IOException e) {
        throw new CommandLine.ParameterException(cl, e.getMessage());
      }
    }

    private List<PartReport> run(JavaSparkContext context, Job job, Plan plan) {
      long target =
          partitions != null
              ? Math.max(1, (plan.bytes() + partitions - 1) / partitions)
              : Math.max(
                  1L << 20,
                  Math.min(128L << 20, plan.bytes() / (4L * context.defaultParallelism())));
      List<List<Split>> splits = plan.partitions(target);
      Broadcast<Job> shared = context.broadcast(job);
      Broadcast<HadoopConf> hadoop =
          context.broadcast(new HadoopConf(context.hadoopConfiguration()));
      List<PartReport> parts =
          new ArrayList<>(
              context
                  .parallelize(splits, splits.size())
                  .mapPartitionsWithIndex(
                      (index, it) ->
                          List.of(
                                  Worker.run(
                                      shared.value(),
                                      hadoop.value().get(),
                                      index,
                                      it.hasNext() ? it.next() : List.of()))
                              .iterator(),
                      false)
                  .collect());
      parts.sort(Comparator.comparingInt(p -> p.index));
      return parts;
    }

    /**
     * Adds to the parts' digests each figure id used in an earlier part ({@code id.unique}): a
     * document read in two partitions, as when two input files hold the same id. A part checks its
     * own rows; this checks across them, with one shuffle of the ids.
     */
    private static void reused(JavaSparkContext context, Job job, List<PartReport> parts) {
      List<Tuple2<String, String>> reused =
          context
              .textFile(new Path(job.parts(), Worker.IDS).toString())
              .mapToPair(
                  line -> {
                    int tab = line.indexOf('\t');
                    return new Tuple2<>(line.substring(0, tab), line.substring(tab + 1));
                  })
              .reduceByKey((a, b) -> a + "\n" + b)
              .filter(t -> t._2().indexOf('\n') >= 0)
              .collect();
      DatasetChecker checker = new DatasetChecker(TableSchema.bundled());
      for (Tuple2<String, String> t : reused) {
        List<int[]> places =
            Arrays.stream(t._2().split("\n"))
                .map(s -> Arrays.stream(s.split("\t")).mapToInt(Integer::parseInt).toArray())
                .sorted(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]))
                .toList();
        int[] first = places.get(0);
        String where = "figures/" + job.format().part(first[0]) + " row " + first[1];
        Set<Integer> seen = new HashSet<>(Set.of(first[0]));
        for (int[] p : places.subList(1, places.size())) {
          if (seen.add(p[0])) {
            checker.reused(p[1], t._1(), where).ifPresent(parts.get(p[0]).digest);
          }
        }
      }
    }

    /** Writes validation.json: one table per part, the totals summed over them. */
    private static void report(FileSystem fs, Path json, Job job, List<PartReport> parts)
        throws IOException {
      TableSchema schema = TableSchema.bundled();
      Path temp = new Path(json.getParent(), "." + json.getName() + "." + UUID.randomUUID());
      try (Report report =
          new Report(job.tool(), job.day(), schema, id -> TableValidator.describe(schema, id))) {
        for (PartReport part : parts) {
          part.digest.addTo(report);
        }
        try (Writer w = new OutputStreamWriter(fs.create(temp, false), StandardCharsets.UTF_8)) {
          report.writeJson(w);
        }
        replace(fs, temp, json);
      } finally {
        fs.delete(temp, false);
      }
    }

    /** Moves {@code from} to {@code to}, replacing what was there. */
    private static void replace(FileSystem fs, Path from, Path to) throws IOException {
      Path old = new Path(to.getParent(), "." + to.getName() + ".old-" + UUID.randomUUID());
      boolean had = fs.exists(to) && fs.rename(to, old);
      if (!fs.rename(from, to)) {
        if (had) {
          fs.rename(old, to);
        }
        throw new IOException("cannot move " + from + " to " + to);
      }
      if (had) {
        fs.delete(old, true);
      }
    }

    private static void print(PrintWriter out, Counts c, int parts, Path figures, Path json) {
      out.printf(
          "Read %d document%s (%d skipped).%n",
          c.documents(), c.documents() == 1 ? "" : "s", c.skipped());
      out.println(c.found());
      out.printf("Wrote %s (%d part%s) and %s.%n", figures, parts, parts == 1 ? "" : "s", json);
    }
  }
}
