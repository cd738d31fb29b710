package org.humfig.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.humfig.Humfig;
import org.humfig.Outcome;
import org.humfig.Validated;
import org.humfig.document.Document;
import org.humfig.document.Problem;
import org.humfig.model.Figure;
import org.humfig.schema.TableSchema;
import org.humfig.validate.FigureValidator;
import org.humfig.validate.Finding;
import org.humfig.validate.Table;
import org.humfig.validate.TableFigures;
import org.humfig.validate.Violation;

/**
 * Figures read back from exported tables (a {@code figures.csv}, a workbook's Figures sheet,
 * several merged, or edited by hand) as the outcomes of a run: consecutive rows of one document
 * make one document's outcome, each figure validated again (without its document's text). A figure
 * whose id an earlier row had is the same figure exported twice and is read once. What a run of
 * these outcomes adds is the reconciliation.
 */
public final class Tables implements Outcomes {

  /** Columns a table may lack: those reconciliation writes. */
  private static final Set<String> WRITTEN = Set.of("group_id", "role");

  private final List<Table> tables;
  private final TableSchema schema;
  private final FigureValidator validator;
  private final Consumer<Problem> problems;
  private final java.util.Set<String> seen = new java.util.HashSet<>();
  private long duplicates;

  /**
   * Returns the figures of {@code tables}, read with {@code schema}, validated by {@code
   * validator}; problems with a table go to {@code problems}.
   */
  public Tables(
      List<Table> tables,
      TableSchema schema,
      FigureValidator validator,
      Consumer<Problem> problems) {
    this.tables = List.copyOf(tables);
    this.schema = schema;
    this.validator = validator;
    this.problems = Objects.requireNonNull(problems);
  }

  /** Returns the number of rows left out as figures read before. */
  public long duplicates() {
    return duplicates;
  }

  @Override
  public void forEach(Humfig.Consumer consumer) throws IOException {
    try {
      for (Table t : tables) {
        read(t, consumer);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private void read(Table table, Humfig.Consumer consumer) throws IOException {
    List<TableFigures.Row> document = new ArrayList<>();
    try (table) {
      new TableFigures(schema)
          .read(
              table,
              f -> {
                if (!(f.rule().equals("table.missing-column") && WRITTEN.contains(f.column()))) {
                  problems.accept(new Problem(where(table, f), f.message()));
                }
              },
              row -> {
                String id = row.figure().documentId();
                if (!document.isEmpty()
                    && !Objects.equals(id, document.get(0).figure().documentId())) {
                  flush(table, document, consumer);
                }
                if (row.figure().id() != null && !seen.add(row.figure().id())) {
                  duplicates++;
                  return;
                }
                document.add(row);
              });
      flush(table, document, consumer);
    } catch (Table.Unreadable e) {
      String said = e.getMessage();
      String named = table.name() + ": ";
      String what = said.startsWith(named) ? said.substring(named.length()) : said;
      consumer.accept(new Outcome.Skipped(new Problem(table.name(), what)));
    }
  }

  private static String where(Table table, Finding f) {
    return f.row() > 0 ? table.name() + ":" + f.row() : table.name();
  }

  /** Hands the rows of one document over as its outcome. */
  private void flush(Table table, List<TableFigures.Row> rows, Humfig.Consumer consumer) {
    if (rows.isEmpty()) {
      return;
    }
    Figure first = rows.get(0).figure();
    Document doc =
        new Document(
            first.documentId() == null ? "" : first.documentId(),
            "",
            table.name() + ":" + rows.get(0).row(),
            "",
            first.sourceName(),
            first.sourceUrl(),
            Optional.ofNullable(first.publishedDate()));
    List<Validated> figures = new ArrayList<>(rows.size());
    for (TableFigures.Row r : rows) {
      List<Violation> violations = new ArrayList<>();
      for (Finding f : r.findings()) {
        violations.add(new Violation(f.column(), f.value(), f.rule(), f.severity(), f.message()));
      }
      violations.addAll(validator.check(r.figure()));
      figures.add(new Validated(FigureValidator.apply(r.figure(), violations), violations));
    }
    rows.clear();
    try {
      consumer.accept(new Outcome.Read(doc, figures, List.of()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
