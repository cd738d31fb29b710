package org.humfig.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.humfig.quantity.QuantitySpan;
import org.humfig.text.IntTable;
import org.humfig.text.Token;
import org.humfig.text.Words;

/**
 * The rules and lexicon one extraction runs with, indexed by anchor word.
 *
 * <p>Immutable and thread-safe: build once, share between workers.
 */
public final class RuleSet {

  private final List<Rule> rules;
  private final Lexicon lexicon;
  private final String language;
  private final Grammar grammar;
  private final Index figureIndex = new Index();
  private final Index attributionIndex = new Index();
  private final Index actorIndex = new Index();

  /** A rule with the ids of the sets of marks it needs. */
  private record Candidate(Rule rule, int[] needs) {}

  /** Rules by the number of their anchor word, and the rules anchored on their quantity. */
  private static final class Index {
    final IntTable<List<Candidate>> byWord = new IntTable<>();
    final List<Candidate> byQuantity = new ArrayList<>();

    void add(String word, Candidate c) {
      List<Candidate> list;
      if (word == null) {
        list = byQuantity;
      } else {
        int id = Words.add(word);
        list = byWord.get(id);
        if (list == null) {
          list = new ArrayList<>();
          byWord.put(id, list);
        }
      }
      if (!list.contains(c)) {
        list.add(c);
      }
    }
  }

  /**
   * What a sentence must hold for a rule to match in it: for each rule, the ids of sets of marks
   * (words, quantity dimensions) it needs one of each; for each mark, the ids of the sets holding
   * it. A sentence is checked once, with one lookup a token, and a rule it lacks a need of is not
   * tried at all.
   */
  private final IntTable<int[]> needsByMark = new IntTable<>();

  private int needCount;

  /** The largest word number the index and the marks use. */
  private int largest = -1;

  RuleSet(List<Rule> rules, Lexicon lexicon, String language) {
    this.rules = List.copyOf(rules);
    this.lexicon = lexicon;
    this.language = language;
    this.grammar = new Grammar(lexicon);
    for (Rule r : this.rules) {
      if (!r.enabled()) {
        continue;
      }
      Candidate c = new Candidate(r, needIds(r.pattern().needs(lexicon)));
      Index index = r.attribution() ? attributionIndex : r.actor() ? actorIndex : figureIndex;
      java.util.Set<String> words = r.pattern().anchorWords(lexicon);
      if (words == null) {
        index.add(null, c);
      } else {
        for (String w : words) {
          index.add(w, c);
          largest = Math.max(largest, Words.add(w));
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
          int word = Words.add(mark);
          largest = Math.max(largest, word);
          int[] old = needsByMark.get(word);
          int[] more = old == null ? new int[1] : java.util.Arrays.copyOf(old, old.length + 1);
          more[more.length - 1] = id;
          needsByMark.put(word, more);
        }
      }
      ids[k] = id;
    }
    return ids;
  }

  /** Returns which sets of marks {@code view} holds a mark of, by id. */
  private boolean[] held(View view) {
    boolean[] held = view.marks(this);
    if (held != null) {
      return held;
    }
    held = new boolean[needCount];
    view.mark(this, held);
    for (Token t : view.tokens()) {
      mark(held, t.word(largest));
    }
    for (QuantitySpan q : view.quantities()) {
      mark(held, Words.code(Element.dimension(q.quantity().dimension())));
    }
    return held;
  }

  private void mark(boolean[] held, int word) {
    int[] ids = needsByMark.get(word);
    if (ids != null) {
      for (int id : ids) {
        held[id] = true;
      }
    }
  }

  /** True when {@code held} has every set of marks rule {@code r} needs. */
  private static boolean possible(Candidate r, boolean[] held) {
    for (int id : r.needs()) {
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
    int[] ends = grammar.population(view, pos, Grammar.HEAD, null);
    List<Integer> list = new ArrayList<>(ends.length);
    for (int end : ends) {
      list.add(end);
    }
    return list;
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

  private List<Match> match(View view, Index index) {
    Element.Context c = new Element.Context(view, grammar, lexicon);
    List<Match> matches = new ArrayList<>();
    List<Candidate> byQuantity = index.byQuantity;
    boolean[] held = held(view);
    for (int i = 0; i < view.size(); i++) {
      List<Candidate> candidates = index.byWord.get(view.token(i).word(largest));
      if (candidates != null) {
        for (Candidate r : candidates) {
          if (possible(r, held)) {
            Match m = r.rule().pattern().matchAt(r.rule(), c, i);
            if (m != null) {
              matches.add(m);
            }
          }
        }
      }
      if (!byQuantity.isEmpty() && view.quantityAt(i) != null) {
        for (Candidate r : byQuantity) {
          if (possible(r, held)) {
            Match m = r.rule().pattern().matchAt(r.rule(), c, i);
            if (m != null) {
              matches.add(m);
            }
          }
        }
      }
    }
    matches.sort(Comparator.comparingInt((Match m) -> m.span().start()));
    return matches;
  }
}
