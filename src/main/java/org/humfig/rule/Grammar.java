package org.humfig.rule;

import java.util.ArrayList;
import java.util.List;
import org.humfig.quantity.Dimension;
import org.humfig.quantity.QuantitySpan;
import org.humfig.text.PhraseTable;
import org.humfig.text.Token;

/**
 * The two phrase grammars that patterns name with {@code POP} and {@code SRC}, built on lexicon
 * classes so their words are data.
 *
 * <p>A population phrase is {@code [of] [determiner] modifier* head [(and|or) modifier? head]}:
 * "people", "of civilians", "Syrian men and boys", "of eastern Aleppo's estimated 275,000
 * residents" (a quantity may appear among the modifiers only after "of", the partitive "70,000 of
 * the city's 275,000 residents"). A source phrase is a run of up to ten words that stops at
 * punctuation or a word of class {@code source_stop}.
 */
final class Grammar {

  static final String HEAD = "population_noun";
  static final String DETERMINER = "determiner";
  static final String FUNCTION_WORD = "function_word";
  static final String SOURCE_STOP = "source_stop";
  static final String NAME_AND = "name_and";
  static final String SOURCE_AND = "source_and";
  static final String SOURCE_NOUN = "source_noun";
  static final String SOURCE_OPENER = "source_opener";
  static final String NAME_OF = "name_of";
  static final String NAME_JOINER = "name_joiner";
  static final String ORGANISATION_WORD = "organisation_word";
  static final String SOURCE_PERSON = "source_person";
  static final String PLACE_PREPOSITION = "place_preposition";
  static final String PARTITIVE = "partitive";
  static final String COORDINATOR = "coordinator";
  static final String PLACE_JOINER = "place_joiner";
  static final String POSSESSIVE = "possessive";
  static final String SOURCE_JOINER = "source_joiner";
  static final String ITEM_PREPOSITION = "item_preposition";
  static final String QUANTITY_FOLLOWER = "quantity_follower";
  static final String PARTICIPLE = "participle";
  static final String PLACE_ADVERB = "place_adverb";
  static final String PARTITIVE_PRONOUN = "partitive_pronoun";
  static final String TITLE_ABBREVIATION = "title_abbreviation";
  static final String VERB_NAME = "verb_name";
  static final String INTRODUCTORY = "introductory";
  static final String INCREMENT = "increment";
  static final String YOUNG_NOUN = "young_noun";
  static final String AGE_BOUND = "age_bound";
  static final List<String> REQUIRED =
      List.of(
          HEAD,
          DETERMINER,
          FUNCTION_WORD,
          SOURCE_STOP,
          PLACE_PREPOSITION,
          PARTITIVE,
          COORDINATOR,
          PLACE_JOINER,
          POSSESSIVE,
          SOURCE_JOINER,
          ITEM_PREPOSITION,
          QUANTITY_FOLLOWER,
          PARTICIPLE,
          PLACE_ADVERB,
          PARTITIVE_PRONOUN);

  private static final int MAX_MODIFIERS = 5;
  private static final int MAX_SOURCE = 10;
  static final int MAX_POPULATION = 24;

  /**
   * How long a phrase of where people are from may be: "from the town of Santa Cruz de las Lomas in
   * the north-west" takes twelve tokens.
   */
  private static final int MAX_PLACE = 12;

  private final Lexicon lex;

  Grammar(Lexicon lex) {
    this.lex = lex;
  }

  /**
   * Returns the ends of population phrases starting at {@code pos}, longest first. The head must be
   * a phrase of {@code headClass} and, when {@code excluded} is not null, not one of that class.
   */
  int[] population(View v, int pos, String headClass, String excluded) {
    Ends ends = new Ends();
    int n = v.size();
    int k = pos;
    boolean generic = headClass.equals(HEAD);
    if (k < n && lex.contains(QUANTITY_FOLLOWER, v.token(k))) {
      // "thousands [more] are missing", "two [more] people"
      k++;
      if (generic && (k >= n || heads(v, k, headClass, excluded).isEmpty())) {
        ends.add(k);
        place(v, k, ends);
      }
    } else if (k < n && generic && lex.contains(ITEM_PREPOSITION, v.token(k))) {
      // "149,000 [in Aleppo] have been displaced": a count whose people are named by the place
      place(v, k, ends);
    }
    boolean partitive = false;
    if (k < n && lex.contains(PARTITIVE, v.token(k))) {
      partitive = true;
      k++;
      if (generic && k < n && lex.contains(PARTITIVE_PRONOUN, v.token(k))) {
        // "60,000 [of them] fled the capital": a part of people named before
        ends.add(k + 1);
        place(v, k + 1, ends);
      }
    }
    if (k < n && lex.contains(DETERMINER, v.token(k))) {
      k++;
    }
    boolean usedQuantity = false;
    for (int mods = 0; k < n && mods <= MAX_MODIFIERS; mods++) {
      for (PhraseTable.Hit<Boolean> head : heads(v, k, headClass, excluded)) {
        addHead(v, head.end(), headClass, excluded, ends);
      }
      QuantitySpan q = v.quantityAt(k);
      if (q != null && q.quantity().dimension() == Dimension.AGE) {
        k = q.end(); // "three [12-year-old] boys": an age describes the people, as a word would
      } else if (q != null) {
        if (!partitive || usedQuantity) {
          break;
        }
        usedQuantity = true;
        k = q.end();
      } else if (modifier(v.token(k))
          || (lex.contains(COORDINATOR, v.token(k)) && k + 1 < n && modifier(v.token(k + 1)))) {
        k++;
      } else {
        break;
      }
    }
    return ends.descending();
  }

  /** The ends of the phrases found from one position, in the order found. */
  private static final class Ends {
    private int[] ends = new int[4];
    private int size;

    void add(int end) {
      if (size == ends.length) {
        ends = java.util.Arrays.copyOf(ends, size * 2);
      }
      ends[size++] = end;
    }

    /** Returns the ends, each once, longest phrase first. */
    int[] descending() {
      if (size == 0) {
        return Element.NONE;
      }
      java.util.Arrays.sort(ends, 0, size);
      int[] out = new int[size];
      int n = 0;
      for (int k = size - 1; k >= 0; k--) {
        if (n == 0 || out[n - 1] != ends[k]) {
          out[n++] = ends[k];
        }
      }
      return n == 1 ? Element.one(out[0]) : n == size ? out : java.util.Arrays.copyOf(out, n);
    }
  }

  /** Adds the ends of a head and of what may follow it: more heads, a place, a participle. */
  private void addHead(View v, int end, String headClass, String excluded, Ends ends) {
    ends.add(end);
    QuantitySpan age = end < v.size() ? v.quantityAt(end) : null;
    if (age != null
        && (age.quantity().dimension() == Dimension.AGE
            || (lex.contains(YOUNG_NOUN, v.token(end - 1))
                && lex.contains(AGE_BOUND, v.token(end))))) {
      // "children [under the age of five]", "children [under five]": an age describes the people
      ends.add(age.end());
    }
    coordinated(v, end, headClass, excluded, ends);
    place(v, end, ends);
    participle(v, end, ends);
  }

  private List<PhraseTable.Hit<Boolean>> heads(View v, int k, String headClass, String excluded) {
    List<PhraseTable.Hit<Boolean>> hits = lex.table(headClass).startingAt(v.tokens(), k);
    if (excluded == null || hits.isEmpty()) {
      return hits;
    }
    List<PhraseTable.Hit<Boolean>> kept = new ArrayList<>(hits.size());
    List<PhraseTable.Hit<Boolean>> not = lex.table(excluded).startingAt(v.tokens(), k);
    for (PhraseTable.Hit<Boolean> h : hits) {
      if (not.stream().noneMatch(x -> x.end() == h.end())) {
        kept.add(h);
      }
    }
    return kept;
  }

  /**
   * "men and boys", "women, children and men": adds the ends of heads listed after the first, with
   * commas and a last coordinator; a head after a count is another item ("three soldiers and two
   * civilians").
   */
  private void coordinated(View v, int k, String headClass, String excluded, Ends ends) {
    int at = k;
    while (at + 1 < v.size()) {
      Token t = v.token(at);
      boolean comma = t.is(",");
      int h = at + 1;
      if (comma && lex.contains(COORDINATOR, v.token(h))) {
        h++;
      } else if (!comma && !lex.contains(COORDINATOR, t)) {
        return;
      }
      int next = -1;
      for (int skip = 0; skip <= 1 && h < v.size() && next < 0; skip++) {
        List<PhraseTable.Hit<Boolean>> heads = heads(v, h, headClass, excluded);
        if (!heads.isEmpty()) {
          next = heads.get(0).end();
        } else if (!modifier(v.token(h)) || v.quantityCovering(h) != null) {
          return; // "three soldiers and [two] civilians": a count opens an item of its own
        } else {
          h++;
        }
      }
      if (next < 0) {
        return;
      }
      if (!comma || lex.contains(COORDINATOR, v.token(at + 1))) {
        ends.add(next);
        place(v, next, ends);
      }
      if (!comma) {
        return;
      }
      at = next;
    }
  }

  /**
   * "people [attending a wedding in Yemen]": adds the ends of a participle phrase after a head, up
   * to {@link #MAX_PLACE} tokens of names, nouns, numbers and joining words.
   */
  private void participle(View v, int k, Ends ends) {
    int end = lex.phraseAt(PARTICIPLE, v.tokens(), k);
    if (end > k) {
      phrase(v, end - 1, ends);
    }
  }

  /**
   * "people [from the town of Bria in Haute Kotto prefecture]": adds the ends of a phrase saying
   * where the people are from or in, up to {@link #MAX_PLACE} tokens of names, nouns, numbers and
   * the words that join them.
   */
  private void place(View v, int k, Ends ends) {
    if (k < v.size() && lex.contains(PLACE_PREPOSITION, v.token(k))) {
      phrase(v, k, ends);
    } else if (k < v.size() && lex.contains(PLACE_ADVERB, v.token(k))) {
      ends.add(k + 1); // "120 million people [worldwide]"
    }
  }

  /**
   * Adds the ends of the content words after the word at {@code k}, up to {@link #MAX_PLACE}. A
   * number belongs to the phrase only right after a preposition or a name ("from 12 villages", "in
   * Camp 4"), so "in Homs and 3 in Hama" stops before the 3.
   */
  private void phrase(View v, int k, Ends ends) {
    for (int j = k + 1; j < v.size() && j - k <= MAX_PLACE; j++) {
      Token t = v.token(j);
      Token prev = v.token(j - 1);
      boolean joiner = lex.contains(PLACE_JOINER, t) || lex.contains(PLACE_PREPOSITION, t);
      boolean number = v.quantityCovering(j) != null || t.shape() == Token.Shape.NUMBER;
      boolean numberAllowed =
          j == k + 1
              || lex.contains(PLACE_PREPOSITION, prev)
              || (prev.shape() == Token.Shape.WORD && prev.capitalized())
              || v.quantityCovering(j - 1) != null
              || prev.shape() == Token.Shape.NUMBER;
      if (number && !numberAllowed) {
        return;
      }
      if (lex.contains(INCREMENT, t) && j + 1 < v.size() && v.quantityAt(j + 1) != null) {
        return; // "in Homs and [another] 3 in Hama": the word opens the next item
      }
      boolean content =
          number || (t.shape() == Token.Shape.WORD && !lex.contains(FUNCTION_WORD, t));
      if (content) {
        ends.add(j + 1);
      } else if (!joiner) {
        return;
      }
    }
  }

  private boolean modifier(Token t) {
    if (lex.contains(POSSESSIVE, t)) {
      return true;
    }
    // "two [US] soldiers", "five [IS] fighters": an acronym is a name, though its letters spell a
    // function word
    return t.shape() == Token.Shape.WORD && (t.acronym() || !lex.contains(FUNCTION_WORD, t));
  }

  /** Returns the end of the source phrase starting at {@code pos}, or -1 when none does. */
  int sourceEnd(View v, int pos) {
    int k = pos;
    while (k < v.size()
        && k - pos < MAX_SOURCE
        && (sourceWord(v, k)
            || nameAnd(v, k)
            || bodyAnd(v, k)
            || (k > pos && sourceAndAfter(v, k)))) {
      k++;
    }
    return k > pos ? k : -1;
  }

  /**
   * True when the word at {@code k} joins a second source to the one a source phrase read forwards
   * has ended on: "according to [witnesses and local officials]", "according to [the health
   * ministry and the Red Crescent]". The word before it must be a source's noun, an acronym or a
   * name's last word, and a word follow it, not a number ("according to police and 12 others were
   * hurt").
   */
  private boolean sourceAndAfter(View v, int k) {
    if (k < 1 || k + 1 >= v.size() || !lex.contains(SOURCE_AND, v.token(k))) {
      return false;
    }
    Token before = v.token(k - 1);
    Token after = v.token(k + 1);
    return after.shape() == Token.Shape.WORD
        && !lex.contains(SOURCE_STOP, after)
        && (lex.contains(SOURCE_NOUN, before)
            || (before.shape() == Token.Shape.WORD && (before.acronym() || before.capitalized())));
  }

  /**
   * Returns the start of the source phrase ending just before {@code end}, or -1 when none does.
   */
  int sourceStart(View v, int end) {
    int k = end;
    while (k > 0
        && end - k < MAX_SOURCE
        && (sourceWord(v, k - 1)
            || nameAnd(v, k - 1)
            || bodyAnd(v, k - 1)
            || sourceAnd(v, k - 1, end))) {
      k--;
    }
    // A source does not end with a possessive ("eastern Aleppo's estimated").
    if (k < end && lex.contains(POSSESSIVE, v.token(end - 1))) {
      return -1;
    }
    return k < end ? k : -1;
  }

  /**
   * True when the word at {@code k} joins two sources before the end of a source phrase at {@code
   * end}: "[activists and medics] say", "[police and hospital officials] said", "[the army and the
   * Red Cross] said". The word before it must be a source's noun or an acronym, so that "12 people
   * were killed and police said" stays "police"; or the last word of a name that opens with an
   * article or the sentence, before another name that does ("[The United Nations and the Red Cross]
   * said", "[Save the Children and UNICEF] said"), so that "killed 12 in Gaza and the Israeli army
   * said" stays "the Israeli army".
   */
  private boolean sourceAnd(View v, int k, int end) {
    if (k < 1 || k + 1 >= end || !lex.contains(SOURCE_AND, v.token(k))) {
      return false;
    }
    Token before = v.token(k - 1);
    if (lex.contains(SOURCE_NOUN, before)
        || (before.shape() == Token.Shape.WORD && before.acronym())) {
      return true;
    }
    Token after = v.token(k + 1);
    boolean name =
        (after.shape() == Token.Shape.WORD && after.acronym())
            || (k + 2 < end && lex.contains(SOURCE_OPENER, after) && v.token(k + 2).capitalized());
    if (!before.capitalized() || !name) {
      return false;
    }
    int j = k - 1;
    while (j > 0 && v.token(j - 1).capitalized()) {
      j--;
    }
    return j == 0 || lex.contains(SOURCE_OPENER, v.token(j - 1));
  }

  /**
   * True when the word at {@code k} joins two common words of a body's name written in lower case:
   * after a body's word and its "of" ("the ministry of relief [and] rehabilitation"), or before the
   * word of a body or a person that ends it ("the district relief [and] rehabilitation officer").
   */
  private boolean bodyAnd(View v, int k) {
    if (k < 2
        || k + 1 >= v.size()
        || !lex.contains(NAME_AND, v.token(k))
        || !plain(v.token(k - 1))
        || !plain(v.token(k + 1))) {
      return false;
    }
    if (k + 2 < v.size()
        && (lex.contains(ORGANISATION_WORD, v.token(k + 2))
            || lex.contains(SOURCE_PERSON, v.token(k + 2)))) {
      return true;
    }
    for (int j = k - 2; j > 0 && k - j <= MAX_NAME_OF; j--) {
      Token t = v.token(j);
      if (lex.contains(NAME_OF, t)) {
        return lex.contains(ORGANISATION_WORD, v.token(j - 1));
      }
      if (!plain(t)) {
        return false;
      }
    }
    return false;
  }

  /** A lower-case word that is no source's noun and stops no source phrase. */
  private boolean plain(Token t) {
    return t.shape() == Token.Shape.WORD
        && !t.capitalized()
        && !lex.contains(SOURCE_STOP, t)
        && !lex.contains(SOURCE_NOUN, t)
        && !lex.contains(SOURCE_OPENER, t)
        && !lex.contains(FUNCTION_WORD, t);
  }

  /** How far before a name's "and" its "of" may stand: "Ministry of Disaster Management and". */
  private static final int MAX_NAME_OF = 4;

  /**
   * True when the word at {@code k} joins two capitalised parts of a body's name that an "of" or
   * "for" opened ("the Ministry of Health and Population") or that a word of a body's name closes
   * ("the Disaster and Emergency Management Authority").
   */
  private boolean nameAnd(View v, int k) {
    if (k < 2
        || k + 1 >= v.size()
        || !lex.contains(NAME_AND, v.token(k))
        || !v.token(k + 1).capitalized()
        || !v.token(k - 1).capitalized()) {
      return false;
    }
    for (int j = k - 2; j > 0 && k - j <= MAX_NAME_OF; j--) {
      Token t = v.token(j);
      if (lex.contains(NAME_OF, t)) {
        return v.token(j - 1).capitalized();
      }
      if (!t.capitalized()) {
        break;
      }
    }
    // "the Disaster and Emergency Management Authority": capitalised words after the "and" up to
    // the body's word
    for (int j = k + 1; j < v.size() && j - k <= MAX_NAME_OF + 1; j++) {
      Token t = v.token(j);
      if (!t.capitalized()) {
        return false;
      }
      if (lex.contains(ORGANISATION_WORD, t)) {
        return true;
      }
    }
    return false;
  }

  /** True for a name's initial: one capital letter, then a full stop ("K. Rajan"). */
  private static boolean initial(View v, int k) {
    String text = v.token(k).text();
    return text.length() == 1
        && Character.isUpperCase(text.charAt(0))
        && k + 2 < v.size()
        && v.token(k + 2).capitalized();
  }

  private boolean sourceWord(View v, int k) {
    Token t = v.token(k);
    if (lex.contains(SOURCE_JOINER, t) || t.shape() == Token.Shape.NUMBER) {
      return true;
    }
    if (t.is(".")
        && k > 0
        && (lex.contains(TITLE_ABBREVIATION, v.token(k - 1)) || initial(v, k - 1))) {
      return true; // "Dr. Abebe Kebede", "K. Rajan"
    }
    // an acronym is a name even where it spells a stop word: "the WHO said"
    return t.shape() == Token.Shape.WORD
        && (!lex.contains(SOURCE_STOP, t) || t.acronym() || nameJoiner(v, k) || givenName(v, k));
  }

  /**
   * True when the stop word at {@code k} is a given name that spells a reporting verb, written with
   * a capital before another word of the name: "spokesman [Said] Ahmed said". Such a word is no
   * word of a lexicon class either.
   */
  boolean givenName(View v, int k) {
    if (k < 0 || k + 1 >= v.size()) {
      return false;
    }
    Token t = v.token(k);
    if (!lex.contains(VERB_NAME, t) || !Character.isUpperCase(t.text().charAt(0))) {
      return false;
    }
    Token next = v.token(k + 1);
    return next.shape() == Token.Shape.WORD
        && next.capitalized()
        && !next.acronym()
        && !lex.contains(SOURCE_STOP, next)
        && !lex.contains(INTRODUCTORY, next); // "Officials Said Monday" of a headline
  }

  /**
   * True when the stop word at {@code k} joins a body's name: "the Committee [to] Protect
   * Journalists", between a capitalised word of an organisation's name and a capitalised word.
   */
  private boolean nameJoiner(View v, int k) {
    return k > 0
        && k + 1 < v.size()
        && lex.contains(NAME_JOINER, v.token(k))
        && v.token(k - 1).capitalized()
        && lex.contains(ORGANISATION_WORD, v.token(k - 1))
        && v.token(k + 1).capitalized();
  }
}
