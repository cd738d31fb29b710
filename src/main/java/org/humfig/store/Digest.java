package org.humfig.store;

import java.util.HexFormat;

/**
 * The content hash of a document: SHA-256 of its text with every run of white space read as one
 * space and none at either end, so a copy that differs only in line ends or spacing is the same
 * text.
 */
final class Digest {

  private Digest() {}

  /** Returns the hash of {@code text} in lower-case hex. */
  static String of(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return HexFormat.of().formatHex(org.humfig.model.Sha256.of(sb.toString()));
  }
}
