package org.humfig.extract;

import java.util.List;
import org.humfig.model.Category;
import org.humfig.model.Figure;
import org.humfig.rule.Lexicon;
import org.humfig.rule.Match;
import org.humfig.rule.Span;
import org.humfig.time.DateFinder;

/**
 * Where, when and who: gives a figure its place, period, source and actor from its sentence and
 * from what the story has said before it. Immutable and thread-safe.
 */
final class Context {

  private final Placing placing;
  private final Dating dating;
  private final Attribution attribution;
  private final Actors actors;
  private final Clauses clauses = Clauses.bundled();

  private final Locator locator;

  Context(Lexicon lex, Locator locator, Sources sources, DateFinder dates) {
    this.locator = locator;
    this.placing = new Placing(locator);
    this.dating = new Dating(dates, lex);
    Sources groups = Sources.actors(lex);
    this.attribution = new Attribution(sources, groups, lex);
    this.actors = new Actors(lex, groups, locator);
  }

  /**
   * Remembers what a sentence names for the sentences after it: persons and organisations; a place
   * named only in a source's name ("the Sudan Doctors Network said") is not where later sentences
   * fall back to.
   */
  void observe(Story story, Analysis a) {
    attribution.observe(story, a);
    if (locator.namedLast(story.places(), a.places()) && !a.attributions().isEmpty()) {
      List<Span> sources =
          a.memo().sourceSpans != null ? a.memo().sourceSpans : attribution.sourceSpans(story, a);
      locator.forgetSources(story.places(), a.places(), a.before(), sources);
    }
  }

  /**
   * Returns the source a sentence without figures names for the figures of the sentence before it
   * ("This was disclosed by X", "X confirmed the incident"), or null.
   */
  String backSource(Story story, Analysis a) {
    return attribution.backSource(story, a);
  }

  /** Returns the source a sentence names, for figures a quote carried into it, or null. */
  String sentenceSource(Story story, Analysis a) {
    return attribution.sentenceSource(story, a);
  }

  /**
   * Sets the location, country, dates, source and actor of the figure a match found.
   *
   * @param f the figure being built
   * @param story what the document has said before this sentence
   * @param a the sentence
   * @param m the match that found the figure
   * @param value the number's tokens
   * @param trigger the trigger's tokens
   * @param notes where to add notes on how a value was worked out
   */
  void apply(
      Figure.Builder f,
      Story story,
      Analysis a,
      Match m,
      Span value,
      Span trigger,
      List<String> notes) {
    Analysis.Memo memo = a.memo();
    if (memo.clauses == null) {
      memo.clauses = this.clauses.of(a.view().tokens());
      memo.sourceSpans = List.copyOf(attribution.sourceSpans(story, a));
    }
    int[] clauses = memo.clauses;
    Category category = m.rule().metric().category();
    Span party = category == Category.TERRITORY ? actors.span(a, trigger) : null;
    List<Span> notHere = memo.sourceSpans;
    if (party != null && named(a, party)) {
      // a party that is a place is not where the land lies: "In the Donetsk region, Russia
      // controls 70% of the territory" is in the Donetsk region; "the Myanmar junta" still says
      // which country "the country" is
      notHere = new java.util.ArrayList<>(notHere);
      notHere.add(party);
    }
    placing.apply(f, story, a, value, clauses, notHere, m.rule().metric());
    dating.apply(f, story, a, m, value, clauses, notes);
    attribution.of(story, a, value, m, clauses).ifPresent(f::attributedTo);
    if (category == Category.TERRITORY) {
      f.actor(party == null ? null : a.text(story.text(), party.start(), party.end()));
    } else if (category == Category.CASUALTY) {
      f.actor(actors.casualty(story, a, value));
    }
  }

  /** True when {@code span} is a place's name and nothing else. */
  private static boolean named(Analysis a, Span span) {
    for (Locator.Located l : a.places()) {
      if (l.start() == span.start() && l.end() == span.end()) {
        return true;
      }
    }
    return false;
  }
}
