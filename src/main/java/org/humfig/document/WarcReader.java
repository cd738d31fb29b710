package org.humfig.document;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a web archive ({@code .warc} or {@code .warc.gz}, ISO 28500) one record at a time: every
 * HTTP response with a 2xx status and an HTML page is a document, read exactly as the same page
 * saved as an {@code .html} file would be. Its id is the record's {@code WARC-Record-ID}, its
 * address the record's target URI, and its publication date the page's own or else the day the
 * record was archived (UTC).
 *
 * <p>Requests, metadata, revisits, redirects, errors and responses that are not HTML are passed
 * over without a word: a crawl holds many of them. A page over the size limit or without text is
 * reported and skipped; a record that cannot be parsed ends the file with a problem naming its
 * offset. Only one record is held at a time. Not thread-safe.
 */
public final class WarcReader implements Iterator<Item>, Closeable {

  private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");

  private final org.netpreserve.jwarc.WarcReader warc;
  private final String label;
  private final long limit;
  private Item next;
  private boolean done;
  private long documents;
  private boolean reported;

  /**
   * Opens an archive on {@code in}, which it closes when closed.
   *
   * @param in the archive's bytes, compressed or not
   * @param label the archive's name in messages
   * @param limit the largest page read, in bytes
   * @throws IOException when the stream cannot be read
   */
  public WarcReader(InputStream in, String label, long limit) throws IOException {
    this.warc = new org.netpreserve.jwarc.WarcReader(in);
    this.label = label;
    this.limit = limit;
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      next = read();
    }
    return next != null;
  }

  @Override
  public Item next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Item item = next;
    next = null;
    return item;
  }

  /** Returns the item of the next record, or null for a record passed over or at the end. */
  private Item read() {
    WarcRecord record;
    try {
      Optional<WarcRecord> r = warc.next();
      if (r.isEmpty()) {
        done = true;
        return documents == 0 && !reported ? skip(label, "no HTML responses in the archive") : null;
      }
      record = r.get();
    } catch (IOException | RuntimeException e) {
      done = true;
      return skip(
          label + " offset " + warc.position(),
          "not a readable WARC record (" + e.getMessage() + "); the rest of the file is skipped");
    }
    if (!(record instanceof WarcResponse response)) {
      return null;
    }
    String where = label + " offset " + record.position();
    try {
      if (!response.contentType().base().equals(MediaType.HTTP)) {
        return null;
      }
      HttpResponse http = response.http();
      if (http.status() < 200 || http.status() > 299 || !html(http, response)) {
        return null;
      }
      byte[] page = bytes(http.bodyDecoded().stream());
      Document d = HtmlReader.read(id(record), where, page, limit);
      documents++;
      return new Item.Read(
          new Document(
              d.id(),
              d.text(),
              d.origin(),
              d.title(),
              d.sourceName(),
              response.target(),
              d.published().isPresent() ? d.published() : archived(record),
              d.language()),
          java.util.List.of());
    } catch (Unreadable e) {
      return skip(where, e.getMessage().replace("empty file", "empty page"));
    } catch (IOException | RuntimeException e) {
      return skip(where, "cannot read the response (" + e.getMessage() + "); skipped");
    }
  }

  private static boolean html(HttpResponse http, WarcResponse response) {
    String type = http.contentType().base().toString().toLowerCase(java.util.Locale.ROOT);
    if (HTML.contains(type)) {
      return true;
    }
    return type.equals("application/octet-stream")
        && response
            .identifiedPayloadType()
            .map(t -> HTML.contains(t.base().toString().toLowerCase(java.util.Locale.ROOT)))
            .orElse(false);
  }

  /** Reads the page; one over the limit is only counted, to name its size. */
  private byte[] bytes(InputStream body) throws IOException, Unreadable {
    byte[] page = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    if (page.length > limit) {
      long size = page.length + body.transferTo(java.io.OutputStream.nullOutputStream());
      throw new Unreadable(Decoder.tooLarge(size, limit));
    }
    return page;
  }

  private static String id(WarcRecord record) throws Unreadable {
    return record
        .headers()
        .sole("WARC-Record-ID")
        .map(s -> s.strip().replaceAll("^<|>$", ""))
        .filter(s -> !s.isEmpty())
        .orElseThrow(() -> new Unreadable("the record has no WARC-Record-ID"));
  }

  private static Optional<LocalDate> archived(WarcRecord record) {
    try {
      return record
          .headers()
          .sole("WARC-Date")
          .map(s -> Instant.parse(s.strip()).atZone(ZoneOffset.UTC).toLocalDate());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private Item skip(String where, String message) {
    reported = true;
    return new Item.Skipped(new Problem(where, message));
  }

  @Override
  public void close() throws IOException {
    warc.close();
  }
}
