package org.humfig.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.humfig.run.Counts;
import org.humfig.run.Extraction;
import org.humfig.store.Changes;

/** Prints what a run read, found and wrote, in a few lines. */
final class Summary {

  private Summary() {}

  static void print(PrintWriter out, Extraction.Result result) {
    Counts c = result.counts();
    out.printf(
        "Read %d document%s (%d skipped).%n",
        c.documents(), c.documents() == 1 ? "" : "s", c.skipped());
    found(out, result);
  }

  /** Prints what an export from a store took and wrote. */
  static void exported(PrintWriter out, Path store, Extraction.Result result) {
    long n = result.counts().documents();
    out.printf("Exported %d document%s from %s.%n", n, n == 1 ? "" : "s", store);
    found(out, result);
  }

  /** Prints what a run changed in a store. */
  static void stored(PrintWriter out, Path store, Changes c) {
    out.printf(
        "Stored in %s: %d document%s added, %d unchanged, %d corrected; %d figure%s added, %d"
            + " superseded.%n",
        store,
        c.added(),
        c.added() == 1 ? "" : "s",
        c.unchanged(),
        c.corrected(),
        c.figuresAdded(),
        c.figuresAdded() == 1 ? "" : "s",
        c.figuresSuperseded());
  }

  private static void found(PrintWriter out, Extraction.Result result) {
    Counts c = result.counts();
    out.println(c.found());
    if (c.figures() > 0) {
      out.printf(
          "Reconciled into %d fact%s, %d with reports in conflict.%n",
          result.facts(), result.facts() == 1 ? "" : "s", result.conflicts());
    }
    out.printf("Wrote %s.%n", list(result.written()));
  }

  private static String list(List<Path> written) {
    List<String> names = written.stream().map(Path::toString).toList();
    return names.size() <= 1
        ? String.join("", names)
        : String.join(", ", names.subList(0, names.size() - 1))
            + " and "
            + names.get(names.size() - 1);
  }
}
