package org.humfig.spark;

import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of a byte range of a file, as Hadoop's line reader splits text: a range that does not
 * start the file skips its first line, which the range before reads to its end; the range reads
 * every line that starts at or before its end.
 */
final class Range extends InputStream {

  private final InputStream in;
  private final long start;
  private final long end;
  private long position;
  private boolean lineStart;
  private boolean begun;

  /** Returns the lines of {@code in}, positioned at {@code start}, up to {@code end}. */
  Range(InputStream in, long start, long end) {
    this.in = new java.io.BufferedInputStream(in, 1 << 16);
    this.start = start;
    this.end = end;
    this.position = start;
    this.lineStart = start == 0;
  }

  @Override
  public int read() throws IOException {
    if (!begun) {
      begun = true;
      if (start > 0) {
        int b;
        while ((b = in.read()) != -1) {
          position++;
          if (b == '\n') {
            lineStart = true;
            break;
          }
        }
      }
    }
    if (lineStart && position > end) {
      return -1;
    }
    int b = in.read();
    if (b != -1) {
      position++;
      lineStart = b == '\n';
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = 0;
    while (n < length) {
      int b = read();
      if (b == -1) {
        return n == 0 ? -1 : n;
      }
      buffer[offset + n++] = (byte) b;
      if (b == '\n') {
        break;
      }
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
