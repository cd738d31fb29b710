package org.humfig.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.humfig.Outcome;
import org.humfig.Validated;
import org.humfig.model.Category;
import org.humfig.model.Status;

/** Counts what a run read and found, and prints it in a few lines. */
final class Summary {

  private int documents;
  private int skipped;
  private final Map<Category, Integer> categories = new EnumMap<>(Category.class);
  private final Map<Status, Integer> statuses = new EnumMap<>(Status.class);

  void add(Outcome o) {
    if (o.skipped()) {
      skipped++;
      return;
    }
    documents++;
    for (Validated v : o.figures()) {
      categories.merge(v.figure().category(), 1, Integer::sum);
      statuses.merge(v.figure().status(), 1, Integer::sum);
    }
  }

  int figures() {
    return categories.values().stream().mapToInt(Integer::intValue).sum();
  }

  void print(PrintWriter out, List<Path> written) {
    out.printf("Read %d document%s (%d skipped).%n", documents, documents == 1 ? "" : "s", skipped);
    String byCategory =
        java.util.Arrays.stream(Category.values())
            .map(c -> c.id() + " " + categories.getOrDefault(c, 0))
            .collect(Collectors.joining(", "));
    out.printf("Found %d figure%s: %s.%n", figures(), figures() == 1 ? "" : "s", byCategory);
    out.printf(
        "Validation: %d valid, %d with warnings, %d invalid.%n",
        statuses.getOrDefault(Status.VALID, 0),
        statuses.getOrDefault(Status.WARNING, 0),
        statuses.getOrDefault(Status.INVALID, 0));
    List<String> names = written.stream().map(Path::toString).toList();
    String files =
        names.size() <= 1
            ? String.join("", names)
            : String.join(", ", names.subList(0, names.size() - 1))
                + " and "
                + names.get(names.size() - 1);
    out.printf("Wrote %s.%n", files);
  }
}
