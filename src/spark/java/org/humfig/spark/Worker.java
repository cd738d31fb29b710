package org.humfig.spark;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.humfig.Humfig;
import org.humfig.Validated;
import org.humfig.document.Document;
import org.humfig.document.FileType;
import org.humfig.document.Item;
import org.humfig.document.Problem;
import org.humfig.export.CsvWriter;
import org.humfig.export.FigureWriter;
import org.humfig.extract.Extractor;
import org.humfig.rule.RuleLoader;
import org.humfig.run.Part;
import org.humfig.schema.TableSchema;
import org.humfig.validate.Digest;
import org.humfig.validate.FigureValidator;

/**
 * Runs one partition on an executor: reads its splits with the library's readers, describes the
 * documents as a plain run would, extracts and validates them with the executor's one {@link
 * Humfig}, and writes them as one part file, which appears under its final name only when complete.
 */
final class Worker {

  /** One pipeline per executor and settings: the rules, gazetteer and schema load once. */
  private static final Map<List<Object>, Humfig> PIPELINES = new ConcurrentHashMap<>();

  private static final TableSchema SCHEMA = TableSchema.bundled();

  /**
   * The folder, among the parts, where each task lists its figure ids ({@code id, part, row} per
   * line), for the driver's check that no id is used in two parts.
   */
  static final String IDS = "ids";

  private Worker() {}

  /** Returns this executor's pipeline for {@code job}, built on first use. */
  static Humfig humfig(Job job) {
    return PIPELINES.computeIfAbsent(
        List.of(job.householdSize(), job.day()),
        k ->
            new Humfig(
                new Extractor(RuleLoader.english(), new Extractor.Settings(job.householdSize())),
                new FigureValidator(SCHEMA, job.day()),
                1));
  }

  /** Returns the number of pipelines this executor has built. */
  static int pipelines() {
    return PIPELINES.size();
  }

  /**
   * Runs partition {@code index} and returns what it did.
   *
   * @throws IOException when the part file cannot be written; Spark then retries the task
   */
  static PartReport run(Job job, Configuration conf, int index, List<Split> splits)
      throws IOException {
    String file = job.format().part(index);
    Path target = new Path(job.parts(), file);
    Path temp = new Path(job.parts(), "." + file + "." + UUID.randomUUID() + ".tmp");
    FileSystem fs = target.getFileSystem(conf);
    fs.setWriteChecksum(false);
    PartReport report = new PartReport(index, file, new Digest("figures/" + file, job.locations()));
    Path ids = new Path(new Path(job.parts(), IDS), index + ".tsv");
    try (FigureWriter writer = writer(job, fs, temp, target, conf);
        Writer idsOut =
            new BufferedWriter(
                new OutputStreamWriter(fs.create(ids, true), StandardCharsets.UTF_8));
        Documents documents = new Documents(job, conf, splits)) {
      int[] row = {job.firstRow()};
      Humfig.Consumer export =
          outcome -> {
            writer.write(outcome);
            for (Validated v : outcome.figures()) {
              idsOut.write(v.figure().id() + "\t" + index + "\t" + row[0]++ + "\n");
            }
          };
      Part part = new Part(SCHEMA, job.firstRow(), export, report.digest, report::problem);
      humfig(job).run(documents, part);
      writer.commit();
      report.digest.rows(part.rows());
      report.counts = part.counts();
    } catch (IOException | RuntimeException e) {
      fs.delete(temp, false);
      throw e;
    }
    place(fs, temp, target);
    return report;
  }

  private static FigureWriter writer(
      Job job, FileSystem fs, Path temp, Path target, Configuration conf) throws IOException {
    return switch (job.format()) {
      case CSV -> CsvWriter.to(fs.create(temp, false), target.toString(), SCHEMA, job.csv());
      case PARQUET -> new ParquetTable(temp, SCHEMA, conf);
    };
  }

  /** Moves a finished part into place; a retried or speculative task may have put it there. */
  private static void place(FileSystem fs, Path temp, Path target) throws IOException {
    fs.delete(target, false);
    if (!fs.rename(temp, target)) {
      fs.delete(temp, false);
      if (!fs.exists(target)) {
        throw new IOException("cannot move " + temp + " to " + target);
      }
    }
  }

  /**
   * The documents of a partition's splits, in order, described by the manifests and defaults; a
   * document whose id came earlier in the partition is skipped, as a plain run skips it.
   */
  private static final class Documents implements Iterator<Item>, Closeable {
    private final Job job;
    private final Configuration conf;
    private final Deque<Split> splits;
    private final Set<String> seen = new HashSet<>();
    private Split split;
    private Iterator<Item> items;
    private Closeable file;
    private Item next;

    Documents(Job job, Configuration conf, List<Split> splits) {
      this.job = job;
      this.conf = conf;
      this.splits = new ArrayDeque<>(splits);
    }

    @Override
    public boolean hasNext() {
      while (next == null) {
        if (items != null && items.hasNext()) {
          next = describe(items.next());
        } else if (!open()) {
          return false;
        }
      }
      return true;
    }

    @Override
    public Item next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Item item = next;
      next = null;
      return item;
    }

    private Item describe(Item item) {
      if (!(item instanceof Item.Read r)) {
        return item;
      }
      Document d = job.describe(r.document(), split.folder());
      if (!seen.add(d.id())) {
        return new Item.Skipped(
            new Problem(d.origin(), "duplicate document id '" + d.id() + "'; skipped"));
      }
      return new Item.Read(d, r.warnings());
    }

    /** Opens the next split; returns false when none is left. */
    private boolean open() {
      closeFile();
      split = splits.pollFirst();
      if (split == null) {
        return false;
      }
      Path path = new Path(split.path());
      try {
        FSDataInputStream in = path.getFileSystem(conf).open(path);
        InputStream stream = in;
        if (!split.whole()) {
          in.seek(split.start());
          stream = new Range(in, split.start(), split.end());
        }
        FileType.Reader reader =
            split.type().read(path.getName(), split.label(), stream, job.maxBytes());
        items = reader;
        file = reader;
      } catch (IOException e) {
        items =
            List.<Item>of(
                    new Item.Skipped(new Problem(split.label(), "cannot read: " + e.getMessage())))
                .iterator();
      }
      return true;
    }

    private void closeFile() {
      if (file != null) {
        try {
          file.close();
        } catch (IOException e) {
          // The split has been read; failing to close it loses nothing.
        }
        file = null;
      }
    }

    @Override
    public void close() {
      closeFile();
    }
  }
}
