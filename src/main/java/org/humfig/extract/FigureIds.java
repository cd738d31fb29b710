package org.humfig.extract;

import java.util.HexFormat;
import org.humfig.model.Sha256;

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
    byte[] hash = Sha256.of(documentId + '\u0000' + offset + '\u0000' + metric);
    return HEX.formatHex(hash, 0, 8);
  }

  private static final HexFormat HEX = HexFormat.of();
}
