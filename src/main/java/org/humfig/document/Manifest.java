package org.humfig.document;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a data team knows about each document, read from a {@code manifest.csv}: one row per
 * document with {@code document} (or {@code id}, {@code document_id}), {@code source_name}, {@code
 * source_url} and {@code published} (yyyy-mm-dd). Other columns are ignored.
 */
public final class Manifest {

  /** A manifest that knows no document. */
  public static final Manifest EMPTY = new Manifest(Map.of(), List.of());

  private final Map<String, Metadata> rows;
  private final List<Problem> problems;

  private Manifest(Map<String, Metadata> rows, List<Problem> problems) {
    this.rows = rows;
    this.problems = List.copyOf(problems);
  }

  /** Returns the metadata of document {@code id}, or {@link Metadata#NONE}. */
  public Metadata get(String id) {
    return rows.getOrDefault(id, Metadata.NONE);
  }

  /** Returns the ids of the documents the manifest describes, sorted. */
  public java.util.SortedSet<String> ids() {
    return java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(rows.keySet()));
  }

  /** Returns the number of documents the manifest describes. */
  public int size() {
    return rows.size();
  }

  /** Returns the problems met while reading it (bad dates, rows without id). */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Reads a manifest file.
   *
   * @throws IOException when the file cannot be read or has no id column; the message names it
   */
  public static Manifest read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString());
    }
  }

  /**
   * Reads a manifest from {@code in}, which it closes; {@code label} names the file in messages.
   *
   * @throws IOException when it cannot be read or has no id column; the message names it
   */
  public static Manifest read(Reader in, String label) throws IOException {
    List<Problem> problems = new ArrayList<>();
    Map<String, Metadata> rows = new HashMap<>();
    try (CSVReader csv = new CSVReader(in)) {
      String[] header = csv.readNext();
      if (header == null) {
        return new Manifest(rows, List.of(new Problem(label, "empty manifest")));
      }
      Map<String, Integer> col = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        col.putIfAbsent(header[i].replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), i);
      }
      Integer id = first(col, "document", "document_id", "id");
      if (id == null) {
        throw new IOException(label + ": no 'document' column in the header");
      }
      String[] row;
      while ((row = csv.readNext()) != null) {
        long line = csv.getLinesRead();
        String doc = cell(row, id);
        if (doc.isEmpty()) {
          if (row.length > 1 || !cell(row, 0).isEmpty()) {
            problems.add(
                new Problem(label + " line " + line, "row without a document id; ignored"));
          }
          continue;
        }
        String published = cell(row, col.get("published"));
        Optional<LocalDate> date = Dates.parse(published);
        if (!published.isEmpty() && date.isEmpty()) {
          problems.add(
              new Problem(
                  label + " line " + line,
                  "published '" + published + "' is not an ISO date (yyyy-mm-dd); ignored"));
        }
        rows.put(
            doc,
            new Metadata(
                cell(row, first(col, "source_name", "source")),
                cell(row, first(col, "source_url", "url")),
                date,
                cell(row, first(col, "language", "lang"))));
      }
    } catch (CsvException e) {
      throw new IOException(label + ": not a readable CSV (" + e.getMessage() + ")", e);
    } catch (java.nio.charset.MalformedInputException e) {
      throw new IOException(label + ": invalid UTF-8; save the manifest as UTF-8", e);
    }
    return new Manifest(Map.copyOf(rows), problems);
  }

  private static Integer first(Map<String, Integer> col, String... names) {
    for (String n : names) {
      if (col.containsKey(n)) {
        return col.get(n);
      }
    }
    return null;
  }

  private static String cell(String[] row, Integer i) {
    return i == null || i >= row.length || row[i] == null ? "" : row[i].strip();
  }
}
