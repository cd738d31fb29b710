package org.humfig.store;

import java.io.IOException;

/** A store that cannot be opened, read or written, with a one-line message naming it. */
public final class StoreException extends IOException {

  private static final long serialVersionUID = 1L;

  StoreException(String message) {
    super(message);
  }

  StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
