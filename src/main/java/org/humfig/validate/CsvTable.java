package org.humfig.validate;

import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvMultilineLimitBrokenException;
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
 * each record starts, the header being line 1, as a text editor shows them. Cells are read exactly,
 * line breaks inside quotes included.
 *
 * <p>Memory stays bounded whatever the file: a record longer than {@value #MAX_RECORD} characters
 * (no figure table has one: a spreadsheet cell holds 32,767) or a NUL character stops the reading
 * with one message, before the record is held in memory.
 */
public final class CsvTable implements Table {

  private static final int MULTILINE_LIMIT = 200;

  /** The longest record read, in characters. */
  static final int MAX_RECORD = 1 << 20;

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
      Bounded bounded = new Bounded(new InputStreamReader(in, decoder));
      BufferedReader reader = new BufferedReader(bounded, 1 << 16);
      RecordReader csv = new RecordReader(reader, separator, MULTILINE_LIMIT);
      boolean header = true;
      while (true) {
        int line = (int) csv.lines() + 1;
        String[] record;
        try {
          record = csv.next();
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
        } catch (Bounded.Refused e) {
          throw new Unreadable(file + ": " + e.getMessage());
        }
        if (record == null) {
          if (bounded.failure != null) {
            // The parser may take a failed read for the end of the file.
            throw new Unreadable(file + ": " + bounded.failure.getMessage());
          }
          return;
        }
        List<String> cells = Arrays.asList(record);
        bounded.restore(cells);
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

  /**
   * Passes characters through, refusing a NUL (a binary or sparse file) and a record longer than
   * {@link #MAX_RECORD} characters (counted between line ends outside quotes), so that no record is
   * held in memory past that. A carriage return inside quotes is passed as a mark that {@link
   * #restore} turns back, since the CSV parser would take it for a line end and drop it.
   */
  private static final class Bounded extends java.io.FilterReader {

    /** A lone low surrogate: decoded UTF-8 never holds one. */
    private static final char CR_MARK = '\uDFFF';

    /** Turns the marks in {@code cells} back into carriage returns, if any was made. */
    void restore(List<String> cells) {
      if (!marked) {
        return;
      }
      for (int i = 0; i < cells.size(); i++) {
        if (cells.get(i).indexOf(CR_MARK) >= 0) {
          cells.set(i, cells.get(i).replace(CR_MARK, '\r'));
        }
      }
    }

    /** Why the reading stopped; the message names the line. */
    static final class Refused extends IOException {
      private static final long serialVersionUID = 1L;

      Refused(String message) {
        super(message);
      }
    }

    /** Why the reading stopped, once it has. */
    Refused failure;

    private long line = 1;
    private long recordLine = 1;
    private int length;
    private boolean quoted;
    private boolean marked;

    Bounded(java.io.Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      for (int i = off; i < off + Math.max(n, 0); i++) {
        char c = buf[i];
        if (c == 0) {
          throw failure =
              new Refused("binary data (a NUL character) on line " + line + "; not a CSV file");
        }
        if (c == '"') {
          quoted = !quoted;
        } else if (c == '\r' && quoted) {
          buf[i] = CR_MARK;
          marked = true;
        } else if (c == '\n') {
          line++;
          if (!quoted) {
            length = 0;
            recordLine = line;
            continue;
          }
        }
        if (++length > MAX_RECORD) {
          throw failure =
              new Refused(
                  String.format(
                      java.util.Locale.ROOT,
                      "the record on line %d runs past %,d characters (an unbalanced quote, or not a"
                          + " table of figures); the rest of the file cannot be read",
                      recordLine,
                      MAX_RECORD));
        }
      }
      return n;
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
    // The header is looked for in the bytes already read: a longer first line is no header.
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < head.length && head[i] != '\n'; i++) {
      if (head[i] == '"') {
        quoted = !quoted;
      } else if (!quoted && head[i] == ',') {
        commas++;
      } else if (!quoted && head[i] == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  @Override
  public void close() {}
}
