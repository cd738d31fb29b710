package org.humfig.validate;

import com.opencsv.ICSVParser;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvMultilineLimitBrokenException;
import java.io.BufferedReader;
import java.io.CharConversionException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.MalformedInputException;
import java.util.Set;
import java.util.zip.ZipException;

/**
 * The records of a CSV text as OpenCSV's {@code CSVReader} with its RFC 4180 parser reads them (the
 * same cells, the same line counts, the same errors), read faster: a line that holds a whole record
 * in plain RFC 4180 (fields either without quotes, or quoted with inner quotes doubled) is split
 * here in one pass; any other line, and every line of a record that spans lines, goes to OpenCSV's
 * parser. Not thread-safe.
 */
final class RecordReader {

  /** The exceptions OpenCSV lets through when it looks ahead for the end of the text. */
  private static final Set<Class<?>> PASSTHROUGH =
      Set.of(
          CharacterCodingException.class,
          CharConversionException.class,
          UnsupportedEncodingException.class,
          UTFDataFormatException.class,
          ZipException.class,
          FileNotFoundException.class,
          MalformedInputException.class);

  private final BufferedReader in;
  private final char separator;
  private final int multilineLimit;
  private final ICSVParser parser;
  private String[] cells = new String[64];
  private int count;
  private long lines;
  private boolean ended;

  /**
   * Reads records separated by {@code separator} from {@code in}; a record may span at most {@code
   * multilineLimit} lines.
   */
  RecordReader(BufferedReader in, char separator, int multilineLimit) {
    this.in = in;
    this.separator = separator;
    this.multilineLimit = multilineLimit;
    this.parser = new RFC4180ParserBuilder().withSeparator(separator).build();
  }

  /** Returns the number of lines read so far. */
  long lines() {
    return lines;
  }

  /**
   * Returns the next record, or null at the end of the text.
   *
   * @throws CsvMalformedLineException when the text ends inside a quoted value
   * @throws CsvMultilineLimitBrokenException when a record runs past the line limit
   */
  String[] next() throws IOException, CsvMalformedLineException, CsvMultilineLimitBrokenException {
    String[] result = null;
    int linesInRecord = 0;
    do {
      String line = line();
      linesInRecord++;
      if (line == null) {
        if (parser.isPending()) {
          throw new CsvMalformedLineException(
              "unterminated quoted field", lines + 1, parser.getPendingText());
        }
        return result;
      }
      if (linesInRecord > multilineLimit) {
        throw new CsvMultilineLimitBrokenException(
            "a record runs past " + multilineLimit + " lines",
            lines,
            parser.getPendingText(),
            multilineLimit);
      }
      if (result == null && !parser.isPending() && split(line)) {
        return java.util.Arrays.copyOf(cells, count);
      }
      String[] r = parser.parseLineMulti(line);
      if (r.length > 0) {
        if (result == null) {
          result = r;
        } else {
          String[] both = new String[result.length + r.length];
          System.arraycopy(result, 0, both, 0, result.length);
          System.arraycopy(r, 0, both, result.length, r.length);
          result = both;
        }
      }
    } while (parser.isPending());
    return result;
  }

  /**
   * Returns the next line, or null at the end; looks one character ahead first, as OpenCSV does, so
   * that a failed read ends the text or fails at the same place.
   */
  private String line() throws IOException {
    if (ended || closed()) {
      ended = true;
      return null;
    }
    String line = in.readLine();
    if (line == null) {
      ended = true;
    } else {
      lines++;
    }
    return line;
  }

  private boolean closed() throws IOException {
    try {
      in.mark(2);
      int next = in.read();
      in.reset();
      return next == -1;
    } catch (IOException e) {
      if (PASSTHROUGH.contains(e.getClass())) {
        throw e;
      }
      return true;
    }
  }

  private void add(String cell) {
    if (count == cells.length) {
      cells = java.util.Arrays.copyOf(cells, count * 2);
    }
    cells[count++] = cell;
  }

  /**
   * Splits {@code line} into {@link #cells} when it is a whole record in plain RFC 4180 and returns
   * true; returns false, with nothing kept, otherwise.
   */
  private boolean split(String line) {
    count = 0;
    int n = line.length();
    int start = 0;
    int nextQuote = -1; // the first quote at or after start, n for none, -1 not looked for yet
    while (true) {
      if (start < n && line.charAt(start) == '"') {
        StringBuilder value = null;
        int run = start + 1;
        int i = run;
        while (true) {
          int quote = line.indexOf('"', i);
          if (quote < 0) {
            return false; // open at the end of the line: the record goes on
          }
          if (quote + 1 < n && line.charAt(quote + 1) == '"') {
            if (quote + 2 == n) {
              return false; // a doubled quote ending the line: OpenCSV's own reading
            }
            if (value == null) {
              value = new StringBuilder(quote - run + 16);
            }
            value.append(line, run, quote + 1);
            i = quote + 2;
            run = i;
            continue;
          }
          String text =
              value == null
                  ? line.substring(run, quote)
                  : value.append(line, run, quote).toString();
          add(text);
          int after = quote + 1;
          if (after == n) {
            return true;
          }
          if (line.charAt(after) != separator) {
            return false; // text after the closing quote
          }
          start = after + 1;
          break;
        }
        if (start == n) {
          add("");
          return true;
        }
      } else {
        int end = line.indexOf(separator, start);
        end = end < 0 ? n : end;
        if (nextQuote < start) {
          nextQuote = line.indexOf('"', start);
          nextQuote = nextQuote < 0 ? n : nextQuote;
        }
        if (nextQuote < end) {
          return false; // a quote inside a value without quotes
        }
        add(line.substring(start, end));
        if (end == n) {
          return true;
        }
        start = end + 1;
        if (start == n) {
          add("");
          return true;
        }
      }
    }
  }
}
