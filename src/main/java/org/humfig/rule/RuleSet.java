package org.humfig.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.humfig.quantity.QuantitySpan;
import org.humfig.text.Token;

/**
 * The rules and lexicon one extraction runs with, indexed by anchor word.
 *
 * <p>Immutable and thread-safe: build once, share between workers.
 */
public final class RuleSet {

  /** The index key of rules anchored on their quantity; no token has this form. */
  private static final String QUANTITY = "\u0000QTY";

  private final List<Rule> rules;
  private final Lexicon lexicon;
  private final String language;
  private final Grammar grammar;
  private final Map<String, List<Rule>> figureIndex = new HashMap<>();
  private final Map<String, List<Rule>> attributionIndex = new HashMap<>();
  private final Map<String, List<Rule>> actorIndex = new HashMap<>();

  /**
   * What a sentence must hold for a rule to match in it: for each rule, the ids of sets of marks
   * (words, quantity dimensions) it needs one of each; for each mark, the ids of the sets holding
   * it. A sentence is checked once, with one lookup a token, and a rule it lacks a need of is not
   * tried at all.
   */
  private final Map<Rule, int[]> needs = new java.util.IdentityHashMap<>();

  private final Map<String, int[]> needsByMark = new HashMap<>();
  private int needCount;

  RuleSet(List<Rule> rules, Lexicon lexicon, String language) {
    this.rules = List.copyOf(rules);
    this.lexicon = lexicon;
    this.language = language;
    this.grammar = new Grammar(lexicon);
    for (Rule r : this.rules) {
      if (!r.enabled()) {
        continue;
      }
      needs.put(r, needIds(r.pattern().needs(lexicon)));
      Map<String, List<Rule>> index =
          r.attribution() ? attributionIndex : r.actor() ? actorIndex : figureIndex;
      java.util.Set<String> words = r.pattern().anchorWords(lexicon);
      for (String w : words == null ? java.util.Set.of(QUANTITY) : words) {
        List<Rule> list = index.computeIfAbsent(w, k -> new ArrayList<>());
        if (!list.contains(r)) {
          list.add(r);
        }
      }
    }
  }

  private final Map<Set<String>, Integer> needIds = new HashMap<>();

  /** Returns the ids of the sets of marks, giving a new set the next id. */
  private int[] needIds(List<Set<String>> sets) {
    int[] ids = new int[sets.size()];
    for (int k = 0; k < ids.length; k++) {
      Set<String> set = sets.get(k);
      Integer id = needIds.get(set);
      if (id == null) {
        id = needCount++;
        needIds.put(set, id);
        for (String mark : set) {
          int[] old = needsByMark.getOrDefault(mark, new int[0]);
          int[] more = java.util.Arrays.copyOf(old, old.length + 1);
          more[old.length] = id;
          needsByMark.put(mark, more);
        }
      }
      ids[k] = id;
    }
    return ids;
  }

  /** Returns which sets of marks {@code view} holds a mark of, by id. */
  private boolean[] held(View view) {
    boolean[] held = new boolean[needCount];
    for (Token t : view.tokens()) {
      mark(held, t.norm());
    }
    for (QuantitySpan q : view.quantities()) {
      mark(held, Element.dimension(q.quantity().dimension()));
    }
    return held;
  }

  private void mark(boolean[] held, String mark) {
    int[] ids = needsByMark.get(mark);
    if (ids != null) {
      for (int id : ids) {
        held[id] = true;
      }
    }
  }

  /** True when {@code held} has every set of marks rule {@code r} needs. */
  private boolean possible(Rule r, boolean[] held) {
    for (int id : needs.get(r)) {
      if (!held[id]) {
        return false;
      }
    }
    return true;
  }

  /** Returns a rule set with only the rules {@code keep} accepts, on the same lexicon. */
  public RuleSet select(java.util.function.Predicate<Rule> keep) {
    return new RuleSet(rules.stream().filter(keep).toList(), lexicon, language);
  }

  /** Returns the code of the language pack the rules were written for ("en"). */
  public String language() {
    return language;
  }

  /** Returns every rule, enabled or not, in load order. */
  public List<Rule> rules() {
    return rules;
  }

  /** Returns the rule with the given id, if any. */
  public Optional<Rule> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** Returns the lexicon the rules' patterns refer to. */
  public Lexicon lexicon() {
    return lexicon;
  }

  /**
   * Returns the ends of the population phrases starting at token {@code pos} of {@code view},
   * longest first: the ends a pattern's {@code POP} can take there.
   */
  public List<Integer> populationEnds(View view, int pos) {
    return grammar.population(view, pos, Grammar.HEAD, null);
  }

  /** Returns the matches of the enabled figure rules in {@code view}, in token order. */
  public List<Match> figures(View view) {
    return match(view, figureIndex);
  }

  /** Returns the matches of the enabled attribution rules in {@code view}, in token order. */
  public List<Match> attributions(View view) {
    return match(view, attributionIndex);
  }

  /** Returns the matches of the enabled actor rules in {@code view}, in token order. */
  public List<Match> actors(View view) {
    return match(view, actorIndex);
  }

  private List<Match> match(View view, Map<String, List<Rule>> index) {
    Element.Context c = new Element.Context(view, grammar, lexicon);
    List<Match> matches = new ArrayList<>();
    List<Rule> byQuantity = index.getOrDefault(QUANTITY, List.of());
    boolean[] held = held(view);
    for (int i = 0; i < view.size(); i++) {
      List<Rule> candidates = index.get(view.token(i).norm());
      if (candidates != null) {
        for (Rule r : candidates) {
          if (possible(r, held)) {
            r.pattern().matchAt(r, c, i).ifPresent(matches::add);
          }
        }
      }
      if (!byQuantity.isEmpty() && view.quantityAt(i) != null) {
        for (Rule r : byQuantity) {
          if (possible(r, held)) {
            r.pattern().matchAt(r, c, i).ifPresent(matches::add);
          }
        }
      }
    }
    matches.sort(Comparator.comparingInt((Match m) -> m.span().start()));
    return matches;
  }
}
