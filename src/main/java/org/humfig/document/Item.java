package org.humfig.document;

import java.util.List;

/**
 * What reading an input yields, one at a time: a document, or a problem with a skipped input. A
 * reader asked to ({@link Inputs#unread()}) also yields records cut from their file but not yet
 * read, so the threads that extract them read them too.
 */
public sealed interface Item {

  /**
   * A document read, with any warnings about its metadata.
   *
   * @param document the document
   * @param warnings problems that did not stop it being read (a bad date in a manifest row)
   */
  record Read(Document document, List<Problem> warnings) implements Item {
    /** Copies the warnings so the record stays immutable. */
    public Read {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * An input that was skipped.
   *
   * @param problem what was wrong and where
   */
  record Skipped(Problem problem) implements Item {}

  /**
   * A record cut from its file whose document is not built yet: its id is known (and unique), its
   * parsing is left to {@link #read()}, which any thread may call, once.
   *
   * @param id the document id the record has
   * @param where where it comes from, in messages ({@code news.jsonl line 17})
   * @param size the record's length in characters, a measure of the memory it holds
   * @param reading builds the record's document: {@link Read}, or {@link Skipped} if it cannot
   */
  record Unread(String id, String where, long size, java.util.function.Supplier<Item> reading)
      implements Item {

    /** Returns the record read: {@link Read}, or {@link Skipped} when it cannot be read. */
    public Item read() {
      return reading.get();
    }
  }
}
