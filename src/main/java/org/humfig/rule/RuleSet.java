package org.humfig.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.humfig.quantity.Dimension;
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
      list.add(c); // a rule is added once a word: its anchor words are a set
    }
  }

  /**
   * What one word of a sentence means to the rules: the sets of marks it is in, and the rules of
   * each kind anchored on it. One lookup a token finds all of it.
   */
  private record Word(
      int[] needs, List<Candidate> figures, List<Candidate> attributions, List<Candidate> actors) {}

  /** The words some rule is anchored on or needs, by word number; built after the indexes. */
  private final IntTable<Word> words = new IntTable<>();

  /** What the rule set read off one view: the marks it holds, and each token's word. */
  private record Marks(boolean[] held, Word[] words) {}

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
          known.set(Words.add(w));
        }
      }
    }
    for (int id = known.nextSetBit(0); id >= 0; id = known.nextSetBit(id + 1)) {
      words.put(
          id,
          new Word(
              needsByMark.get(id),
              figureIndex.byWord.get(id),
              attributionIndex.byWord.get(id),
              actorIndex.byWord.get(id)));
    }
  }

  /** The numbers of the words some rule is anchored on or needs. */
  private final java.util.BitSet known = new java.util.BitSet();

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
          known.set(word);
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

  /**
   * Returns which sets of marks {@code view} holds a mark of, by id, and what each token's word is.
   */
  private Marks marks(View view) {
    Object kept = view.marks(this);
    if (kept != null) {
      return (Marks) kept;
    }
    boolean[] held = new boolean[needCount];
    Word[] at = words(view.tokens(), held);
    List<QuantitySpan> quantities = view.quantities();
    for (int k = 0; k < quantities.size(); k++) {
      mark(held, Words.code(Element.dimension(quantities.get(k).quantity().dimension())));
    }
    Marks marks = new Marks(held, at);
    view.mark(this, marks);
    return marks;
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

  /**
   * False when no figure rule can match in any view of {@code tokens}, whatever quantities it
   * holds: no figure rule anchored on one of its words has every word it needs here, nor does one
   * anchored on a quantity. A view hides tokens but never adds one, so it holds no word these lack.
   * True says only that a figure may be found.
   */
  public boolean mayFindFigures(List<Token> tokens, Set<Dimension> dimensions) {
    boolean[] held = new boolean[needCount];
    for (Dimension d : dimensions) {
      mark(held, dimensionMarks[d.ordinal()]);
    }
    Word[] at = words(tokens, held);
    for (Candidate r : figureIndex.byQuantity) {
      if (possible(r, held)) {
        return true;
      }
    }
    for (Word w : at) {
      if (w != null && w.figures() != null) {
        for (Candidate r : w.figures()) {
          if (possible(r, held)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Returns what each token's word means to the rules, marking in {@code held} the sets it is in.
   */
  private Word[] words(List<Token> tokens, boolean[] held) {
    Word[] at = new Word[tokens.size()];
    for (int i = 0; i < at.length; i++) {
      Word w = words.get(tokens.get(i).word(largest));
      at[i] = w;
      if (w != null && w.needs() != null) {
        for (int id : w.needs()) {
          held[id] = true;
        }
      }
    }
    return at;
  }

  /** The word numbers of the marks of every quantity dimension. */
  private final int[] dimensionMarks =
      java.util.Arrays.stream(Dimension.values())
          .mapToInt(d -> Words.add(Element.dimension(d)))
          .toArray();

  /**
   * Returns the matches of the enabled figure, attribution and actor rules in {@code view} found by
   * trying every rule anchored at each token, without the checks that spare the tries that cannot
   * match: for tests that hold those checks to finding the same.
   */
  List<List<Match>> tryingEvery(View view) {
    return List.of(
        match(view, figureIndex, false),
        match(view, attributionIndex, false),
        match(view, actorIndex, false));
  }

  private List<Match> match(View view, Index index) {
    return match(view, index, true);
  }

  private List<Match> match(View view, Index index, boolean spare) {
    Element.Context c = null;
    List<Match> matches = new ArrayList<>();
    List<Candidate> byQuantity = index.byQuantity;
    Marks marks = marks(view);
    boolean[] held = marks.held();
    for (int i = 0; i < view.size(); i++) {
      Word w = marks.words()[i];
      List<Candidate> candidates =
          w == null
              ? null
              : index == figureIndex
                  ? w.figures()
                  : index == attributionIndex ? w.attributions() : w.actors();
      if (candidates != null) {
        for (int k = 0; k < candidates.size(); k++) {
          Candidate r = candidates.get(k);
          if (!spare || possible(r, held) && r.rule().pattern().mayMatchAt(view, i)) {
            if (c == null) {
              c = new Element.Context(view, grammar, lexicon);
            }
            Match m = r.rule().pattern().matchAt(r.rule(), c, i);
            if (m != null) {
              matches.add(m);
            }
          }
        }
      }
      if (!byQuantity.isEmpty() && view.quantityAt(i) != null) {
        for (int k = 0; k < byQuantity.size(); k++) {
          Candidate r = byQuantity.get(k);
          if (!spare || possible(r, held)) {
            if (c == null) {
              c = new Element.Context(view, grammar, lexicon);
            }
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
