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
 * @param bullets characters that start a navigation or forum link line
 */
public record PageConventions(
    Set<String> abbreviations, List<String> chromePrefixes, String bullets) {

  private static final String RESOURCE = "/lexicon/en/page.yaml";

  /** Copies the collections so the record stays immutable. */
  public PageConventions {
    abbreviations = Set.copyOf(abbreviations);
    chromePrefixes = List.copyOf(chromePrefixes);
  }

  /** Returns the English conventions bundled with humfig. */
  public static PageConventions english() {
    Raw raw = Resource.yaml(RESOURCE, Raw.class);
    return new PageConventions(
        raw.abbreviations().stream()
            .map(s -> s.toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet()),
        raw.chromePrefixes().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList(),
        raw.bullets());
  }

  private record Raw(List<String> abbreviations, List<String> chromePrefixes, String bullets) {}
}
