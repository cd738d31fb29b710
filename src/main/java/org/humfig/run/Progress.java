package org.humfig.run;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.humfig.Outcome;

/**
 * A progress line for a person watching a long run: documents done, megabytes of input read, the
 * speed and, when the size of the inputs is known, the time left. It is redrawn in place (a
 * carriage return, no line end) at most twice a second once the run has taken a few seconds, and
 * wiped when the run completes, so a short run prints nothing. Takes outcomes on the thread that
 * consumes them.
 */
public final class Progress implements Sink {

  /** How long a run goes before the line shows. */
  static final long DELAY = 2_000_000_000L;

  /** The least time between two redraws. */
  static final long EVERY = 500_000_000L;

  private final PrintWriter out;
  private final LongSupplier bytesRead;
  private final long total;
  private final LongSupplier ticker;
  private final long start;
  private long documents;
  private long last;
  private int width;

  /**
   * @param out where the line goes (standard error, a terminal)
   * @param bytesRead the bytes of input read so far
   * @param total the bytes of all the inputs, or 0 when unknown (no time left is shown then)
   * @param ticker the time source, in nanoseconds ({@code System::nanoTime})
   */
  public Progress(PrintWriter out, LongSupplier bytesRead, long total, LongSupplier ticker) {
    this.out = out;
    this.bytesRead = bytesRead;
    this.total = total;
    this.ticker = ticker;
    this.start = ticker.getAsLong();
    this.last = start + DELAY - EVERY;
  }

  @Override
  public void accept(Outcome outcome) {
    if (outcome instanceof Outcome.Read) {
      documents++;
    }
    long now = ticker.getAsLong();
    if (now - last >= EVERY) {
      last = now;
      draw(line(now - start));
    }
  }

  @Override
  public void finish(Counts counts) {
    clear();
  }

  /** Wipes the line, before a warning is printed or at the end. */
  public void clear() {
    if (width > 0) {
      draw("");
    }
  }

  /** Returns the line after {@code nanos} of the run. */
  String line(long nanos) {
    long read = bytesRead.getAsLong();
    double seconds = nanos / 1e9;
    double rate = seconds > 0 ? read / seconds : 0;
    StringBuilder sb =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%,d documents, %,.1f MB read, %,.1f MB/s",
                documents,
                read / 1048576.0,
                rate / 1048576.0));
    if (total > 0 && rate > 0 && read <= total) {
      long left = Math.round((total - read) / rate);
      sb.append(
          String.format(
              Locale.ROOT,
              ", %d%%, about %d:%02d:%02d left",
              Math.round(100.0 * read / total),
              left / 3600,
              left / 60 % 60,
              left % 60));
    }
    return sb.toString();
  }

  /** Draws {@code text} over the line drawn before. */
  private void draw(String text) {
    String padded = text.length() < width ? text + " ".repeat(width - text.length()) : text;
    out.print("\r" + padded + (text.isEmpty() ? "\r" : ""));
    out.flush();
    width = text.length();
  }
}
