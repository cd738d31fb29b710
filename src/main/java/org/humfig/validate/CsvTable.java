package org.humfig.validate;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvMultilineLimitBrokenException;
import com.opencsv.exceptions.CsvValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.humfig.schema.Severity;

/**
 * A CSV file as a {@link Table}: UTF-8 with or without a byte-order mark, comma or semicolon
 * separated (read from the header line), RFC 4180 quoting. Row numbers are the line numbers where
 * each record starts, the header being line 1, as a text editor shows them.
 */
public final class CsvTable implements Table {

  private static final int MULTILINE_LIMIT = 200;

  private final Path file;

  /** Returns the table of CSV file {@code file}; nothing is read until {@link #read}. */
  public CsvTable(Path file) {
    this.file = file;
  }

  @Override
  public String name() {
    return file.toString();
  }

  @Override
  public void read(Visitor visitor) throws IOException, Unreadable {
    char separator = separator();
    try (InputStream raw = Files.newInputStream(file);
        PushbackInputStream in = new PushbackInputStream(raw, 3)) {
      skipBom(in);
      var decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
      CSVReader csv =
          new CSVReaderBuilder(reader)
              .withCSVParser(new RFC4180ParserBuilder().withSeparator(separator).build())
              .withMultilineLimit(MULTILINE_LIMIT)
              .withKeepCarriageReturn(false)
              .build();
      boolean header = true;
      while (true) {
        int line = (int) csv.getLinesRead() + 1;
        String[] record;
        try {
          record = csv.readNext();
        } catch (CsvMalformedLineException | CsvMultilineLimitBrokenException e) {
          visitor.problem(
              new Finding(
                  line,
                  "",
                  "",
                  "table.unbalanced-quote",
                  Severity.ERROR,
                  "a quoted value opened on line "
                      + line
                      + " is never closed; the rest of the file cannot be read"));
          return;
        } catch (CsvValidationException e) {
          throw new Unreadable(file + ": not a readable CSV (" + e.getMessage() + ")");
        }
        if (record == null) {
          return;
        }
        List<String> cells = Arrays.asList(record);
        if (header) {
          visitor.header(line, cells);
          header = false;
        } else {
          visitor.row(line, cells);
        }
      }
    } catch (CharacterCodingException e) {
      throw new Unreadable(file + ": invalid UTF-8; save the file as UTF-8");
    }
  }

  private static void skipBom(PushbackInputStream in) throws IOException {
    byte[] b = in.readNBytes(3);
    boolean bom =
        b.length == 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    if (!bom) {
      in.unread(b);
    }
  }

  /**
   * Reads the header line and returns ';' when it has more semicolons than commas outside quotes.
   */
  private char separator() throws IOException, Unreadable {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(8192);
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      throw new Unreadable(
          file + ": a ZIP file (a workbook?), not a CSV; give workbooks the .xlsx extension");
    }
    for (byte b : head) {
      if (b == 0) {
        throw new Unreadable(file + ": binary file (it holds NUL bytes), not a CSV");
      }
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      String line = r.readLine();
      if (line == null) {
        return ',';
      }
      int commas = 0;
      int semicolons = 0;
      boolean quoted = false;
      for (char c : line.toCharArray()) {
        if (c == '"') {
          quoted = !quoted;
        } else if (!quoted && c == ',') {
          commas++;
        } else if (!quoted && c == ';') {
          semicolons++;
        }
      }
      return semicolons > commas ? ';' : ',';
    }
  }

  @Override
  public void close() {}
}
