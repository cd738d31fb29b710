package org.humfig.document;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What is known about a document besides its text: from a manifest row or the command line.
 *
 * @param sourceName the publisher, or empty
 * @param sourceUrl the address, or empty
 * @param published the publication date
 */
public record Metadata(
    String sourceName, String sourceUrl, Optional<LocalDate> published, String language) {

  /** Metadata that knows nothing. */
  public static final Metadata NONE = new Metadata("", "", Optional.empty());

  /** Replaces null strings by empty ones. */
  public Metadata {
    sourceName = sourceName == null ? "" : sourceName.strip();
    sourceUrl = sourceUrl == null ? "" : sourceUrl.strip();
    published = published == null ? Optional.empty() : published;
    language = language == null ? "" : language.strip();
  }

  /** Returns metadata that does not say the document's language. */
  public Metadata(String sourceName, String sourceUrl, Optional<LocalDate> published) {
    this(sourceName, sourceUrl, published, "");
  }
}
