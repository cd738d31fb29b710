package org.humfig.export;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.humfig.Outcome;
import org.humfig.Validated;
import org.humfig.model.Columns;
import org.humfig.model.Figure;
import org.humfig.schema.Field;
import org.humfig.schema.TableSchema;

/**
 * Writes {@code figures.csv}: UTF-8, RFC 4180 (comma, CRLF, quotes only where needed), the schema's
 * columns in the schema's order, ISO dates, plain numbers with a {@code .} decimal, empty cells for
 * unknown values. Every cell holds its value exactly, line breaks included, so that evidence is the
 * document's text at its offsets. Options: a UTF-8 byte-order mark for Excel double-click users,
 * the HXL hashtag row under the header, and a guard against formula injection for users who open
 * the CSV in a spreadsheet ({@link Cells#neutralize}: text cells other than evidence only; numbers
 * never).
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

  /** The column whose text must stay exact: its offsets point into the document. */
  private static final String EVIDENCE = "evidence";

  private final List<Field> fields;
  private final boolean[] guarded;
  private final Staging staging;
  private final String name;
  private final ICSVWriter csv;
  private boolean closed;

  /** Opens a CSV export to {@code target} with the columns of {@code schema}. */
  public CsvWriter(Path target, TableSchema schema, Options options) throws IOException {
    this(new Staging(target), schema, options);
  }

  /** Opens a CSV export through {@code staging} with the columns of {@code schema}. */
  CsvWriter(Staging staging, TableSchema schema, Options options) throws IOException {
    this(
        Files.newOutputStream(staging.temp()),
        staging,
        staging.target().toString(),
        schema,
        options);
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
    if (options.bom()) {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    this.csv = new CSVWriterBuilder(w).withLineEnd(ICSVWriter.RFC4180_LINE_END).build();
    csv.writeNext(fields.stream().map(Field::name).toArray(String[]::new), false);
    if (options.hxl()) {
      csv.writeNext(fields.stream().map(Field::hxl).toArray(String[]::new), false);
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
    write(column -> Columns.value(figure, column));
  }

  /**
   * Appends one row whose typed value in each column ({@link Columns#text} writes it) {@code
   * values} gives: how a table other than the figures (the consolidated facts) is written.
   */
  public void write(java.util.function.Function<String, Object> values) throws IOException {
    String[] row = new String[fields.size()];
    for (int i = 0; i < row.length; i++) {
      String text = Columns.text(values.apply(fields.get(i).name()));
      row[i] = guarded[i] ? Cells.neutralize(text) : text;
    }
    csv.writeNext(row, false);
    if (csv.checkError()) {
      throw new IOException("cannot write " + name);
    }
  }

  @Override
  public void commit() throws IOException {
    if (csv.checkError()) {
      throw new IOException("cannot write " + name);
    }
    csv.close();
    closed = true;
    if (staging != null) {
      staging.commit();
    }
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
