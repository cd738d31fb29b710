package org.humfig.rule;

import java.util.List;
import org.humfig.model.Metric;
import org.humfig.model.Tally;

/**
 * An extraction rule read from a rule file: a token pattern and what a match means.
 *
 * @param id stable id, written into every figure the rule finds ({@code killed.passive})
 * @param name a readable name
 * @param family the rule file's family ({@code casualty}, {@code attribution})
 * @param pattern what to look for
 * @param metric what a match counts; null for attribution and actor rules
 * @param tally whether a match is a running total or an addition; null when the rule does not say
 * @param priority when several rules claim one number, the highest priority wins
 * @param confidence how often a match is a true figure, 0 to 1
 * @param enabled false to keep a rule on file without running it
 * @param positive examples the rule must find
 * @param negative examples the rule must not find
 * @param origin where the rule is written, {@code file:line}
 */
public record Rule(
    String id,
    String name,
    String family,
    Pattern pattern,
    Metric metric,
    Tally tally,
    int priority,
    double confidence,
    boolean enabled,
    List<Example> positive,
    List<Example> negative,
    String origin) {

  /** The family of rules that find who reported a figure rather than the figure itself. */
  public static final String ATTRIBUTION = "attribution";

  /** The family of rules that find who did what figures count: "Russian shelling killed". */
  public static final String ACTOR = "actor";

  /** Copies the example lists so the record stays immutable. */
  public Rule {
    positive = List.copyOf(positive);
    negative = List.copyOf(negative);
  }

  /** Returns true for a rule that finds sources, not figures. */
  public boolean attribution() {
    return ATTRIBUTION.equals(family);
  }

  /** Returns true for a rule that finds actors, not figures. */
  public boolean actor() {
    return ACTOR.equals(family);
  }

  /** Returns true for a rule that finds figures rather than who reported them or did them. */
  public boolean figure() {
    return !attribution() && !actor();
  }
}
