package org.humfig.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of input file, told apart by the name's extension, each read from a stream: a runner
 * that does not read local files (a Spark task reading from HDFS or object storage) reads them
 * exactly as {@link Inputs} does.
 *
 * <pre>{@code
 * FileType.of("feed.jsonl")           → JSON_LINES
 * FileType.of("crawl.warc.gz")        → WARC
 * FileType.id("a/b/report.html")      → "report"
 * }</pre>
 */
public enum FileType {
  /** Plain text, UTF-8 (or UTF-16 with a byte-order mark): one document, named by the file. */
  TEXT(".txt", ".text"),
  /** An HTML page: one document, named by the file. */
  HTML(".html", ".htm", ".xhtml"),
  /** JSON Lines: one document per line, named by its {@code id}. */
  JSON_LINES(".jsonl", ".ndjson"),
  /** A web archive: one document per HTML response, named by its record id. */
  WARC(".warc", ".warc.gz");

  private final List<String> extensions;

  FileType(String... extensions) {
    this.extensions = List.of(extensions);
  }

  /** Returns the type of a file named {@code name} (a path or address also does), if known. */
  public static Optional<FileType> of(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (FileType t : values()) {
      if (t.extensions.stream().anyMatch(lower::endsWith)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** Returns the document id a file gives its document: its name without folder and extension. */
  public static String id(String name) {
    String file = name.substring(name.lastIndexOf('/') + 1);
    int dot = file.lastIndexOf('.');
    return dot <= 0 ? file : file.substring(0, dot);
  }

  /** Returns true when a file of this type holds many documents and may be read in parts. */
  public boolean records() {
    return this == JSON_LINES || this == WARC;
  }

  /**
   * Reads the documents of file {@code name} from {@code in}, which the returned reader closes when
   * closed (a text or HTML file is read and closed at once).
   *
   * @param name the file's name or path, which gives text and HTML documents their id
   * @param label where the documents come from, in messages
   * @param in the file's bytes
   * @param limit the largest document, or JSON Lines record, in bytes
   */
  public Reader read(String name, String label, InputStream in, long limit) throws IOException {
    return switch (this) {
      case JSON_LINES -> new Reader(new JsonLinesReader(in, label, limit), in);
      case WARC -> new Reader(new WarcReader(in, label, limit), in);
      case TEXT, HTML -> {
        try (in) {
          yield new Reader(List.of(single(name, label, in, limit)).iterator(), in);
        }
      }
    };
  }

  private Item single(String name, String label, InputStream in, long limit) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    try {
      if (bytes.length > limit) {
        long size = bytes.length + in.transferTo(OutputStream.nullOutputStream());
        throw new Unreadable(Decoder.tooLarge(size, limit));
      }
      String id = id(name);
      Document d =
          this == HTML
              ? HtmlReader.read(id, label, bytes, limit)
              : new Document(id, Decoder.decode(bytes, limit), label, "", "", "", Optional.empty());
      return new Item.Read(d, List.of());
    } catch (Unreadable e) {
      return new Item.Skipped(new Problem(label, e.getMessage()));
    }
  }

  /** The documents of one file, in file order; closing it closes the file. */
  public static final class Reader implements Iterator<Item>, java.io.Closeable {
    private final Iterator<Item> items;
    private final java.io.Closeable file;

    Reader(Iterator<Item> items, java.io.Closeable file) {
      this.items = items;
      this.file = file;
    }

    @Override
    public boolean hasNext() {
      return items.hasNext();
    }

    @Override
    public Item next() {
      return items.next();
    }

    @Override
    public void close() throws IOException {
      file.close();
    }
  }
}
