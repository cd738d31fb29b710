package org.humfig.document;

/** A file or record whose content is not usable text; the message says why, in a few words. */
final class Unreadable extends Exception {
  private static final long serialVersionUID = 1L;

  Unreadable(String message) {
    super(message);
  }
}
