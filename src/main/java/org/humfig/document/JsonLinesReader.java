package org.humfig.document;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Reads a JSON Lines file one record at a time: {@code {"id": ..., "text": ..., "title": ...,
 * "url": ..., "source": ..., "published": ...}}. A bad line is reported and skipped; the rest of
 * the file is still read. Memory use is bounded by the longest line, not the file.
 *
 * <p>Asked to leave records unread, it cuts the line and only scans it: a record it can tell will
 * read (an object whose {@code id} is a string and whose {@code text} starts with a printable
 * character) comes out as {@link Item.Unread}, to be parsed by the thread that extracts it; any
 * other line is parsed here, so its outcome and message are those of a full read.
 */
final class JsonLinesReader implements Iterator<Item>, Closeable {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The longest record left unread: a longer one is parsed at once, so that a text past the JSON
   * parser's limit on one string is found here, before its id is taken.
   */
  private static final int SCANNED = 16 << 20;

  private final InputStream in;
  private final byte[] chunk = new byte[1 << 16];
  private int position;
  private int limit;
  private byte[] buffer = new byte[1 << 12];
  private final String label;
  private final long lineLimit;
  private final boolean unread;
  private int line;
  private Item next;
  private boolean done;

  /** Reads the lines of {@code in}, which it closes when closed. */
  JsonLinesReader(InputStream in, String label, long lineLimit) {
    this(in, label, lineLimit, false);
  }

  /**
   * Reads the lines of {@code in}, which it closes when closed; with {@code unread}, records that
   * will read come out as {@link Item.Unread}.
   */
  JsonLinesReader(InputStream in, String label, long lineLimit, boolean unread) {
    this.in = in;
    this.label = label;
    this.lineLimit = lineLimit;
    this.unread = unread;
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

  /** Returns the item of the next non-blank line, or null at a blank line or the end. */
  private Item read() {
    int size = 0;
    boolean tooLong = false;
    boolean ended = false;
    try {
      // The line is found a chunk at a time: a scan for the line end and one copy, not a call
      // per byte.
      while (!ended) {
        if (position == limit && !fill()) {
          break;
        }
        int end = position;
        while (end < limit && chunk[end] != '\n') {
          end++;
        }
        int take = (int) Math.min(end - position, lineLimit - size);
        if (take < end - position) {
          tooLong = true;
        }
        if (take > 0) {
          if (size + take > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.max(size + take, 2 * buffer.length));
          }
          System.arraycopy(chunk, position, buffer, size, take);
          size += take;
        }
        ended = end < limit;
        position = ended ? end + 1 : end;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!ended) {
      done = true;
      if (size == 0) {
        return null;
      }
    }
    line++;
    String where = label + " line " + line;
    if (tooLong) {
      return skip(where, Decoder.tooLarge(size, lineLimit).replace("too large", "line too long"));
    }
    byte[] bytes = buffer;
    int length = size;
    if (buffer.length > 1 << 20) {
      buffer = new byte[1 << 12]; // a long line's buffer is not kept for the short ones after it
    }
    if (length > 0 && bytes[length - 1] == '\r') {
      length--;
    }
    String text;
    try {
      if (line == 1) {
        Decoder.binary(bytes, length);
      }
      text = Decoder.utf8(bytes, 0, length);
    } catch (Unreadable e) {
      return skip(where, e.getMessage().replace("at byte", "at byte of the line"));
    }
    if (line == 1 && text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return null;
    }
    String id = unread && text.length() <= SCANNED ? readable(text) : null;
    if (id != null) {
      String record = text;
      return new Item.Unread(id, where, record.length(), () -> parse(where, record));
    }
    return parse(where, text);
  }

  /**
   * Returns the id of a record that {@link #parse} is sure to read, found by a scan that skips the
   * text without copying it; null when the record may not read (or its id is not a plain string),
   * so that it is parsed at once. Duplicate fields count by their last value, as in a full read.
   */
  static String readable(String record) {
    try (JsonParser p = JSON.getFactory().createParser(record)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      String id = null;
      boolean text = false;
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("id")) {
          id = value == JsonToken.VALUE_STRING ? p.getText() : null;
        } else if (field.equals("text")) {
          text = value == JsonToken.VALUE_STRING && printable(record, p);
        }
        p.skipChildren();
      }
      if (t != JsonToken.END_OBJECT || !text || id == null || id.isBlank()) {
        return null;
      }
      return id.strip();
    } catch (IOException e) {
      return null; // the full read says what is wrong
    }
  }

  /** Returns true when the string value at the parser starts with a printable ASCII character. */
  private static boolean printable(String record, JsonParser p) {
    long quote = p.currentTokenLocation().getCharOffset();
    if (quote < 0 || quote + 1 >= record.length() || record.charAt((int) quote) != '"') {
      return false;
    }
    char c = record.charAt((int) quote + 1);
    return c > ' ' && c < 0x7F && c != '\\' && c != '"';
  }

  /** Reads the next chunk of the file; false at its end. */
  private boolean fill() throws IOException {
    int n = in.read(chunk, 0, chunk.length);
    position = 0;
    limit = Math.max(n, 0);
    return n > 0;
  }

  private Item parse(String where, String text) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return skip(where, "not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (node == null || !node.isObject()) {
      return skip(where, "expected a JSON object with \"id\" and \"text\"");
    }
    JsonNode id = node.get("id");
    if (id == null || !(id.isTextual() || id.isIntegralNumber()) || id.asText().isBlank()) {
      return skip(where, "field \"id\" is missing or not a string");
    }
    JsonNode body = node.get("text");
    if (body == null || !body.isTextual()) {
      return skip(where, "field \"text\" is missing or not a string");
    }
    if (body.asText().isBlank()) {
      return skip(where, "field \"text\" is empty");
    }
    List<Problem> warnings = new ArrayList<>();
    String published = string(node, "published");
    Optional<java.time.LocalDate> date = Dates.parse(published);
    if (!published.isEmpty() && date.isEmpty()) {
      warnings.add(
          new Problem(
              where,
              "field \"published\" '" + published + "' is not an ISO date (yyyy-mm-dd); ignored"));
    }
    String source = string(node, "source");
    if (source.isEmpty()) {
      source = string(node, "source_name");
    }
    String url = string(node, "url");
    if (url.isEmpty()) {
      url = string(node, "source_url");
    }
    Document d =
        new Document(
            id.asText().strip(),
            body.asText(),
            where,
            string(node, "title"),
            source,
            url,
            date,
            string(node, "language").isEmpty() ? string(node, "lang") : string(node, "language"));
    return new Item.Read(d, warnings);
  }

  private static String string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || !v.isValueNode() ? "" : v.asText().strip();
  }

  private static Item skip(String where, String message) {
    return new Item.Skipped(new Problem(where, message));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
