package org.humfig.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable figure ids: the same document, number position and metric give the same id on every run,
 * on every machine.
 */
final class FigureIds {

  private FigureIds() {}

  /**
   * Returns a 16-hex-digit id for a figure of {@code metric} whose number starts at {@code offset}.
   */
  static String of(String documentId, int offset, String metric) {
    byte[] hash =
        SHA.get()
            .digest(
                (documentId + '\u0000' + offset + '\u0000' + metric)
                    .getBytes(StandardCharsets.UTF_8));
    return HEX.formatHex(hash, 0, 8);
  }

  private static final HexFormat HEX = HexFormat.of();

  /** A digest a thread: finding the algorithm costs more than the hash of a short key. */
  private static final ThreadLocal<MessageDigest> SHA =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("SHA-256 is part of every Java platform", e);
            }
          });
}
