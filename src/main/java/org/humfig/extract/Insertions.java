package org.humfig.extract;

import java.util.ArrayList;
import java.util.List;
import org.humfig.quantity.QuantityParser;
import org.humfig.quantity.QuantitySpan;
import org.humfig.rule.Lexicon;
import org.humfig.text.Token;

/**
 * Marks the insertions of a sentence, which rule patterns look through: a bracketed aside; a
 * comma-delimited phrase opened by a word of class {@code insertion_opener} ("16 people, including
 * 13 children, were killed"; "the Observatory, a war monitor, said"); a source's aside, opened by a
 * word of class {@code number_aside_opener}, set between a word and its number ("the evacuation of,
 * according to the agency, 3,000 people") or between a number's phrase and its verb ("16 people,
 * according to the ministry, were killed"); a number restated between dashes ("18,000 families --
 * around 80,000 people -- are staying in camps").
 *
 * <p>A phrase opened by a word of class {@code name_appositive_opener} ("the") after a capitalised
 * word is a description of that name when it holds no number, finite verb, source or report (a
 * source's word that modifies a noun, "the state capital", is none): "the displaced population of
 * Marib, the largest city in the region, has reached 40,000". Its closing comma stays when a
 * source's report follows ("in Bor, the state capital, the U.N. said").
 *
 * <p>A phrase opened by a word of class {@code appositive_opener} ("a", "an") is a noun phrase set
 * beside another only when no verb of class {@code clause_verb} sits in it and it does not open
 * with a quantity, and does not follow the sentence's opening phrase: in "Now, an estimated 4
 * million people are displaced, ...", "In Kivu, an estimated 2,000 people fled, ..." and "In Rafah,
 * an air strike killed 17 people, ..." the commas do not enclose an aside.
 */
final class Insertions {

  private static final int MAX_BRACKET = 25;
  private static final int MAX_COMMA = 16;
  private static final int MAX_DASH = 12;
  private static final int MAX_REPORT = 8;
  private static final int MAX_SUBJECT = 4;
  private static final int MAX_TOLL = 6;
  private static final int MAX_BARE = 8;

  /**
   * The most words of a subject's modifier after its opener and auxiliary: "who were on the site
   * when the building came down last Monday".
   */
  private static final int MAX_MODIFIER = 12;

  private Insertions() {}

  /** Returns, for each token, whether it lies in an insertion (its delimiters included). */
  static boolean[] mark(List<Token> tokens, Lexicon lex, QuantityParser quantities) {
    boolean[] hidden = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.is("(")) {
        int close = find(tokens, i + 1, MAX_BRACKET, ")");
        if (close == i + 2 && i > 0 && lex.contains("bracketed_day_after", tokens.get(i - 1))) {
          // "on Friday (10)": the day of the month the weekday falls on, part of the date
          i = close;
        } else if (close > 0) {
          fill(hidden, i, close + 1);
          i = close;
        }
      } else if (dash(t) && i > 0) {
        int close = restatement(tokens, i, lex, quantities);
        if (close > 0) {
          fill(hidden, i, close + 1);
          i = close;
        }
      } else if (t.is(",") && i > 0 && partAside(tokens, i, lex, quantities) > 0) {
        // "Fifteen people[, two of them children,] were killed"
        int close = partAside(tokens, i, lex, quantities);
        fill(hidden, i, close + 1);
        i = close;
      } else if (t.is(",") && i > 0 && appositiveCount(tokens, i, lex, quantities) > 0) {
        // "A larger group[,] about 4,000 people[,] returned": the verb's subject is the count
        int close = appositiveCount(tokens, i, lex, quantities);
        hidden[close] = true;
        i = close;
      } else if (t.is(",")
          && i > 0
          && i + 1 < tokens.size()
          && lex.startsAt("insertion_opener", tokens, i + 1)) {
        int close = find(tokens, i + 1, MAX_COMMA, ",");
        if (close > 0) {
          close = numberList(tokens, close, lex);
        }
        if (close > 0
            && !clause(tokens, i + 1, close, lex, quantities)
            && !roleOfName(tokens, i + 1, close, lex)) {
          // "killed 92 people, including 35 children, the ministry said": after a part, the closing
          // comma also opens the report
          fill(hidden, i, partThenReport(tokens, i + 1, close, lex) ? close : close + 1);
          // "..., a larger group, about 4,000 people, returned": the aside ends on a count's comma
          int count = appositiveCount(tokens, close, lex, quantities);
          if (count > 0) {
            hidden[count] = true;
          }
          i = Math.max(close, count);
        } else if (close < 0 && lex.startsAt("insertion_to_end", tokens, i + 1)) {
          int end = tokens.size();
          while (end > i && tokens.get(end - 1).shape() == Token.Shape.PUNCT) {
            end--;
          }
          fill(hidden, i, end);
          i = end;
        }
      } else if (t.is(",") && i > 0 && lex.startsAt("number_aside_opener", tokens, i + 1)) {
        int close = find(tokens, i + 1, MAX_COMMA, ",");
        if (close > 0
            && (quantities.parseAt(tokens, close + 1).isPresent()
                || verbAfterNumber(tokens, i, close, lex))) {
          fill(hidden, i, close + 1);
          i = close;
        }
      } else if (t.is(",") && i > 0 && shareEnd(tokens, i + 1, lex, quantities) > 0) {
        // "Two million people[, nearly half the population,] have fled"
        int end = shareEnd(tokens, i + 1, lex, quantities);
        if (end < tokens.size() && tokens.get(end).is(",")) {
          fill(hidden, i, end + 1);
          i = end;
        }
      } else if (i > 0
          && !tokens.get(i - 1).is(",")
          && lex.startsAt("bare_insertion_opener", tokens, i)) {
        int close = bareBreakdown(tokens, i, lex, quantities);
        if (close > 0) {
          fill(hidden, i, close);
          i = close - 1;
        }
      } else if (t.is(",")
          && i > 1
          && tokens.get(i - 1).capitalized()
          && i + 1 < tokens.size()
          && lex.startsAt("name_appositive_opener", tokens, i + 1)) {
        int close = find(tokens, i + 1, MAX_COMMA, ",");
        if (close > 0 && description(tokens, i + 1, close, lex, quantities)) {
          // "in Bor, the capital of the state, the U.N. said": the comma also opens the report
          fill(hidden, i, reportAfter(tokens, close + 1, lex) ? close : close + 1);
          i = close;
        }
      }
    }
    return hidden;
  }

  /**
   * Returns the comma that closes an aside whose comma at {@code close} goes on with bare numbers:
   * "Four men, aged 20[, 22, 25 and 31,] were killed"; {@code close} when no such list follows.
   */
  private static int numberList(List<Token> tokens, int close, Lexicon lex) {
    int k = close;
    while (true) {
      int j = k + 1;
      boolean number = false;
      while (j < tokens.size()
          && (tokens.get(j).shape() == Token.Shape.NUMBER
              || lex.contains("coordinator", tokens.get(j)))) {
        number |= tokens.get(j).shape() == Token.Shape.NUMBER;
        j++;
      }
      if (!number || j >= tokens.size() || !tokens.get(j).is(",")) {
        return k;
      }
      k = j;
    }
  }

  /**
   * Returns the closing comma of a count of people set beside a noun phrase and followed by its
   * verb, or -1: "Most of the town's residents, some 20,000 people, have fled"; "Another group,
   * around 900 families, were displaced". The phrase before, back to the clause's start, holds no
   * number or finite verb within {@link #MAX_COMMA} words; between the commas stand a count and a
   * population word, or two joined by a coordinator ("12 women and three children"); after them an
   * auxiliary or a word of class {@code bare_insertion_close}. The count is then the subject its
   * verb reads.
   */
  private static int appositiveCount(
      List<Token> tokens, int open, Lexicon lex, QuantityParser quantities) {
    int start = open;
    while (start > 0 && !boundary(tokens, start - 1, lex)) {
      Token t = tokens.get(start - 1);
      if (open - start >= MAX_COMMA
          || t.shape() == Token.Shape.NUMBER
          || lex.contains("clause_verb", t)
          || lex.contains("gap_stop", t)) {
        return -1;
      }
      start--;
    }
    if (start == open) {
      return -1;
    }
    int k = open + 1;
    for (int item = 0; item < 2; item++) {
      QuantitySpan q = quantities.parseAt(tokens, k).orElse(null);
      int head = q == null ? -1 : lex.phraseAt("population_noun", tokens, q.end());
      if (head < 0) {
        return -1;
      }
      k = head;
      if (k + 1 < tokens.size() && lex.contains("coordinator", tokens.get(k)) && item == 0) {
        k++;
      } else {
        break;
      }
    }
    if (k + 1 >= tokens.size() || !tokens.get(k).is(",")) {
      return -1;
    }
    return lex.contains("aux", tokens.get(k + 1))
            || lex.startsAt("bare_insertion_close", tokens, k + 1)
        ? k
        : -1;
  }

  /**
   * True when the token at {@code k} ends the clause before a noun phrase: punctuation, "and",
   * "that", or a report's verb ("officials said a first group, ...").
   */
  private static boolean boundary(List<Token> tokens, int k, Lexicon lex) {
    Token t = tokens.get(k);
    return t.shape() == Token.Shape.PUNCT
        || lex.contains("coordinator", t)
        || lex.contains("complementizer", t)
        || lex.contains("report_verb", t);
  }

  /**
   * Returns the relative clauses set off by commas that hold a number, as [opening comma, closing
   * comma] token indices: "Cyclone Idai[, which killed more than 600 people,] hit the coast". The
   * marks hide them from their sentence, whose patterns look through them; they are read on their
   * own.
   */
  static List<int[]> relativeClauses(
      List<Token> tokens, boolean[] hidden, Lexicon lex, QuantityParser quantities) {
    List<int[]> clauses = new ArrayList<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!hidden[i] || !tokens.get(i).is(",") || !lex.contains("relative", tokens.get(i + 1))) {
        continue;
      }
      int close = find(tokens, i + 1, MAX_COMMA, ",");
      if (close > 0 && hidden[close] && !quantities.parse(tokens.subList(i + 1, close)).isEmpty()) {
        clauses.add(new int[] {i, close});
        i = close;
      }
    }
    return clauses;
  }

  /**
   * Returns the phrases without commas that tell which people a count's subject means, set between
   * its people and their verb, as [first, last] token indices: "2,000 people [whose homes were
   * destroyed] are sheltering in schools", "4,000 people [living on unstable ground] are being
   * moved", "148 fighters [loyal to the former government] had died". The phrase opens with a word
   * of class {@code subject_modifier} right after a word of class {@code population_noun} that
   * follows a number, and ends before the verb's auxiliary; after a possessive opener ("whose") its
   * own auxiliary and participle come first, and "or who ..." goes on. A sentence is read again
   * with the phrase hidden, for the numbers it gave no figure.
   */
  static List<int[]> subjectModifiers(
      List<Token> tokens, boolean[] hidden, Lexicon lex, QuantityParser quantities) {
    List<int[]> phrases = new ArrayList<>();
    for (int k = 2; k + 1 < tokens.size(); k++) {
      if (hidden[k]
          || !lex.contains("subject_modifier", tokens.get(k))
          || !lex.contains("population_noun", tokens.get(k - 1))) {
        continue;
      }
      int number = -1;
      for (int j = k - 2; j >= 0 && k - j <= MAX_SUBJECT; j--) {
        Token t = tokens.get(j);
        if (t.shape() == Token.Shape.NUMBER || quantities.parseAt(tokens, j).isPresent()) {
          number = j; // "33 workers", "Twelve children"
          break;
        }
        if (t.shape() == Token.Shape.PUNCT || lex.contains("aux", t)) {
          break;
        }
      }
      int end = number < 0 ? -1 : modifierEnd(tokens, k, lex);
      if (end > k) {
        phrases.add(new int[] {k, end - 1});
      }
      int bare = number < 0 ? -1 : possessiveEnd(tokens, k, lex);
      if (bare > k && bare != end) {
        phrases.add(new int[] {k, bare - 1}); // "whose houses collapsed [are] sheltering"
      }
      k = Math.max(k, Math.max(end, bare));
    }
    return phrases;
  }

  /**
   * The index of the first auxiliary after a possessive opener at {@code k} whose clause has a verb
   * of its own without one ("whose houses collapsed [are] sheltering"), or -1.
   */
  private static int possessiveEnd(List<Token> tokens, int k, Lexicon lex) {
    if (!lex.contains("possessive_relative", tokens.get(k))) {
      return -1;
    }
    for (int j = k + 1; j < tokens.size() && j - k <= MAX_SUBJECT; j++) {
      Token t = tokens.get(j);
      if (lex.contains("aux", t)) {
        return j - k >= 3 ? j : -1;
      }
      if (t.shape() == Token.Shape.PUNCT || t.shape() == Token.Shape.NUMBER) {
        return -1;
      }
    }
    return -1;
  }

  /** The index of the auxiliary after a subject's modifier opened at {@code k}, or -1. */
  private static int modifierEnd(List<Token> tokens, int k, Lexicon lex) {
    int j = k + 1;
    if (lex.contains("possessive_relative", tokens.get(k))) {
      // "whose homes were destroyed [or damaged]": its own noun, auxiliary and participle
      while (j < tokens.size() && j - k <= MAX_SUBJECT && !lex.contains("aux", tokens.get(j))) {
        j++;
      }
      while (j < tokens.size() && lex.contains("aux", tokens.get(j))) {
        j++;
      }
      j++;
      if (j + 1 < tokens.size() && lex.contains("coordinator", tokens.get(j))) {
        j += lex.contains("subject_modifier", tokens.get(j + 1)) ? 1 : 2;
      }
      if (j >= tokens.size() || !lex.contains("subject_modifier", tokens.get(j))) {
        return j < tokens.size() && lex.contains("aux", tokens.get(j)) ? j : -1;
      }
      j++;
    }
    while (j < tokens.size() && lex.contains("aux", tokens.get(j))) {
      j++; // "who had fled": the clause's own auxiliary
    }
    int start = j;
    while (j < tokens.size()
        && j - start < MAX_MODIFIER
        && tokens.get(j).shape() != Token.Shape.PUNCT
        && tokens.get(j).shape() != Token.Shape.NUMBER
        && !lex.contains("aux", tokens.get(j))
        && !harmed(tokens, j, lex)) {
      j++;
    }
    return j > start
            && j < tokens.size()
            && (lex.contains("aux", tokens.get(j)) || harmed(tokens, j, lex))
        ? j
        : -1;
  }

  /**
   * True when the word at {@code j} makes people casualties without an auxiliary, the verb of a
   * subject after its modifier: "12 passengers who were on the bus when it overturned [died]".
   */
  private static boolean harmed(List<Token> tokens, int j, Lexicon lex) {
    return lex.startsAt("killed", tokens, j)
        || lex.startsAt("injured", tokens, j)
        || lex.startsAt("missing", tokens, j);
  }

  /**
   * True when the phrase from {@code from} to {@code close} describes the name before it ("Marib,
   * the largest city in the region,"): no number, finite verb, source or report in it ("Yangon, the
   * minister for relief, said" names a person).
   */
  private static boolean description(
      List<Token> tokens, int from, int close, Lexicon lex, QuantityParser quantities) {
    for (int k = from; k < close; k++) {
      if (lex.contains("clause_verb", tokens.get(k))
          || lex.contains("role_noun", tokens.get(k))
          || (lex.contains("source_noun", tokens.get(k)) && !attributive(tokens, close, k, lex))
          || lex.startsAt("report_verb", tokens, k)
          || lex.startsAt("according", tokens, k)
          || lex.startsAt("citing", tokens, k)) {
        return false;
      }
    }
    return quantities.parse(tokens.subList(from, close)).isEmpty();
  }

  /**
   * True when the word at {@code k} modifies a lower-case noun after it inside a description that
   * is no source's word: "Makurdi, the [state] capital," and "the Benue [State] capital" name a
   * place's kind, not a source.
   */
  private static boolean attributive(List<Token> tokens, int close, int k, Lexicon lex) {
    if (k + 1 >= close) {
      return false;
    }
    Token next = tokens.get(k + 1);
    return next.shape() == Token.Shape.WORD
        && !next.capitalized()
        && !lex.contains("source_noun", next)
        && !lex.contains("role_noun", next);
  }

  /**
   * True when an aside from {@code open} to {@code close} stands between a number's phrase and its
   * verb, "at least 16 people, according to the ministry, were killed", or between a toll and its
   * verb: "the death toll, according to the ministry, stands at 112" (a phrase of class {@code
   * toll_noun}, or one opened by a phrase of class {@code number_of}, before a verb of class {@code
   * toll_verb}).
   */
  private static boolean verbAfterNumber(List<Token> tokens, int open, int close, Lexicon lex) {
    if (close + 1 >= tokens.size()) {
      return false;
    }
    boolean aux = lex.contains("aux", tokens.get(close + 1));
    if ((aux || lex.startsAt("toll_verb", tokens, close + 1)) && tollBefore(tokens, open, lex)) {
      return true;
    }
    if (!aux) {
      return false;
    }
    for (int k = open - 1; k >= 0 && open - k <= MAX_SUBJECT; k--) {
      Token t = tokens.get(k);
      if (t.shape() == Token.Shape.NUMBER) {
        return true;
      }
      if (t.shape() == Token.Shape.PUNCT) {
        return false;
      }
    }
    return false;
  }

  /** True when a toll's phrase ends just before the comma at {@code open}. */
  private static boolean tollBefore(List<Token> tokens, int open, Lexicon lex) {
    if (lex.phraseEndingAt("toll_noun", tokens, open) >= 0) {
      return true;
    }
    for (int k = open - 1; k >= 0 && open - k <= MAX_TOLL; k--) {
      if (tokens.get(k).shape() == Token.Shape.PUNCT) {
        return false;
      }
      if (lex.startsAt("number_of", tokens, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns where a part's phrase opened without a comma ends, when it stands between a number's
   * people and their verb: "20 people [including five children] were killed", "900 residents [among
   * them 300 children] fled"; or -1. The subject's number comes at most {@link #MAX_SUBJECT} words
   * before the opener with no verb between, the part starts with a number, and the phrase ends
   * before a word of class {@code aux} or {@code bare_insertion_close} within {@link #MAX_BARE}
   * words, holding no punctuation but commas and no relative pronoun.
   */
  private static int bareBreakdown(
      List<Token> tokens, int open, Lexicon lex, QuantityParser quantities) {
    boolean subject = false;
    for (int k = open - 1; k >= 0 && open - k <= MAX_SUBJECT; k--) {
      Token t = tokens.get(k);
      if (t.shape() == Token.Shape.PUNCT || lex.contains("gap_stop", t)) {
        return -1;
      }
      QuantitySpan q = quantities.parseAt(tokens, k).orElse(null);
      if (q != null && q.end() <= open) {
        subject = true;
        break;
      }
    }
    int from = lex.phraseAt("bare_insertion_opener", tokens, open);
    QuantitySpan part = from < 0 ? null : quantities.parseAt(tokens, from).orElse(null);
    if (!subject || part == null) {
      return -1;
    }
    for (int k = part.end(); k < tokens.size() && k - part.end() <= MAX_BARE; k++) {
      Token t = tokens.get(k);
      if (lex.contains("aux", t) || lex.startsAt("bare_insertion_close", tokens, k)) {
        return k;
      }
      if (lex.contains("coordinator", t)) {
        continue;
      }
      if ((t.shape() == Token.Shape.PUNCT && !t.is(","))
          || lex.contains("relative", t)
          || lex.contains("gap_stop", t)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * True when an aside opened by a part ("including 35 children") closes on a source's report ("the
   * ministry said"), not on the verb of the figure ("are reported to have been killed").
   */
  private static boolean partThenReport(List<Token> tokens, int open, int close, Lexicon lex) {
    return lex.startsAt("insertion_to_end", tokens, open)
        && close + 1 < tokens.size()
        && !lex.contains("aux", tokens.get(close + 1))
        && reportAfter(tokens, close + 1, lex);
  }

  /** Words a person's name may have. */
  private static final int MAX_NAME = 5;

  /**
   * True when an aside opened by "a" or "an" is the role of the name set beside it before a report:
   * "a spokesperson for the agency, John Banda, said" names who said, as "the spokesperson ..."
   * does; it is no aside to look through.
   */
  private static boolean roleOfName(List<Token> tokens, int open, int close, Lexicon lex) {
    if (!lex.contains("appositive_opener", tokens.get(open))) {
      return false;
    }
    int k = close + 1;
    while (k < tokens.size() && k - close <= MAX_NAME && tokens.get(k).capitalized()) {
      k++;
    }
    return k > close + 1
        && k + 1 < tokens.size()
        && tokens.get(k).is(",")
        && lex.startsAt("report_verb", tokens, k + 1);
  }

  /** True when a source's report ("the U.N. said") follows from {@code from}, before any number. */
  private static boolean reportAfter(List<Token> tokens, int from, Lexicon lex) {
    for (int k = from; k < tokens.size() && k - from < MAX_REPORT; k++) {
      Token t = tokens.get(k);
      int end = lex.phraseAt("report_verb", tokens, k);
      if (end > 0 && (end >= tokens.size() || tokens.get(end).shape() != Token.Shape.NUMBER)) {
        return true; // "said", not "an estimated 40,000"
      }
      if (t.shape() == Token.Shape.NUMBER || (t.shape() == Token.Shape.PUNCT && !t.is("."))) {
        return false;
      }
    }
    return false;
  }

  /**
   * True when an insertion opened by "a" or "an" holds a finite verb, follows a word that opens a
   * sentence rather than names a thing ("Meanwhile, a rocket hit ..."), or opens with a quantity
   * ("In Kivu, an estimated 2,000 people fled, ..."): it is a clause.
   */
  private static boolean clause(
      List<Token> tokens, int from, int close, Lexicon lex, QuantityParser quantities) {
    if (!lex.contains("appositive_opener", tokens.get(from))) {
      return false;
    }
    if (from >= 2 && lex.contains("introductory", tokens.get(from - 2))) {
      return true;
    }
    if (openingPhrase(tokens, from - 1, lex)) {
      return true;
    }
    if (quantities.parseAt(tokens, from).isPresent()) {
      return true;
    }
    for (int k = from + 1; k < close; k++) {
      if (lex.contains("clause_verb", tokens.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the tokens before the comma at {@code comma} are the sentence's opening phrase, led
   * by a word of class {@code opening_preposition} with no punctuation in it: "In Rafah," "Across
   * the north,".
   */
  private static boolean openingPhrase(List<Token> tokens, int comma, Lexicon lex) {
    int words = lex.phraseAt("opening_preposition", tokens, 0);
    if (words < 0 || words >= comma) {
      return false;
    }
    for (int k = words; k < comma; k++) {
      if (tokens.get(k).shape() == Token.Shape.PUNCT) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the closing dash of a restated number set between dashes ("-- around 80,000 people --",
   * "— the equivalent of 15,000 families —"), or of its parts ("-- two women and a child --", "--
   * two of them children --"), or -1: an optional word of class {@code restatement}, a count and a
   * population head, more counts and heads after commas or coordinators, then the closing dash.
   */
  private static int restatement(
      List<Token> tokens, int open, Lexicon lex, QuantityParser quantities) {
    int k = open + 1;
    while (k < tokens.size() && dash(tokens.get(k))) {
      k++;
    }
    int link = lex.phraseAt("restatement", tokens, k);
    if (link > 0) {
      k = link;
    }
    QuantitySpan q = quantities.parseAt(tokens, k).orElse(null);
    if (q == null) {
      return -1;
    }
    int of = lex.phraseAt("breakdown_after", tokens, q.end()); // "two [of them] children"
    int head = lex.phraseAt("population_noun", tokens, of > 0 ? of : q.end());
    if (head < 0) {
      head = shareEnd(tokens, k, lex, quantities);
    }
    while (head > 0 && head + 1 < tokens.size() && !dash(tokens.get(head))) {
      // the parts of the whole: "three people -- two women and a child -- died"
      if (!tokens.get(head).is(",") && !lex.contains("coordinator", tokens.get(head))) {
        break;
      }
      QuantitySpan part = quantities.parseAt(tokens, head + 1).orElse(null);
      head = part == null ? -1 : lex.phraseAt("population_noun", tokens, part.end());
    }
    if (head < 0 || head >= tokens.size() || !dash(tokens.get(head))) {
      return -1;
    }
    int close = head;
    while (close + 1 < tokens.size() && dash(tokens.get(close + 1))) {
      close++;
    }
    return close - open <= MAX_DASH ? close : -1;
  }

  /**
   * Returns the comma that closes a part of the people before it, set between commas: a count, a
   * word of class {@code breakdown_after} and a population head ("Fifteen people[, two of them
   * children,] were killed"); or -1.
   */
  private static int partAside(
      List<Token> tokens, int comma, Lexicon lex, QuantityParser quantities) {
    QuantitySpan q = quantities.parseAt(tokens, comma + 1).orElse(null);
    if (q == null) {
      return -1;
    }
    int of = lex.phraseAt("breakdown_after", tokens, q.end());
    int head = of > 0 ? lex.phraseAt("population_noun", tokens, of) : -1;
    return head > 0 && head < tokens.size() && tokens.get(head).is(",") ? head : -1;
  }

  /**
   * Returns the end of a share of the people at {@code k}, restating a count as a part of a whole:
   * "nearly half the population", "a third of residents", "10 percent of the population"; or -1.
   */
  private static int shareEnd(List<Token> tokens, int k, Lexicon lex, QuantityParser quantities) {
    QuantitySpan q = quantities.parseAt(tokens, k).orElse(null);
    if (q == null || q.quantity().dimension() != org.humfig.quantity.Dimension.PERCENT) {
      return -1;
    }
    int j = q.end();
    if (j < tokens.size() && lex.contains("partitive", tokens.get(j))) {
      j++;
    }
    if (j < tokens.size() && lex.contains("determiner", tokens.get(j))) {
      j++;
    }
    int head = lex.phraseAt("resident_noun", tokens, j);
    return head > 0 ? head : lex.phraseAt("population_noun", tokens, j);
  }

  /** True for a dash standing alone between spaces ("--", "—"), not a hyphen inside a word. */
  static boolean dash(Token t) {
    return t.shape() == Token.Shape.PUNCT && t.is("-");
  }

  /**
   * Returns the first {@code close} within {@code max} tokens from {@code from}, or -1; a bracketed
   * aside on the way is passed over and not counted ("the whole population of X (Y department),").
   */
  private static int find(List<Token> tokens, int from, int max, String close) {
    int counted = 0;
    for (int k = from; k < tokens.size() && counted < max; k++, counted++) {
      if (tokens.get(k).is(close)) {
        return k;
      }
      if (tokens.get(k).is(".") || tokens.get(k).is(";")) {
        return -1;
      }
      if (tokens.get(k).is("(") && !close.equals(")")) {
        int shut = find(tokens, k + 1, MAX_BRACKET, ")");
        if (shut > 0) {
          k = shut;
        }
      }
    }
    return -1;
  }

  private static void fill(boolean[] hidden, int from, int to) {
    for (int k = from; k < to; k++) {
      hidden[k] = true;
    }
  }
}
