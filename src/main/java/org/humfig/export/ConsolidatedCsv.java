package org.humfig.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.humfig.Outcome;
import org.humfig.reconcile.Fact;
import org.humfig.schema.TableSchema;

/**
 * Writes {@code consolidated.csv}: one row per consolidated fact, the columns of {@code
 * schemas/consolidated.schema.json} in its order, in the same CSV dialect as {@code figures.csv}.
 * Outcomes are not its business: it takes facts only.
 */
public final class ConsolidatedCsv implements FigureWriter {

  /** The file name of the consolidated facts. */
  public static final String FILE = "consolidated.csv";

  private final CsvWriter csv;

  /** Opens {@code consolidated.csv} in folder {@code dir} with the columns of {@code schema}. */
  public ConsolidatedCsv(Path dir, TableSchema schema, CsvWriter.Options options)
      throws IOException {
    this(new Staging(dir.resolve(FILE)), schema, options);
  }

  /** Opens the consolidated facts through {@code staging} with the columns of {@code schema}. */
  ConsolidatedCsv(Staging staging, TableSchema schema, CsvWriter.Options options)
      throws IOException {
    this.csv = new CsvWriter(staging, schema, options);
  }

  @Override
  public void write(Outcome outcome) {
    // Facts only.
  }

  @Override
  public void write(Fact fact) throws IOException {
    csv.write(fact::value);
  }

  @Override
  public void commit() throws IOException {
    csv.commit();
  }

  @Override
  public Map<Path, String> hashes() throws IOException {
    return csv.hashes();
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
