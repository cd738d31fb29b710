package org.humfig.place;

import java.util.List;

/**
 * A place name found in a token list, with every gazetteer place it may mean.
 *
 * @param start index of its first token
 * @param end index just past its last token
 * @param text the name as written
 * @param candidates the places of that name, most likely first (larger population first)
 */
public record PlaceMention(int start, int end, String text, List<Place> candidates) {

  /** Copies the candidates so the record stays immutable. */
  public PlaceMention {
    candidates = List.copyOf(candidates);
  }
}
