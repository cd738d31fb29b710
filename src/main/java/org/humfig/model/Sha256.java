package org.humfig.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 of short texts, the stable hash behind figure, fact and document ids. Each thread keeps
 * one digest: finding the algorithm costs more than hashing a short key. Thread-safe.
 */
public final class Sha256 {

  private static final ThreadLocal<MessageDigest> DIGEST =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("SHA-256 is part of every Java platform", e);
            }
          });

  private Sha256() {}

  /** Returns the SHA-256 of {@code text} in UTF-8. */
  public static byte[] of(String text) {
    return DIGEST.get().digest(text.getBytes(StandardCharsets.UTF_8));
  }
}
