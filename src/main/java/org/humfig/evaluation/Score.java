package org.humfig.evaluation;

import java.util.List;
import java.util.Locale;
import org.humfig.model.Figure;

/**
 * How an extraction compares with gold: precision, recall, F1 and attribute accuracy over the hits.
 *
 * @param gold the number of required gold figures
 * @param hits required gold figures found, with the figure that found each
 * @param missed required gold figures not found
 * @param extras figures that match no gold figure
 * @param qualifier hits with the gold qualifier, of those judged
 * @param attribution hits whose source shares a word with the gold source, of those judged
 * @param location hits whose location shares a word with the gold location, of those judged
 * @param date hits whose period holds the gold date, of those judged
 */
public record Score(
    int gold,
    List<Hit> hits,
    List<GoldFigure> missed,
    List<Figure> extras,
    Ratio qualifier,
    Ratio attribution,
    Ratio location,
    Ratio date) {

  /** A gold figure and the extracted figure that matched it. */
  public record Hit(GoldFigure gold, Figure figure) {}

  /** A count of successes over a count of cases. */
  public record Ratio(int good, int judged) {
    @Override
    public String toString() {
      return judged == 0 ? "n/a" : good + "/" + judged;
    }

    /** Returns good/judged, or 1 when nothing was judged. */
    public double value() {
      return judged == 0 ? 1.0 : (double) good / judged;
    }
  }

  /** Returns the share of extracted figures that match gold. */
  public double precision() {
    int n = hits.size() + extras.size();
    return n == 0 ? 0 : (double) hits.size() / n;
  }

  /** Returns the share of required gold figures found. */
  public double recall() {
    return gold == 0 ? 0 : (double) hits.size() / gold;
  }

  /** Returns the harmonic mean of precision and recall. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Returns the two summary lines, in the form of {@code score.py}. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "gold=%d hits=%d missed=%d extra=%d qualifier=%s attribution=%s location=%s date=%s%n"
            + "precision=%.3f recall=%.3f f1=%.3f",
        gold,
        hits.size(),
        missed.size(),
        extras.size(),
        qualifier,
        attribution,
        location,
        date,
        precision(),
        recall(),
        f1());
  }
}
