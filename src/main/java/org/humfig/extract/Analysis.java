package org.humfig.extract;

import java.util.List;
import org.humfig.rule.Match;
import org.humfig.rule.View;
import org.humfig.text.Sentence;
import org.humfig.text.Token;
import org.humfig.time.TimeSpan;

/**
 * One sentence, read once: its tokens (mended), the tokens outside insertions that rules match, and
 * the quantities, dates, places, sources and rule matches found in them.
 *
 * @param sentence the sentence
 * @param all every token of the sentence, mended
 * @param index for each token of the view, its index in {@code all}
 * @param times the time expressions of the view
 * @param view the tokens outside insertions, with their quantities and places
 * @param places the places the view names
 * @param before the last place the document named before this sentence, or null
 * @param attributions the matches of attribution rules
 * @param actors the matches of actor rules
 * @param matches the matches of figure rules
 */
record Analysis(
    Sentence sentence,
    List<Token> all,
    int[] index,
    List<TimeSpan> times,
    View view,
    List<Locator.Located> places,
    Locator.Located before,
    List<Match> attributions,
    List<Match> actors,
    List<Match> matches,
    Memo memo) {

  /**
   * What the figures of one sentence share and is worked out for the first of them: its clauses and
   * the source phrases of its attributions. Read and written by the one thread that reads the
   * sentence, before the story moves on.
   */
  static final class Memo {
    int[] clauses;
    List<org.humfig.rule.Span> sourceSpans;

    /** The source each source phrase names, or null for none, by the phrase's span. */
    final java.util.Map<org.humfig.rule.Span, Attribution.Source> sources =
        new java.util.HashMap<>();
  }

  /** Returns this sentence with the time expressions {@code found}, read when none were. */
  Analysis withTimes(List<TimeSpan> found) {
    return new Analysis(
        sentence,
        all,
        index,
        found,
        view,
        places,
        before,
        attributions,
        actors,
        matches,
        new Memo());
  }

  /** Returns the index in {@code all} just past the view's tokens before {@code visibleEnd}. */
  int afterInAll(int visibleEnd) {
    return visibleEnd <= 0 ? 0 : index[visibleEnd - 1] + 1;
  }

  /** Returns the document text of view tokens [start, end). */
  String text(String doc, int start, int end) {
    return doc.substring(view.token(start).start(), view.token(end - 1).end());
  }
}
