package org.humfig.validate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.humfig.schema.Severity;

/**
 * The findings of one table in brief, to send from where a part of a run was checked to where the
 * report is written: every finding is counted, and the first {@code limit} of each rule are kept
 * with their locations. A Spark task makes one per partition; the driver adds them all to one
 * {@link Report}, whose totals are then the sums over the partitions.
 *
 * <p>Not thread-safe.
 */
public final class Digest implements Consumer<Finding>, Serializable {

  private static final long serialVersionUID = 1L;

  private static final class Rule implements Serializable {
    private static final long serialVersionUID = 1L;
    final Severity severity;
    final List<Finding> listed = new ArrayList<>();
    long count;

    Rule(Severity severity) {
      this.severity = severity;
    }
  }

  private final String path;
  private final int limit;
  private final Map<String, Rule> rules = new LinkedHashMap<>();
  private long rows;

  /** Returns an empty digest of table {@code path} keeping {@code limit} locations per rule. */
  public Digest(String path, int limit) {
    this.path = path;
    this.limit = limit;
  }

  @Override
  public void accept(Finding f) {
    Rule r = rules.computeIfAbsent(f.rule(), k -> new Rule(f.severity()));
    r.count++;
    if (r.listed.size() < limit) {
      r.listed.add(f);
    }
  }

  /** Records that the table has {@code rows} data rows. */
  public void rows(long rows) {
    this.rows = rows;
  }

  /** Returns the table's path, as the report names it. */
  public String path() {
    return path;
  }

  /** Returns the number of findings of {@code severity}. */
  public long count(Severity severity) {
    return rules.values().stream()
        .filter(r -> r.severity == severity)
        .mapToLong(r -> r.count)
        .sum();
  }

  /** Adds this table, its counts and its listed locations to {@code report}. */
  public void addTo(Report report) throws java.io.IOException {
    report.begin(path);
    for (Map.Entry<String, Rule> e : rules.entrySet()) {
      Rule r = e.getValue();
      r.listed.forEach(report::add);
      if (r.count > r.listed.size()) {
        report.count(e.getKey(), r.severity, r.count - r.listed.size());
      }
    }
    report.end(rows);
  }
}
