package org.humfig.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * RFC 4180 records written as UTF-8 straight into a buffer: cells separated by commas, records
 * ended by CRLF, a cell quoted only when it holds a quote, a comma or a line break, and a quote in
 * a quoted cell doubled. These are the bytes OpenCSV's writer gives for the same cells (an unpaired
 * surrogate becomes '?', as the JDK's UTF-8 writer makes it), written without a String for each
 * number or date and without a copy of each line. Not thread-safe.
 */
final class CsvRecords implements Closeable {

  private final OutputStream out;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private boolean first = true;

  /** Writes records to {@code out}, which {@link #close()} closes. */
  CsvRecords(OutputStream out) {
    this.out = out;
  }

  /** Writes {@code text} as the next cell; null and "" leave the cell empty. */
  void text(String text) throws IOException {
    text(text, false);
  }

  /**
   * Writes {@code text} as the next cell, with {@code guard} prefixed by {@code '} when a
   * spreadsheet would run it as a formula ({@link Cells#neutralize}).
   */
  void text(String text, boolean guard) throws IOException {
    separate();
    if (text == null || text.isEmpty()) {
      return;
    }
    boolean quoted = special(text);
    if (quoted) {
      ascii('"');
    }
    if (guard && Cells.formula(text.charAt(0))) {
      ascii('\'');
    }
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (buf.length - pos < 2) {
        drain();
      }
      // Plain ASCII goes straight into the buffer, as far as it has room.
      int end = Math.min(n, i + buf.length - pos);
      int p = pos;
      char c = 0;
      while (i < end && (c = text.charAt(i)) < 0x80 && c != '"') {
        buf[p++] = (byte) c;
        i++;
      }
      pos = p;
      if (i < end) {
        if (c == '"') {
          ascii('"');
          ascii('"');
        } else {
          i = wide(text, i);
        }
        i++;
      }
    }
    if (quoted) {
      ascii('"');
    }
  }

  /**
   * Writes {@code value} as the next cell, as {@link org.humfig.model.Columns#number} writes it: no
   * exponent, no trailing zeros.
   */
  void number(double value) throws IOException {
    separate();
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      digits((long) value);
      return;
    }
    String s = Double.toString(value);
    if (s.indexOf('E') >= 0 || s.endsWith("0")) {
      s = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
    for (int i = 0; i < s.length(); i++) {
      ascii(s.charAt(i));
    }
  }

  /** Writes {@code date} as the next cell, in ISO form (yyyy-mm-dd for years 0 to 9999). */
  void date(LocalDate date) throws IOException {
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      text(date.toString());
      return;
    }
    separate();
    fixed(year, 4);
    ascii('-');
    fixed(date.getMonthValue(), 2);
    ascii('-');
    fixed(date.getDayOfMonth(), 2);
  }

  /** Ends the record. */
  void end() throws IOException {
    ascii('\r');
    ascii('\n');
    first = true;
  }

  /** Writes what is buffered to the stream and flushes it. */
  void flush() throws IOException {
    drain();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    try {
      drain();
    } finally {
      out.close();
    }
  }

  private void separate() throws IOException {
    if (first) {
      first = false;
    } else {
      ascii(',');
    }
  }

  /** Returns true when OpenCSV would quote {@code s}: it holds a quote, a comma or a line break. */
  private static boolean special(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == ',' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  private void digits(long v) throws IOException {
    if (v < 0) {
      ascii('-');
      if (v == Long.MIN_VALUE) {
        String s = Long.toString(v).substring(1);
        for (int i = 0; i < s.length(); i++) {
          ascii(s.charAt(i));
        }
        return;
      }
      v = -v;
    }
    if (buf.length - pos < 20) {
      drain();
    }
    int length = 1;
    for (long t = v; t >= 10; t /= 10) {
      length++;
    }
    for (int i = pos + length - 1; i >= pos; i--) {
      buf[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    pos += length;
  }

  private void fixed(int v, int width) throws IOException {
    if (buf.length - pos < width) {
      drain();
    }
    for (int i = pos + width - 1; i >= pos; i--) {
      buf[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    pos += width;
  }

  /** Writes the character at {@code i} of {@code s}, outside ASCII; returns the last index used. */
  private int wide(String s, int i) throws IOException {
    char c = s.charAt(i);
    if (buf.length - pos < 4) {
      drain();
    }
    if (c < 0x800) {
      buf[pos++] = (byte) (0xC0 | c >> 6);
      buf[pos++] = (byte) (0x80 | c & 0x3F);
      return i;
    }
    if (!Character.isSurrogate(c)) {
      buf[pos++] = (byte) (0xE0 | c >> 12);
      buf[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
      buf[pos++] = (byte) (0x80 | c & 0x3F);
      return i;
    }
    if (Character.isHighSurrogate(c)
        && i + 1 < s.length()
        && Character.isLowSurrogate(s.charAt(i + 1))) {
      int cp = Character.toCodePoint(c, s.charAt(i + 1));
      buf[pos++] = (byte) (0xF0 | cp >> 18);
      buf[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
      buf[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
      buf[pos++] = (byte) (0x80 | cp & 0x3F);
      return i + 1;
    }
    buf[pos++] = '?';
    return i;
  }

  private void ascii(char c) throws IOException {
    if (pos == buf.length) {
      drain();
    }
    buf[pos++] = (byte) c;
  }

  private void drain() throws IOException {
    out.write(buf, 0, pos);
    pos = 0;
  }
}
