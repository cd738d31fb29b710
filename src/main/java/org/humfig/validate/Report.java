package org.humfig.validate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.humfig.schema.Severity;
import org.humfig.schema.TableSchema;

/**
 * The outcome of validating one or more tables: counts by severity and, per table, the problems
 * grouped by rule, as an HXL Proxy or frictionless report groups them.
 *
 * <p>Problem locations are spilled to temporary files as they arrive, so a report on a million rows
 * stays in bounded memory; {@link #writeJson} assembles them.
 *
 * <p>JSON shape:
 *
 * <pre>{@code
 * {"valid": false, "tool": "humfig 0.1.0", "date": "2026-11-21",
 *  "schema": {"name": "humfig-figure", "version": "1.1.0"},
 *  "stats": {"tables": 1, "rows": 24, "errors": 3, "warnings": 16, "info": 0},
 *  "tables": [{"path": "figures.csv", "valid": false, "rows": 24,
 *              "stats": {"errors": 3, "warnings": 16, "info": 0},
 *              "issues": [{"rule": "share.maximum", "severity": "error",
 *                          "description": "A share in percent is at most 100.", "count": 1,
 *                          "locations": [{"row": 5, "column": "value", "value": "120",
 *                                         "message": "a share of 120 percent is more than 100"}]}]}]}
 * }</pre>
 *
 * Rows are as the user sees them in the file (the header is row 1); a location about the whole
 * table has row 0. Issues are ordered by severity, then rule id. Not thread-safe.
 */
public final class Report implements Closeable {

  private final String tool;
  private final LocalDate date;
  private final TableSchema schema;
  private final Function<String, String> describe;
  private final Path spill;
  private final List<TableReport> tables = new ArrayList<>();
  private List<String> files = List.of();
  private TableReport current;

  /**
   * Returns an empty report.
   *
   * @param tool the producing program and its version
   * @param date the day of the run, or null
   * @param schema the schema checked against
   * @param describe gives a rule's description from its id
   */
  public Report(String tool, LocalDate date, TableSchema schema, Function<String, String> describe)
      throws IOException {
    this(tool, date, schema, describe, null);
  }

  /**
   * Returns an empty report whose findings spill into a folder made in {@code temp} (the system's
   * temporary folder when null).
   */
  public Report(
      String tool, LocalDate date, TableSchema schema, Function<String, String> describe, Path temp)
      throws IOException {
    this.tool = tool;
    this.date = date;
    this.schema = schema;
    this.describe = describe;
    this.spill =
        temp == null
            ? Files.createTempDirectory("humfig-report-")
            : Files.createTempDirectory(temp, "report-");
  }

  /** Records the files a run wrote, for the report to list. */
  public void files(List<String> names) {
    this.files = List.copyOf(names);
  }

  private static final class Group {
    final String rule;
    final Severity severity;
    final Path file;
    final JsonGenerator json; // one a group, closing its file when closed: one object a line
    long count;

    Group(String rule, Severity severity, Path file) throws IOException {
      this.rule = rule;
      this.severity = severity;
      this.file = file;
      BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      this.json = JSON.createGenerator(out).setRootValueSeparator(null);
    }
  }

  private static final class TableReport {
    final String path;
    final TableSchema schema;
    final Map<String, Group> groups = new LinkedHashMap<>();
    final long[] counts = new long[Severity.values().length];
    long rows;
    String error;

    TableReport(String path, TableSchema schema) {
      this.path = path;
      this.schema = schema;
    }
  }

  /**
   * Starts the part of the report about table {@code path}, checked against the report's schema.
   */
  public void begin(String path) {
    begin(path, schema);
  }

  /**
   * Starts the part of the report about table {@code path}, checked against {@code tableSchema};
   * the report names that schema in the table's part when it is not the report's.
   */
  public void begin(String path, TableSchema tableSchema) {
    current = new TableReport(path, tableSchema);
    tables.add(current);
  }

  /** Adds a finding about the current table. */
  public void add(Finding f) {
    try {
      Group g = group(f.rule(), f.severity());
      g.count++;
      current.counts[f.severity().ordinal()]++;
      JsonGenerator json = g.json;
      json.writeStartObject();
      json.writeNumberField("row", f.row());
      json.writeStringField("column", f.column());
      json.writeStringField("value", f.value());
      json.writeStringField("message", f.message());
      json.writeEndObject();
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Counts {@code n} more findings of {@code rule} about the current table without listing where
   * they are: a part of a larger run sends every count but only some locations.
   */
  public void count(String rule, Severity severity, long n) {
    try {
      group(rule, severity).count += n;
      current.counts[severity.ordinal()] += n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Group group(String rule, Severity severity) throws IOException {
    Group g = current.groups.get(rule);
    if (g == null) {
      g =
          new Group(
              rule,
              severity,
              spill.resolve(tables.size() + "-" + current.groups.size() + ".jsonl"));
      current.groups.put(rule, g);
    }
    return g;
  }

  /** Ends the current table, which had {@code rows} data rows. */
  public void end(long rows) throws IOException {
    current.rows = rows;
    for (Group g : current.groups.values()) {
      g.json.close();
    }
  }

  private static final JsonFactory JSON = new JsonFactory();

  /** Indents with "\n" on every machine, one location per line. */
  private static final DefaultPrettyPrinter PRINTER =
      new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  /** Returns the number of findings of {@code severity} in all tables. */
  public long count(Severity severity) {
    return tables.stream().mapToLong(t -> t.counts[severity.ordinal()]).sum();
  }

  /** Records that the current table could not be read to its end, and why. */
  public void unreadable(String message) {
    current.error = message;
  }

  /** Returns the number of tables that could not be read. */
  public long unreadable() {
    return tables.stream().filter(t -> t.error != null).count();
  }

  /** Returns true when every table was read and none has an error. */
  public boolean valid() {
    return count(Severity.ERROR) == 0 && unreadable() == 0;
  }

  /** Returns the findings of the current table by rule: rule id, severity and count, ordered. */
  public List<String[]> summary() {
    List<String[]> rows = new ArrayList<>();
    for (Group g : ordered(current)) {
      rows.add(new String[] {g.rule, g.severity.id(), Long.toString(g.count)});
    }
    return rows;
  }

  /** Returns the total number of data rows read. */
  public long rows() {
    return tables.stream().mapToLong(t -> t.rows).sum();
  }

  private static List<Group> ordered(TableReport t) {
    List<Group> groups = new ArrayList<>(t.groups.values());
    groups.sort(Comparator.comparing((Group g) -> g.severity).thenComparing(g -> g.rule));
    return groups;
  }

  /** Writes the report as JSON to {@code out}, which stays open. */
  public void writeJson(java.io.Writer out) throws IOException {
    try (JsonGenerator json =
        JSON.createGenerator(out)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .setPrettyPrinter(PRINTER)) {
      json.writeStartObject();
      json.writeBooleanField("valid", valid());
      json.writeStringField("tool", tool);
      if (date != null) {
        json.writeStringField("date", date.toString());
      }
      if (!files.isEmpty()) {
        json.writeArrayFieldStart("files");
        for (String f : files) {
          json.writeString(f);
        }
        json.writeEndArray();
      }
      json.writeObjectFieldStart("schema");
      json.writeStringField("name", schema.name());
      json.writeStringField("version", schema.version());
      json.writeEndObject();
      json.writeObjectFieldStart("stats");
      json.writeNumberField("tables", tables.size());
      json.writeNumberField("rows", rows());
      counts(json, count(Severity.ERROR), count(Severity.WARNING), count(Severity.INFO));
      json.writeEndObject();
      json.writeArrayFieldStart("tables");
      for (TableReport t : tables) {
        json.writeStartObject();
        json.writeStringField("path", t.path);
        if (t.schema != schema) {
          json.writeObjectFieldStart("schema");
          json.writeStringField("name", t.schema.name());
          json.writeStringField("version", t.schema.version());
          json.writeEndObject();
        }
        json.writeBooleanField("valid", t.counts[Severity.ERROR.ordinal()] == 0 && t.error == null);
        if (t.error != null) {
          json.writeStringField("error", t.error);
        }
        json.writeNumberField("rows", t.rows);
        json.writeObjectFieldStart("stats");
        counts(json, t.counts[0], t.counts[1], t.counts[2]);
        json.writeEndObject();
        json.writeArrayFieldStart("issues");
        for (Group g : ordered(t)) {
          json.writeStartObject();
          json.writeStringField("rule", g.rule);
          json.writeStringField("severity", g.severity.id());
          json.writeStringField("description", describe.apply(g.rule));
          json.writeNumberField("count", g.count);
          json.writeArrayFieldStart("locations");
          try (BufferedReader r = Files.newBufferedReader(g.file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
              json.writeRawValue(line);
            }
          }
          json.writeEndArray();
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  private static void counts(JsonGenerator json, long errors, long warnings, long info)
      throws IOException {
    json.writeNumberField("errors", errors);
    json.writeNumberField("warnings", warnings);
    json.writeNumberField("info", info);
  }

  /** Writes the report as JSON to {@code file}, through a temporary file moved into place. */
  public void writeJson(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
    try {
      try (java.io.Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        writeJson(out);
      }
      Files.move(
          temp,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Deletes the spilled locations. */
  @Override
  public void close() throws IOException {
    for (TableReport t : tables) {
      for (Group g : t.groups.values()) {
        g.json.close();
        Files.deleteIfExists(g.file);
      }
    }
    Files.deleteIfExists(spill);
  }
}
