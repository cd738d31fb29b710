package org.humfig.document;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An article or report to extract figures from.
 *
 * @param id the document id: a file's name without extension, or a JSON Lines record's {@code id}
 * @param text the text figures are read from; evidence offsets point into it
 * @param origin where it was read, for messages ({@code examples/a.txt}, {@code feed.jsonl line 3})
 * @param title the title, or empty
 * @param sourceName the publisher, or empty
 * @param sourceUrl the address, or empty
 * @param published the publication date, the reference for "on Sunday" or "yesterday"
 */
public record Document(
    String id,
    String text,
    String origin,
    String title,
    String sourceName,
    String sourceUrl,
    Optional<LocalDate> published,
    String language) {

  /** Replaces null strings by empty ones. */
  public Document {
    title = title == null ? "" : title;
    sourceName = sourceName == null ? "" : sourceName;
    sourceUrl = sourceUrl == null ? "" : sourceUrl;
    published = published == null ? Optional.empty() : published;
    language = language == null ? "" : language.strip();
  }

  /** Returns a document whose language is not known: the default language pack reads it. */
  public Document(
      String id,
      String text,
      String origin,
      String title,
      String sourceName,
      String sourceUrl,
      Optional<LocalDate> published) {
    this(id, text, origin, title, sourceName, sourceUrl, published, "");
  }

  /** Returns a document with only an id and a text, as tests and examples need. */
  public static Document of(String id, String text, LocalDate published) {
    return new Document(id, text, id, "", "", "", Optional.ofNullable(published));
  }

  /** Returns this document in {@code language}, a BCP 47 tag ("fr", "fr-FR"). */
  public Document withLanguage(String language) {
    return new Document(id, text, origin, title, sourceName, sourceUrl, published, language);
  }

  /** Returns this document under another id. */
  public Document withId(String newId) {
    return new Document(newId, text, origin, title, sourceName, sourceUrl, published, language);
  }

  /** Returns this document with metadata filled in where it has none. */
  public Document withDefaults(Metadata m) {
    return new Document(
        id,
        text,
        origin,
        title,
        sourceName.isEmpty() ? m.sourceName() : sourceName,
        sourceUrl.isEmpty() ? m.sourceUrl() : sourceUrl,
        published.isPresent() ? published : m.published(),
        language.isEmpty() ? m.language() : language);
  }

  /** Returns this document with metadata replaced where {@code m} has a value. */
  public Document withOverrides(Metadata m) {
    return new Document(
        id,
        text,
        origin,
        title,
        m.sourceName().isEmpty() ? sourceName : m.sourceName(),
        m.sourceUrl().isEmpty() ? sourceUrl : m.sourceUrl(),
        m.published().isPresent() ? m.published() : published,
        m.language().isEmpty() ? language : m.language());
  }
}
