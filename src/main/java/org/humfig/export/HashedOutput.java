package org.humfig.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * An output stream that works out the SHA-256 of the bytes it passes on, on a thread of its own,
 * while the writer goes on: the data package's hash of a large export then costs no time once the
 * file is written, and the file is not read again. It holds a few buffers in flight, whatever the
 * size of the file. Used by one writer thread.
 */
final class HashedOutput extends OutputStream {

  private static final int BUFFER = 1 << 16;
  private static final int BUFFERS = 4;

  /** A filled buffer on its way to the hash; a negative length ends the stream. */
  private record Chunk(byte[] bytes, int length) {}

  private static final Chunk END = new Chunk(new byte[0], -1);

  private final OutputStream out;
  private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
  private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(BUFFERS + 1);
  private final FutureTask<String> hash;
  private byte[] buffer;
  private int length;
  private boolean closed;

  /** Returns a stream that writes to {@code out} and hashes what it writes. */
  HashedOutput(OutputStream out) {
    this.out = out;
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no SHA-256", e);
    }
    for (int k = 1; k < BUFFERS; k++) {
      free.add(new byte[BUFFER]);
    }
    buffer = new byte[BUFFER];
    hash = new FutureTask<>(() -> digest(digest));
    Thread t = new Thread(hash, "humfig-hash");
    t.setDaemon(true);
    t.start();
  }

  private String digest(MessageDigest digest) throws InterruptedException {
    for (Chunk c = full.take(); c.length() >= 0; c = full.take()) {
      digest.update(c.bytes(), 0, c.length());
      free.put(c.bytes());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  @Override
  public void write(int b) throws IOException {
    if (length == buffer.length) {
      pass();
    }
    buffer[length++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    while (len > 0) {
      if (length == buffer.length) {
        pass();
      }
      int n = Math.min(len, buffer.length - length);
      System.arraycopy(b, off, buffer, length, n);
      length += n;
      off += n;
      len -= n;
    }
  }

  /** Writes the buffer out and hands it to the hash, then takes a free one. */
  private void pass() throws IOException {
    if (length == 0) {
      return;
    }
    out.write(buffer, 0, length);
    try {
      full.put(new Chunk(buffer, length));
      buffer = free.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing");
    }
    length = 0;
  }

  @Override
  public void flush() throws IOException {
    pass();
    out.flush();
  }

  /** Writes what is left, ends the hash and closes the stream it writes to. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      pass();
    } finally {
      try {
        full.put(END);
      } catch (InterruptedException e) {
        hash.cancel(true);
        Thread.currentThread().interrupt();
      }
      out.close();
    }
  }

  /**
   * Returns the SHA-256 of every byte written, in lower-case hex, once the stream is closed.
   *
   * @throws IllegalStateException while the stream is open
   */
  String sha256() throws IOException {
    if (!closed) {
      throw new IllegalStateException("the stream is still open");
    }
    try {
      return hash.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while hashing");
    } catch (ExecutionException e) {
      throw new IOException("cannot hash what was written", e.getCause());
    }
  }
}
