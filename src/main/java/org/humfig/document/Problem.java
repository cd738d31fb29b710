package org.humfig.document;

/**
 * A document that could not be read, or a part of an input that was skipped.
 *
 * @param where the file, and line where it helps ({@code feed.jsonl line 17})
 * @param message what was wrong, in lower case, without a trailing period
 */
public record Problem(String where, String message) implements java.io.Serializable {

  @Override
  public String toString() {
    return where + ": " + message;
  }
}
