package org.humfig.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.humfig.Outcome;
import org.humfig.Validated;
import org.humfig.model.Columns;
import org.humfig.model.Figure;
import org.humfig.model.Vocabulary;
import org.humfig.schema.Field;
import org.humfig.schema.TableSchema;

/**
 * Writes {@code figures.csv}: UTF-8, RFC 4180 (comma, CRLF, quotes only where needed), the schema's
 * columns in the schema's order, ISO dates, plain numbers with a {@code .} decimal, empty cells for
 * unknown values. Every cell holds its value exactly, line breaks included, so that evidence is the
 * document's text at its offsets. Options: a UTF-8 byte-order mark for Excel double-click users,
 * the HXL hashtag row under the header, and a guard against formula injection for users who open
 * the CSV in a spreadsheet ({@link Cells#neutralize}: text cells other than evidence only; numbers
 * never). The bytes are OpenCSV's for the same cells ({@link CsvRecords}), each column read by an
 * accessor looked up once, numbers and dates written without a String for each.
 */
public final class CsvWriter implements FigureWriter {

  /**
   * Choices for the CSV file.
   *
   * @param bom start with a UTF-8 byte-order mark
   * @param hxl write the HXL hashtag row under the header
   * @param guard prefix {@code '} to text cells, other than evidence, that a spreadsheet would run
   *     as a formula
   */
  public record Options(boolean bom, boolean hxl, boolean guard) {
    /** No byte-order mark, no HXL row, no guard: what BI tools and pandas read untouched. */
    public static final Options PLAIN = new Options(false, false, false);

    /** Returns options without the guard. */
    public Options(boolean bom, boolean hxl) {
      this(bom, hxl, false);
    }
  }

  /** The reader of a schema column a figure does not have: always empty. */
  private static final Function<Figure, Object> NONE = f -> null;

  /** The column whose text must stay exact: its offsets point into the document. */
  private static final String EVIDENCE = "evidence";

  private final List<Field> fields;
  private final boolean[] guarded;
  private final Staging staging;
  private final String name;
  private final List<Function<Figure, Object>> getters;
  private final CsvRecords csv;
  private boolean closed;

  /** Opens a CSV export to {@code target} with the columns of {@code schema}. */
  public CsvWriter(Path target, TableSchema schema, Options options) throws IOException {
    this(new Staging(target), schema, options);
  }

  /** Opens a CSV export through {@code staging} with the columns of {@code schema}. */
  CsvWriter(Staging staging, TableSchema schema, Options options) throws IOException {
    this(staging.open(), staging, staging.target().toString(), schema, options);
  }

  /**
   * Opens a CSV table on {@code out}, named {@code name} in messages: the same bytes as the file
   * export, for a runner that writes elsewhere (a Spark task writing a part file). {@link
   * #commit()} flushes and closes {@code out}; {@link #close()} only closes it.
   */
  public static CsvWriter to(OutputStream out, String name, TableSchema schema, Options options)
      throws IOException {
    return new CsvWriter(out, null, name, schema, options);
  }

  private CsvWriter(
      OutputStream out, Staging staging, String name, TableSchema schema, Options options)
      throws IOException {
    this.fields = schema.fields();
    this.guarded = new boolean[fields.size()];
    for (int i = 0; i < guarded.length; i++) {
      guarded[i] =
          options.guard() && !fields.get(i).numeric() && !fields.get(i).name().equals(EVIDENCE);
    }
    this.staging = staging;
    this.name = name;
    this.getters = new ArrayList<>(fields.size());
    for (Field f : fields) {
      getters.add(Columns.names().contains(f.name()) ? Columns.getter(f.name()) : NONE);
    }
    if (options.bom()) {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    this.csv = new CsvRecords(out);
    for (Field f : fields) {
      csv.text(f.name());
    }
    csv.end();
    if (options.hxl()) {
      for (Field f : fields) {
        csv.text(f.hxl());
      }
      csv.end();
    }
  }

  @Override
  public void write(Outcome outcome) throws IOException {
    for (Validated v : outcome.figures()) {
      write(v.figure());
    }
  }

  /** Appends one figure. */
  public void write(Figure figure) throws IOException {
    try {
      for (int i = 0; i < guarded.length; i++) {
        cell(getters.get(i).apply(figure), guarded[i]);
      }
      csv.end();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * Appends one row whose typed value in each column ({@link Columns#text} writes it) {@code
   * values} gives: how a table other than the figures (the consolidated facts) is written.
   */
  public void write(java.util.function.Function<String, Object> values) throws IOException {
    try {
      for (int i = 0; i < guarded.length; i++) {
        cell(values.apply(fields.get(i).name()), guarded[i]);
      }
      csv.end();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** Writes one cell as {@link Columns#text} has it, neutralised when {@code guard}. */
  private void cell(Object value, boolean guard) throws IOException {
    if (value instanceof String s) {
      csv.text(s, guard);
    } else if (value instanceof Vocabulary v) {
      csv.text(v.id(), guard);
    } else if (value instanceof Double d && !guard) {
      csv.number(d);
    } else if (value instanceof LocalDate d && !guard) {
      csv.date(d);
    } else {
      csv.text(Columns.text(value), guard);
    }
  }

  private IOException failure(IOException e) {
    return new IOException("cannot write " + name + ": " + e.getMessage(), e);
  }

  @Override
  public void commit() throws IOException {
    try {
      csv.close();
    } catch (IOException e) {
      closed = true;
      throw failure(e);
    }
    closed = true;
    if (staging != null) {
      staging.commit();
    }
  }

  @Override
  public Map<Path, String> hashes() throws IOException {
    String hash = staging == null || !closed ? null : staging.sha256();
    return hash == null ? Map.of() : Map.of(staging.target(), hash);
  }

  @Override
  public void close() throws IOException {
    try {
      if (!closed) {
        closed = true;
        csv.close();
      }
    } finally {
      if (staging != null) {
        staging.discard();
      }
    }
  }
}
