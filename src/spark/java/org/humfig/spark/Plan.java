package org.humfig.spark;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.humfig.document.FileType;
import org.humfig.document.Manifest;
import org.humfig.document.Problem;

/**
 * The driver's plan of a run: the input files in the order a plain run reads them (files in the
 * order given, folders walked recursively in name order), the folders' manifests, the files that
 * are no input, and the partitions to read them in.
 *
 * <p>A partition is a run of consecutive splits of about a target size, so the part files, read in
 * name order, hold the figures in input order. A JSON Lines file larger than the target is split
 * into byte ranges; a text, HTML or WARC file is read whole by one task.
 */
final class Plan {

  private static final String MANIFEST = "manifest.csv";

  private final Configuration conf;
  private final List<FileStatus> files = new ArrayList<>();
  private final List<String> folderOf = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, Map<String, Job.Meta>> folders = new HashMap<>();
  private final Map<String, Boolean> visited = new HashMap<>();

  private Plan(Configuration conf) {
    this.conf = conf;
  }

  /**
   * Returns the plan of {@code inputs}.
   *
   * @throws java.io.FileNotFoundException naming the first input that does not exist
   * @throws IOException when a folder cannot be listed
   */
  static Plan of(List<String> inputs, Configuration conf) throws IOException {
    Plan plan = new Plan(conf);
    for (String input : inputs) {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      if (!fs.exists(path)) {
        throw new java.io.FileNotFoundException("'" + input + "'");
      }
      FileStatus status = fs.getFileStatus(path);
      if (status.isDirectory()) {
        plan.walk(fs, status.getPath());
      } else {
        plan.add(fs, status);
      }
    }
    return plan;
  }

  private void walk(FileSystem fs, Path dir) throws IOException {
    manifest(fs, dir);
    FileStatus[] children = fs.listStatus(dir);
    Arrays.sort(children, Comparator.comparing(s -> s.getPath().getName()));
    for (FileStatus child : children) {
      String name = child.getPath().getName();
      if (name.startsWith(".") || name.startsWith("_") || name.equalsIgnoreCase(MANIFEST)) {
        continue;
      }
      if (child.isDirectory()) {
        walk(fs, child.getPath());
      } else {
        add(fs, child);
      }
    }
  }

  private void add(FileSystem fs, FileStatus file) throws IOException {
    Path path = file.getPath();
    if (FileType.of(path.getName()).isEmpty()) {
      problems.add(
          new Problem(path.toString(), "skipped: not a .txt, .html, .jsonl or .warc file"));
      return;
    }
    files.add(file);
    folderOf.add(describer(fs, path.getParent()));
  }

  /** Returns the folder whose manifest describes the documents of {@code dir}, or null. */
  private String describer(FileSystem fs, Path dir) throws IOException {
    if (manifest(fs, dir)) {
      return dir.toString();
    }
    for (Path p = dir.getParent(); p != null; p = p.getParent()) {
      if (visited.getOrDefault(p.toString(), false)) {
        return p.toString();
      }
    }
    return null;
  }

  /** Reads the manifest of {@code dir} once; returns true when it has one. */
  private boolean manifest(FileSystem fs, Path dir) throws IOException {
    String key = dir.toString();
    Boolean known = visited.get(key);
    if (known != null) {
      return known;
    }
    Path file = new Path(dir, MANIFEST);
    boolean found = false;
    if (fs.exists(file) && fs.getFileStatus(file).isFile()) {
      try (Reader r = new InputStreamReader(fs.open(file), StandardCharsets.UTF_8)) {
        Manifest m = Manifest.read(r, file.toString());
        problems.addAll(m.problems());
        folders.put(key, Job.rows(m));
        found = true;
      } catch (IOException e) {
        problems.add(new Problem(file.toString(), e.getMessage()));
      }
    }
    visited.put(key, found);
    return found;
  }

  /** Returns the problems with inputs met while planning, in input order. */
  List<Problem> problems() {
    return problems;
  }

  /** Returns the manifests of the input folders, by folder. */
  Map<String, Map<String, Job.Meta>> folders() {
    return folders;
  }

  /** Returns the number of bytes of all input files. */
  long bytes() {
    return files.stream().mapToLong(FileStatus::getLen).sum();
  }

  /**
   * Returns the partitions, each a run of splits of about {@code target} bytes, in input order; at
   * least one, empty when there is nothing to read.
   */
  List<List<Split>> partitions(long target) {
    List<List<Split>> out = new ArrayList<>();
    List<Split> current = new ArrayList<>();
    long size = 0;
    for (int i = 0; i < files.size(); i++) {
      FileStatus f = files.get(i);
      FileType type = FileType.of(f.getPath().getName()).orElseThrow();
      long length = f.getLen();
      long step = type == FileType.JSON_LINES ? Math.max(1, target) : Math.max(1, length);
      for (long start = 0; start < length || start == 0; start += step) {
        long end = Math.min(length, start + step);
        current.add(new Split(f.getPath().toString(), type, start, end, length, folderOf.get(i)));
        size += end - start;
        if (size >= target) {
          out.add(current);
          current = new ArrayList<>();
          size = 0;
        }
        if (length == 0) {
          break;
        }
      }
    }
    if (!current.isEmpty() || out.isEmpty()) {
      out.add(current);
    }
    return out;
  }
}
