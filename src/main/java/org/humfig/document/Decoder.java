package org.humfig.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the bytes of a file into text, refusing what is not text: binary files (named by their
 * magic number where known), empty files and files over the size limit. A UTF-8 byte-order mark is
 * dropped; UTF-16 with a byte-order mark is decoded.
 *
 * <p>Plain text is UTF-8; bytes that are not UTF-8 are read as windows-1252 (the legacy encoding of
 * Western text, a superset of ISO 8859-1's printable characters) with a note saying so, and refused
 * (with the byte offset of the first bad sequence) when they are not that either. A page is decoded
 * by the charset it declares ({@code <meta charset>}, {@code <meta http-equiv content>} or an XML
 * declaration), as browsers do, and like plain text when it declares none.
 */
final class Decoder {

  private static final int SNIFF = 8192;

  private record Magic(byte[] bytes, String what) {}

  private static final Magic[] MAGICS = {
    magic("%PDF", "a PDF file"),
    magic("PK\u0003\u0004", "a ZIP archive (a .docx, .xlsx or .zip file?)"),
    magic("\u0089PNG", "a PNG image"),
    magic("\u00FF\u00D8\u00FF", "a JPEG image"),
    magic("GIF8", "a GIF image"),
    magic("\u001F\u008B", "a gzip archive"),
    magic("\u00D0\u00CF\u0011\u00E0", "an old Microsoft Office document"),
    magic("\u007FELF", "an executable"),
    magic("BZh", "a bzip2 archive"),
    magic("7z\u00BC\u00AF", "a 7-Zip archive"),
    magic("RIFF", "a media file"),
    magic("ID3", "an MP3 file"),
  };

  /** How far into a page a charset declaration is looked for. */
  private static final int PRESCAN = 65536;

  private static final java.util.regex.Pattern DECLARED =
      java.util.regex.Pattern.compile(
          "(?i)<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)"
              + "|<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)");

  private static final java.nio.charset.Charset WINDOWS_1252 =
      java.nio.charset.Charset.forName("windows-1252");

  /**
   * Text decoded from bytes.
   *
   * @param text the text
   * @param note what was assumed about its encoding, when it was not the one expected
   */
  record Text(String text, java.util.Optional<String> note) {}

  private Decoder() {}

  /** Returns the text of a plain text file, or throws naming why it is not text. */
  static Text plain(byte[] bytes) throws Unreadable {
    if (bytes.length == 0) {
      throw new Unreadable("empty file");
    }
    String bom = bom(bytes);
    if (bom != null) {
      return new Text(bom, java.util.Optional.empty());
    }
    binary(bytes, bytes.length);
    int start = utf8Bom(bytes) ? 3 : 0;
    try {
      return new Text(
          nonEmpty(utf8(bytes, start, bytes.length - start)), java.util.Optional.empty());
    } catch (Unreadable notUtf8) {
      return new Text(nonEmpty(legacy(bytes, notUtf8)), java.util.Optional.of(legacyNote(notUtf8)));
    }
  }

  /**
   * Returns the text of an HTML page: by its byte-order mark, else the charset it declares, else as
   * plain text.
   */
  static Text html(byte[] bytes) throws Unreadable {
    if (bytes.length == 0) {
      throw new Unreadable("empty file");
    }
    if (bom(bytes) != null || utf8Bom(bytes)) {
      return plain(bytes);
    }
    binary(bytes, bytes.length);
    String declared = declared(bytes);
    java.nio.charset.Charset charset = null;
    if (declared != null) {
      try {
        charset = java.nio.charset.Charset.forName(declared);
      } catch (IllegalArgumentException unknown) {
        charset = null;
      }
    }
    if (charset == null
        || charset.equals(StandardCharsets.UTF_8)
        || charset.name().startsWith("UTF-16")) {
      // Without a byte-order mark a page cannot be UTF-16 (browsers read it as UTF-8).
      try {
        return new Text(nonEmpty(utf8(bytes, 0, bytes.length)), java.util.Optional.empty());
      } catch (Unreadable notUtf8) {
        if (charset != null) {
          throw new Unreadable(
              notUtf8.getMessage().replace("; save", ", though the page declares UTF-8; save"));
        }
        return new Text(
            nonEmpty(legacy(bytes, notUtf8)), java.util.Optional.of(legacyNote(notUtf8)));
      }
    }
    if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
      charset = WINDOWS_1252; // as the HTML standard reads these labels
    }
    return new Text(nonEmpty(new String(bytes, charset)), java.util.Optional.empty());
  }

  /** Returns the charset a page declares near its start, or null. */
  static String declared(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher m = DECLARED.matcher(head);
    if (!m.find()) {
      return null;
    }
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  /** Returns the text of UTF-16 with a byte-order mark, or null when there is none. */
  private static String bom(byte[] bytes) throws Unreadable {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return nonEmpty(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE));
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return nonEmpty(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
    }
    return null;
  }

  private static boolean utf8Bom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  /** Decodes bytes that are not UTF-8 as windows-1252, or throws when they are not that either. */
  private static String legacy(byte[] bytes, Unreadable notUtf8) throws Unreadable {
    try {
      return WINDOWS_1252
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Unreadable(
          "neither UTF-8 (invalid "
              + where(notUtf8)
              + ") nor windows-1252; save the file as UTF-8");
    }
  }

  private static String legacyNote(Unreadable notUtf8) {
    return "not UTF-8 (invalid " + where(notUtf8) + "); read as windows-1252";
  }

  /** Returns where a UTF-8 error is: "at byte 12". */
  private static String where(Unreadable notUtf8) {
    String m = notUtf8.getMessage();
    int from = m.indexOf("at ");
    int to = m.indexOf(';');
    return from >= 0 && to > from ? m.substring(from, to) : "somewhere";
  }

  private static Magic magic(String s, String what) {
    byte[] b = new byte[s.length()];
    for (int i = 0; i < s.length(); i++) {
      b[i] = (byte) s.charAt(i);
    }
    return new Magic(b, what);
  }

  /**
   * Returns the text of a plain text file of at most {@code limit} bytes, or throws naming why it
   * is not text; legacy text is read as {@link #plain} reads it, without its note.
   */
  static String decode(byte[] bytes, long limit) throws Unreadable {
    if (bytes.length > limit) {
      throw new Unreadable(tooLarge(bytes.length, limit));
    }
    return plain(bytes).text();
  }

  /** Throws when the first bytes of {@code bytes} show binary content. */
  static void binary(byte[] bytes, int length) throws Unreadable {
    for (Magic m : MAGICS) {
      if (startsWith(bytes, length, m.bytes())) {
        throw new Unreadable("binary file (" + m.what() + "), not text");
      }
    }
    int n = Math.min(length, SNIFF);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        throw new Unreadable("binary file (it holds NUL bytes), not text");
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    if (n > 0 && control * 10 > n) {
      throw new Unreadable("binary file (mostly control characters), not text");
    }
  }

  /** Decodes strictly as UTF-8, naming the offset of the first invalid byte. */
  static String utf8(byte[] bytes, int offset, int length) throws Unreadable {
    if (ascii(bytes, offset, length)) {
      return new String(bytes, offset, length, StandardCharsets.US_ASCII); // valid as it is
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
    CharBuffer out = CharBuffer.allocate(length + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      throw new Unreadable(
          String.format(
              Locale.ROOT, "invalid UTF-8 at byte %d; save the file as UTF-8", in.position()));
    }
    try {
      r = decoder.flush(out);
      if (r.isError()) {
        r.throwException();
      }
    } catch (CharacterCodingException e) {
      throw new Unreadable("invalid UTF-8 at the end of the file; save the file as UTF-8");
    }
    out.flip();
    return out.toString();
  }

  private static boolean ascii(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }

  private static String nonEmpty(String text) throws Unreadable {
    if (text.isBlank()) {
      throw new Unreadable("no text (only white space)");
    }
    return text;
  }

  static String tooLarge(long size, long limit) {
    return String.format(
        Locale.ROOT,
        "too large (%.1f MB, the limit is %.1f MB); split it or raise --max-size",
        size / 1048576.0,
        limit / 1048576.0);
  }

  private static boolean startsWith(byte[] bytes, int length, byte[] prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
