package org.humfig.schema;

/** A schema file that cannot be used; the message names the file and the problem. */
public final class SchemaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Returns an exception with the given one-line message. */
  public SchemaException(String message) {
    super(message);
  }
}
