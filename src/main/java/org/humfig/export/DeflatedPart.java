package org.humfig.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Bytes compressed as one part of a zip entry's data: raw deflate at the level zip writers use by
 * default, ended with a flush to a byte boundary but without the final block, so that parts
 * compressed apart (the start of a sheet, its rows, its end) put end to end are one valid deflate
 * stream. Keeps the CRC-32 and the length of what it was given, which the entry's header needs.
 *
 * <pre>{@code
 * byte[] all = concat(DeflatedPart.of(start, false), rows, DeflatedPart.of(end, true));
 * }</pre>
 */
final class DeflatedPart extends OutputStream {

  /** A final, empty block: what a part needs after it to be read alone. */
  static final byte[] END = {3, 0};

  private final OutputStream out;
  private final Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
  private final CRC32 crc = new CRC32();
  private final byte[] buffer = new byte[1 << 16];
  private long size;
  private boolean closed;

  /** Compresses what is written to it into {@code out}, which {@link #close()} closes. */
  DeflatedPart(OutputStream out) {
    this.out = out;
  }

  /** Returns {@code data} compressed as a part, or with {@code last} as the end of the stream. */
  static byte[] of(byte[] data, boolean last) {
    Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    try {
      d.setInput(data);
      if (last) {
        d.finish();
      }
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(data.length / 4 + 64);
      byte[] b = new byte[1 << 14];
      while (true) {
        int n = last ? d.deflate(b) : d.deflate(b, 0, b.length, Deflater.SYNC_FLUSH);
        bytes.write(b, 0, n);
        if (last ? d.finished() : n < b.length) {
          return bytes.toByteArray();
        }
      }
    } finally {
      d.end();
    }
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (closed) {
      throw new IOException("the part is closed");
    }
    crc.update(b, off, len);
    size += len;
    deflater.setInput(b, off, len);
    while (!deflater.needsInput()) {
      int n = deflater.deflate(buffer);
      if (n > 0) {
        out.write(buffer, 0, n);
      }
    }
  }

  /** Flushes the compressor to a byte boundary, without ending the stream, and closes the file. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      int n;
      do {
        n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
        out.write(buffer, 0, n);
      } while (n == buffer.length);
    } finally {
      deflater.end();
      out.close();
    }
  }

  /** Returns the CRC-32 of the bytes written. */
  long crc() {
    return crc.getValue();
  }

  /** Returns the number of bytes written, before compression. */
  long size() {
    return size;
  }
}
