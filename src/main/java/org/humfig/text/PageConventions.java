package org.humfig.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Word lists that tell prose from page furniture: abbreviations that do not end a sentence, the
 * prefixes of navigation and sidebar lines, and the characters that start a bulleted link.
 *
 * @param abbreviations lower-case words that a period does not end a sentence after ("dec", "mr")
 * @param chromePrefixes lower-case starts of lines that are page furniture ("also read", "skip to")
 * @param listHeadings lower-case lines that head a list of links to other stories ("related
 *     stories")
 * @param bullets characters that start a navigation or forum link line
 * @param separators characters that, three or more in a row, break a paragraph into sections that
 *     are read as separate sentences ("___" between the updates of a live story)
 * @param clockWords lower-case words after the hour of a time of day ("a.m."), which heads the
 *     update of a live story after a separator ("___ 11:20 a.m. Flooding has...")
 * @param openEndings words a hard-wrapped line cannot end a paragraph with ("the", "of")
 * @param gluedWords short words that often lose the space before them in text from PDF files
 */
public record PageConventions(
    Set<String> abbreviations,
    List<String> chromePrefixes,
    Set<String> listHeadings,
    String bullets,
    String separators,
    Set<String> clockWords,
    Set<String> openEndings,
    Set<String> gluedWords) {

  /** Copies the collections so the record stays immutable. */
  public PageConventions {
    abbreviations = Set.copyOf(abbreviations);
    chromePrefixes = List.copyOf(chromePrefixes);
    listHeadings = Set.copyOf(listHeadings);
    clockWords = Set.copyOf(clockWords);
    openEndings = Set.copyOf(openEndings);
    gluedWords = Set.copyOf(gluedWords);
  }

  /** Returns the English conventions bundled with humfig. */
  public static PageConventions english() {
    return of("en");
  }

  /** The conventions of the bundled packs read so far, by language. */
  private static final java.util.Map<String, PageConventions> READ =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Returns the conventions of the bundled language pack {@code language}, read once a process. */
  public static PageConventions of(String language) {
    return READ.computeIfAbsent(language, PageConventions::read);
  }

  private static PageConventions read(String language) {
    Raw raw = Resource.yaml(Packs.of(language).resource("page.yaml"), Raw.class);
    return new PageConventions(
        raw.abbreviations().stream()
            .map(s -> s.toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet()),
        raw.chromePrefixes().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList(),
        raw.listHeadings().stream()
            .map(s -> s.toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet()),
        raw.bullets(),
        raw.separators() == null ? "" : raw.separators(),
        raw.clockWords() == null ? Set.of() : Set.copyOf(raw.clockWords()),
        Set.copyOf(raw.openEndings()),
        Set.copyOf(raw.gluedWords()));
  }

  private record Raw(
      List<String> abbreviations,
      List<String> chromePrefixes,
      @com.fasterxml.jackson.annotation.JsonProperty("list_headings") List<String> listHeadings,
      String bullets,
      String separators,
      @com.fasterxml.jackson.annotation.JsonProperty("clock_words") List<String> clockWords,
      @com.fasterxml.jackson.annotation.JsonProperty("open_endings") List<String> openEndings,
      @com.fasterxml.jackson.annotation.JsonProperty("glued_words") List<String> gluedWords) {}
}
