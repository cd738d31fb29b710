package org.humfig.extract;

import java.util.Optional;
import org.humfig.rule.Capture;
import org.humfig.rule.Match;
import org.humfig.rule.Span;

/** Finds who a figure is attributed to: the nearest attribution in its sentence. */
final class Attribution {

  private final Sources sources;

  Attribution(Sources sources) {
    this.sources = sources;
  }

  /** The source of the nearest attribution in the sentence, by its canonical name where known. */
  Optional<String> of(Story story, Analysis a, Span value, Match figure) {
    Match best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Match x : a.attributions()) {
      Span src = x.get(Capture.SOURCE).orElseThrow();
      if (Spans.overlap(src, figure.span())) {
        continue;
      }
      int d = value.distance(x.span());
      if (d < bestDistance || (d == bestDistance && x.rule().priority() > best.rule().priority())) {
        best = x;
        bestDistance = d;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    Span src = best.get(Capture.SOURCE).orElseThrow();
    String raw = a.text(story.text(), src.start(), src.end());
    String name = sources.name(a.view().tokens().subList(src.start(), src.end()), raw);
    return name.isBlank() ? Optional.empty() : Optional.of(name);
  }
}
