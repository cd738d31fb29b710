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
 * magic number where known), empty files, files over the size limit and invalid UTF-8 (with the
 * byte offset of the first bad sequence). A UTF-8 byte-order mark is dropped; UTF-16 with a
 * byte-order mark is decoded.
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

  private Decoder() {}

  private static Magic magic(String s, String what) {
    byte[] b = new byte[s.length()];
    for (int i = 0; i < s.length(); i++) {
      b[i] = (byte) s.charAt(i);
    }
    return new Magic(b, what);
  }

  /** Returns the text of {@code bytes}, or throws naming why it is not text. */
  static String decode(byte[] bytes, long limit) throws Unreadable {
    if (bytes.length > limit) {
      throw new Unreadable(tooLarge(bytes.length, limit));
    }
    if (bytes.length == 0) {
      throw new Unreadable("empty file");
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return nonEmpty(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE));
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return nonEmpty(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
    }
    binary(bytes, bytes.length);
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    return nonEmpty(utf8(bytes, start, bytes.length - start));
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
