package org.humfig.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.humfig.model.Qualifier;
import org.humfig.text.PhraseTable;
import org.humfig.text.Token;
import org.humfig.text.WordSet;

/**
 * Finds the quantities in a token list: "more than 10,000", "an estimated 120,000", "tens of
 * thousands", "three quarters of", "7sq km", "between 200 and 300", "70 lakh", "nine hundred and
 * twenty-one".
 *
 * <pre>{@code
 * parser.parse(tokenizer.tokenize("more than 10,000 people"))
 *   → [QuantitySpan[start=0, end=3, number=2, quantity=Quantity[value=10000.0, low=10000.0,
 *       high=null, qualifier=MORE_THAN, dimension=COUNT]]]
 * }</pre>
 *
 * <p>One left-to-right pass; at each token a handful of hash lookups decide whether a quantity
 * starts there. Thread-safe.
 */
public final class QuantityParser {

  /** The longest digits read as a number ("1,000,000,000,000.5" has 19 characters). */
  private static final int MAX_DIGITS = 40;

  /** The most space-set groups of thousands read ("1 000 000 000 000"). */
  private static final int MAX_GROUPS = 4;

  private final QuantityLexicon lex;

  /**
   * The words a quantity's number can be read from: number and scale words, and the longest word of
   * each vague amount and fraction ("few" of "a few", "third" of "a third"). Every quantity holds
   * one of them or digits, so a token list with none holds no quantity. "a" is not one: alone it is
   * no number ("a committee"), and what it starts ("a million", "a few") holds another.
   */
  private final WordSet numeric;

  /** Returns a parser using the given lexicon. */
  public QuantityParser(QuantityLexicon lex) {
    this.lex = lex;
    java.util.Set<String> words = new java.util.HashSet<>(lex.numbers.keySet());
    words.addAll(lex.scales.keySet());
    words.addAll(lex.vague.keyWords());
    words.addAll(lex.fractions.keyWords());
    this.numeric = new WordSet(words);
  }

  /**
   * Returns true when {@code tokens} may hold a quantity: a number, a word a number can be read
   * from ("seven", "twenty-one", "a million", "dozens", "half"), or a noun of one person ("a man").
   * A cheap test, a bit test or two a word; false means {@link #parse} finds nothing.
   */
  public boolean mayHold(List<Token> tokens) {
    for (Token t : tokens) {
      if (t.shape() == Token.Shape.NUMBER) {
        return true;
      }
      if (numeric.contains(t) || lex.person.contains(t)) {
        return true;
      }
      int dash = t.norm().indexOf('-');
      if (dash > 0 && lex.numbers.containsKey(t.norm().substring(0, dash))) {
        return true;
      }
    }
    return false;
  }

  /** Returns the quantities of {@code tokens}, left to right, none overlapping. */
  public List<QuantitySpan> parse(List<Token> tokens) {
    if (!mayHold(tokens)) {
      return List.of();
    }
    List<QuantitySpan> spans = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!mayStart(tokens.get(i))) {
        i++; // most words: parseAt would find nothing, after a dozen lookups
        continue;
      }
      PhraseTable.Hit<Boolean> member = lex.members.longestAt(tokens, i);
      if (member != null && member.end() < tokens.size() && mayStart(tokens.get(member.end()))) {
        i = member.end(); // "one of [the] 40 people killed": the count is the 40
        continue;
      }
      Optional<QuantitySpan> span = parseAt(tokens, i);
      if (span.isPresent()) {
        spans.add(span.get());
        i = span.get().end();
      } else {
        i++;
      }
    }
    return spans;
  }

  /**
   * True when a quantity may start at {@code t}: it is a number, a word of {@link
   * QuantityLexicon#starts}, or a hyphenated word whose first part is a number word ("twenty-one").
   * False means {@link #parseAt} finds nothing there.
   */
  private boolean mayStart(Token t) {
    if (t.shape() == Token.Shape.NUMBER || lex.starts.contains(t)) {
      return true;
    }
    int dash = t.norm().indexOf('-');
    return dash > 0 && lex.numbers.containsKey(t.norm().substring(0, dash));
  }

  /**
   * Returns the dimensions the quantities of {@code tokens}, or of any of their subsequences, may
   * have: none without a token a quantity can start at; else a count, and another dimension only
   * with a word that starts one of its units, a fraction for a percentage, a currency sign for
   * money, or a number joined to a word by a hyphen ("48-hour", "five-year") for any.
   */
  public Set<Dimension> mayHoldDimensions(List<Token> tokens) {
    Set<Dimension> dimensions = java.util.EnumSet.noneOf(Dimension.class);
    if (!mayHold(tokens)) {
      return dimensions;
    }
    dimensions.add(Dimension.COUNT);
    for (Token t : tokens) {
      int dash = t.norm().indexOf('-');
      if (dash > 0
          && (Character.isDigit(t.norm().charAt(0))
              || lex.numbers.containsKey(t.norm().substring(0, dash)))) {
        return java.util.EnumSet.allOf(Dimension.class);
      }
      if (lex.currencySigns.contains(t)) {
        dimensions.add(Dimension.MONEY);
      }
      if (lex.signStarts.contains(t)) {
        return java.util.EnumSet.allOf(Dimension.class);
      }
      if (lex.fractionStarts.contains(t)) {
        dimensions.add(Dimension.PERCENT);
      }
      lex.unitStarts.forEach(
          (d, words) -> {
            if (words.contains(t)) {
              dimensions.add(d);
            }
          });
    }
    return dimensions;
  }

  /** True when the qualifier {@code pre} is the particle of the verb {@code before} it. */
  private boolean particle(List<Token> tokens, PhraseTable.Hit<Qualifier> pre, Token before) {
    PhraseTable.Hit<WordSet> verbs = lex.qualifierBlockers.longestAt(tokens, pre.start());
    return verbs != null && verbs.end() == pre.end() && verbs.value().contains(before);
  }

  /** Returns the quantity that starts at token {@code i}, if one does. */
  public Optional<QuantitySpan> parseAt(List<Token> tokens, int i) {
    Optional<QuantitySpan> number = counted(tokens, i);
    return number.isPresent() ? number : onePerson(tokens, i);
  }

  /**
   * Returns true when {@code q}, found in {@code tokens}, is one person read from "a" before a noun
   * of one person ("a farmer"), not a number.
   */
  public boolean onePerson(List<Token> tokens, QuantitySpan q) {
    return q.quantity().value() == 1
        && q.number() < tokens.size()
        && lex.indefinite.contains(tokens.get(q.number()));
  }

  /** The most words describing a person between "a" and its noun: "a [67-year-old local] man". */
  private static final int MAX_PERSON_WORDS = 2;

  /**
   * One person: "a" or "an" before a noun of one person, with the words describing it between ("a
   * man", "an elderly woman", "a 67-year-old farmer"); the span ends where the noun starts, so the
   * noun is the count's people.
   */
  private Optional<QuantitySpan> onePerson(List<Token> tokens, int i) {
    if (i >= tokens.size() || !lex.indefinite.contains(tokens.get(i))) {
      return Optional.empty();
    }
    for (int k = i + 1; k < tokens.size() && k - i <= MAX_PERSON_WORDS + 1; k++) {
      Token t = tokens.get(k);
      if (lex.person.contains(t)) {
        return Optional.of(new QuantitySpan(i, k, i, Quantity.exact(1)));
      }
      boolean age = t.shape() == Token.Shape.NUMBER && t.text().indexOf('-') > 0;
      if (t.shape() != Token.Shape.WORD && !age) {
        break;
      }
    }
    return Optional.empty();
  }

  /** Returns the quantity with a number that starts at token {@code i}, if one does. */
  private Optional<QuantitySpan> counted(List<Token> tokens, int i) {
    Qualifier qualifier = null;
    int j = i;
    PhraseTable.Hit<Qualifier> pre = lex.qualifiers.longestAt(tokens, i);
    if (pre != null && i > 0 && particle(tokens, pre, tokens.get(i - 1))) {
      return Optional.empty(); // "went [up to] 41": the verb's particle; the number comes next
    }
    if (pre != null) {
      qualifier = pre.value();
      j = pre.end();
      PhraseTable.Hit<Boolean> addition =
          j < tokens.size() ? lex.additions.longestAt(tokens, j) : null;
      if (addition != null && core(tokens, addition.end()) != null) {
        j = addition.end(); // "at least [another] 400": the qualifier is the number's
      }
    }
    boolean money = false;
    if (j + 1 < tokens.size() && lex.currencySigns.contains(tokens.get(j))) {
      money = true;
      j++;
    }
    PhraseTable.Hit<QuantityLexicon.Measure> sign =
        money || j >= tokens.size() || !lex.signs.mayStartWith(tokens.get(j))
            ? null
            : lex.signs.longestAt(tokens, j);
    if (sign != null) {
      j = sign.end(); // "aged 72": an age, as "$" makes money
      PhraseTable.Hit<Qualifier> after =
          qualifier == null ? lex.qualifiers.longestAt(tokens, j) : null;
      if (after != null) {
        qualifier = after.value(); // "aged over 60"
        j = after.end();
      }
    }
    Core core = core(tokens, j);
    if (core == null) {
      return Optional.empty();
    }
    Quantity q = core.quantity;
    int end = core.end;
    if (q.dimension() == Dimension.COUNT && !money) {
      PhraseTable.Hit<QuantityLexicon.Measure> unit = lex.measures.longestAt(tokens, end);
      if (unit != null
          && !(q.qualifier() == Qualifier.VAGUE
              && unit.value().dimension() == Dimension.DURATION)) {
        q = q.measured(unit.value().dimension(), unit.value().factor());
        end = unit.end();
        boolean blocked = blocked(tokens, i);
        Core upper = blocked ? null : measuredRange(tokens, end, q, unit.value());
        if (upper != null) {
          double factor = unit.value().factor();
          double high = upper.quantity().value() * factor;
          q = new Quantity(q.value(), q.value(), high, Qualifier.RANGE, q.dimension());
          end = upper.end();
        }
      }
    }
    if (money) {
      q = q.measured(Dimension.MONEY, 1);
    } else if (sign != null) {
      q = q.measured(sign.value().dimension(), sign.value().factor());
    }
    if (qualifier == null) {
      PhraseTable.Hit<Qualifier> post = lex.suffixes.longestAt(tokens, end);
      if (post != null && isExact(q)) {
        qualifier = post.value();
        end = post.end();
      }
    }
    if (!finite(q)) {
      return Optional.empty(); // "a million million million ..." is no count
    }
    if (qualifier != null && isExact(q) && core.suffix == null) {
      q = q.qualified(qualifier);
    } else if (core.suffix != null && isExact(q)) {
      q = q.qualified(core.suffix);
    }
    return Optional.of(new QuantitySpan(i, end, core.number, q));
  }

  /**
   * "80% to 85%", "20 sq km - 25 sq km": the upper number of a range whose two numbers each carry
   * the unit, or null.
   */
  private Core measuredRange(
      List<Token> tokens, int end, Quantity low, QuantityLexicon.Measure measure) {
    if (low.qualifier() != Qualifier.EXACT
        || end + 1 >= tokens.size()
        || !lex.rangeJoiners.contains(tokens.get(end))) {
      return null;
    }
    Core high = number(tokens, end + 1);
    if (high == null || high.quantity.qualifier() != Qualifier.EXACT) {
      return null;
    }
    PhraseTable.Hit<QuantityLexicon.Measure> unit = lex.measures.longestAt(tokens, high.end);
    if (unit == null
        || !unit.value().equals(measure)
        || high.quantity.value() * measure.factor() <= low.value()) {
      return null;
    }
    return new Core(unit.end(), high.number, high.quantity);
  }

  private static boolean finite(Quantity q) {
    return Double.isFinite(q.value())
        && (q.low() == null || Double.isFinite(q.low()))
        && (q.high() == null || Double.isFinite(q.high()));
  }

  private static boolean isExact(Quantity q) {
    return q.qualifier() == Qualifier.EXACT;
  }

  /**
   * The number itself: where it ends, which token holds it, what it states, a qualifier its own
   * token carries ("300-plus") and the scale word that multiplied it ("million"), 1 when none.
   */
  private record Core(int end, int number, Quantity quantity, Qualifier suffix, double scale) {
    Core(int end, int number, Quantity quantity) {
      this(end, number, quantity, null, 1);
    }
  }

  private Core core(List<Token> tokens, int j) {
    if (j >= tokens.size()) {
      return null;
    }
    if (lex.between.contains(tokens.get(j))) {
      return between(tokens, j);
    }
    Core vague = vague(tokens, j);
    if (vague != null) {
      return vague;
    }
    Core fraction = fraction(tokens, j);
    if (fraction != null) {
      return fraction;
    }
    Core number = number(tokens, j);
    if (number == null) {
      return null;
    }
    Core ratio = ratio(tokens, j, number);
    if (ratio != null) {
      return ratio;
    }
    return range(tokens, j, number);
  }

  /**
   * Returns the share a ratio that opens with {@code first} gives, "one in five" (20 percent), "one
   * out of every four", "nine in 10", or null. A ratio is one in up to a hundred, or up to nine in
   * ten or in a hundred: "killed 3 in 2015" and "killed 4 in 7 villages" are counts.
   */
  private Core ratio(List<Token> tokens, int j, Core first) {
    PhraseTable.Hit<Boolean> joiner =
        first.end() < tokens.size() ? lex.ratioJoiners.longestAt(tokens, first.end()) : null;
    if (joiner == null) {
      return null;
    }
    Core whole = number(tokens, joiner.end());
    double part = first.quantity().value();
    double of = whole == null ? 0 : whole.quantity().value();
    if (part <= 0 || of <= part || of > 100 || !(part == 1 || of == 10 || of == 100)) {
      return null;
    }
    double share = Math.round(part / of * 1e4) / 100.0;
    return new Core(
        whole.end(), j, new Quantity(share, share, share, Qualifier.EXACT, Dimension.PERCENT));
  }

  private Core between(List<Token> tokens, int j) {
    Core low = number(tokens, j + 1);
    if (low == null
        || low.end >= tokens.size()
        || !lex.betweenJoiners.contains(tokens.get(low.end))) {
      return null;
    }
    Core high = number(tokens, low.end + 1);
    if (high == null || high.quantity.value() <= low.quantity.value()) {
      return null;
    }
    return rangeOf(low, high, high.end);
  }

  private Core range(List<Token> tokens, int j, Core first) {
    int k = first.end;
    if (first.quantity.qualifier() != Qualifier.EXACT
        || k + 1 >= tokens.size()
        || !lex.rangeJoiners.contains(tokens.get(k))
        || blocked(tokens, j)) {
      return first;
    }
    Core second = number(tokens, k + 1);
    if (second == null || second.quantity.value() <= first.quantity.value()) {
      return first;
    }
    return rangeOf(first, second, second.end);
  }

  /**
   * True when the number at {@code j} starts a change rather than a range ("from 200 to 300"),
   * unless a verb says the values range ("estimates range from 200 to 300").
   */
  private boolean blocked(List<Token> tokens, int j) {
    return j > 0
        && lex.rangeBlockers.contains(tokens.get(j - 1))
        && !(j > 1 && lex.rangeOpeners.contains(tokens.get(j - 2)));
  }

  /** A range; "2 to 3 million" gives the first number the second's scale. */
  private static Core rangeOf(Core low, Core high, int end) {
    double a = low.quantity.value();
    double b = high.quantity.value();
    if (low.scale == 1 && high.scale > 1 && a * high.scale <= b) {
      a *= high.scale;
    }
    return new Core(end, low.number, new Quantity(a, a, b, Qualifier.RANGE, Dimension.COUNT));
  }

  private Core vague(List<Token> tokens, int j) {
    PhraseTable.Hit<QuantityLexicon.Vague> hit = lex.vague.longestAt(tokens, j);
    if (hit == null) {
      return null;
    }
    double low = hit.value().low();
    double high = hit.value().high();
    int k = hit.end();
    while (k + 1 < tokens.size()
        && lex.vagueJoiners.contains(tokens.get(k))
        && lex.pluralScales.containsKey(tokens.get(k + 1).norm())) {
      double scale = lex.pluralScales.get(tokens.get(k + 1).norm());
      low *= scale;
      high = (high + 1) * scale - 1;
      k += 2;
    }
    if (hit.value().takesScale()) {
      while (k < tokens.size() && wordScale(tokens.get(k).norm())) {
        double scale = lex.scales.get(tokens.get(k).norm());
        low *= scale;
        high = (high + 1) * scale - 1;
        k++;
      }
    }
    return new Core(k, j, vagueQuantity(low, high));
  }

  private static Quantity vagueQuantity(double low, double high) {
    return new Quantity(low, low, high, Qualifier.VAGUE, Dimension.COUNT);
  }

  private boolean wordScale(String norm) {
    return lex.scales.containsKey(norm) && !lex.symbolScales.contains(norm);
  }

  private Core fraction(List<Token> tokens, int j) {
    PhraseTable.Hit<Double> hit = lex.fractions.longestAt(tokens, j);
    if (hit == null
        || hit.end() >= tokens.size()
        || !lex.fractionFollowers.contains(tokens.get(hit.end()).norm())) {
      return null;
    }
    double v = hit.value();
    int of = hit.end();
    if (of + 2 < tokens.size()
        && lex.vagueJoiners.contains(tokens.get(of))
        && lex.indefinite.contains(tokens.get(of + 1))
        && wordScale(tokens.get(of + 2).norm())) {
      // "a quarter of a million": a share of a scale is a count
      Core scaled = scaled(tokens, of + 1, v / 100, j);
      double count = Math.round(scaled.quantity().value());
      return new Core(scaled.end(), j, Quantity.exact(count), null, scaled.scale());
    }
    return new Core(hit.end(), j, new Quantity(v, v, v, Qualifier.EXACT, Dimension.PERCENT));
  }

  private Core number(List<Token> tokens, int j) {
    if (j >= tokens.size()) {
      return null;
    }
    Token t = tokens.get(j);
    if (t.shape() == Token.Shape.NUMBER) {
      return digits(tokens, j);
    }
    return words(tokens, j);
  }

  private Core digits(List<Token> tokens, int j) {
    String norm = tokens.get(j).norm();
    if (norm.indexOf(':') >= 0 || norm.indexOf('/') >= 0) {
      return null;
    }
    int dash = norm.indexOf('-');
    if (dash < 0) {
      Double v = digitsValue(norm, bare(tokens, j + 1));
      if (v == null) {
        return null;
      }
      int last = j;
      if (plain(norm) && norm.length() <= 3) {
        // "14 000", "122 387": thousands set apart by single spaces, as UN and French texts do
        while (last + 1 < tokens.size()
            && last - j < MAX_GROUPS
            && spacedGroup(tokens.get(last), tokens.get(last + 1))) {
          v = v * 1000 + Double.parseDouble(tokens.get(last + 1).norm());
          last++;
        }
      }
      if (v == Math.floor(v) && last + 2 < tokens.size() && brokenGroup(tokens, j, last)) {
        // "151, 000", "2, 940 people": a group mark followed by a stray space
        v = v * 1000 + Double.parseDouble(tokens.get(last + 2).norm());
        last += 2;
      }
      return scaled(tokens, last, v, j);
    }
    String head = norm.substring(0, dash);
    String tail = norm.substring(dash + 1);
    Double a = digitsValue(head, false);
    if (a == null) {
      return null;
    }
    Double b = digitsValue(tail, false);
    if (b != null) {
      return b > a
          ? new Core(j + 1, j, new Quantity(a, a, b, Qualifier.RANGE, Dimension.COUNT))
          : null;
    }
    if (tail.indexOf('-') < 0 && lex.scales.containsKey(tail)) {
      return scaled(tokens, j, a * lex.scales.get(tail));
    }
    PhraseTable.Hit<Qualifier> suffix = lex.suffixes.longestAt(List.of(token(tail)), 0);
    if (suffix != null) {
      return new Core(j + 1, j, Quantity.exact(a), suffix.value(), 1);
    }
    PhraseTable.Hit<QuantityLexicon.Measure> unit = lex.measures.longestAt(List.of(token(tail)), 0);
    Dimension d = unit == null ? Dimension.OTHER : unit.value().dimension();
    return new Core(j + 1, j, Quantity.exact(a).measured(d, 1));
  }

  /** True when no scale word or unit follows at token {@code k}: the number stands bare. */
  private boolean bare(List<Token> tokens, int k) {
    return k >= tokens.size()
        || (!lex.scales.containsKey(tokens.get(k).norm())
            && lex.measures.longestAt(tokens, k) == null);
  }

  /**
   * "151" "," "000": a group of three digits set off by the group mark and a space; one that does
   * not start with 0 only where the number before it could not end a list item or a date.
   */
  private boolean brokenGroup(List<Token> tokens, int first, int last) {
    Token a = tokens.get(last);
    Token mark = tokens.get(last + 1);
    Token b = tokens.get(last + 2);
    return mark.norm().length() == 1
        && mark.norm().charAt(0) == lex.groupMark
        && mark.start() == a.end()
        && b.start() == mark.end() + 1
        && b.shape() == Token.Shape.NUMBER
        && b.norm().length() == 3
        && plain(b.norm())
        && (b.norm().charAt(0) == '0' || strayGroup(tokens, first, last));
  }

  /**
   * True when the group after token {@code last} continues a count of one to three digits at {@code
   * first} that a lower-case word or nothing stands before, and a word of the people counted
   * follows: "displaced 2, 940 people", not "March 12, 300 people", "ages 2, 12, 145" or "killed
   * 12, 150 were injured".
   */
  private boolean strayGroup(List<Token> tokens, int first, int last) {
    if (first != last || tokens.get(first).norm().length() > 3) {
      return false;
    }
    if (last + 3 >= tokens.size() || !lex.counted.contains(tokens.get(last + 3))) {
      return false;
    }
    if (first == 0) {
      return true;
    }
    Token before = tokens.get(first - 1);
    return before.shape() == Token.Shape.WORD
        && (!before.capitalized() || !lex.qualifiers.endingAt(tokens, first).isEmpty());
  }

  private static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static Token token(String norm) {
    return new Token(norm, norm, 0, norm.length(), Token.Shape.WORD);
  }

  private static boolean spacedGroup(Token a, Token b) {
    return b.shape() == Token.Shape.NUMBER
        && b.norm().length() == 3
        && plain(b.norm())
        && b.start() == a.end() + 1;
  }

  private Core scaled(List<Token> tokens, int j, double value) {
    return scaled(tokens, j, value, j);
  }

  /** Applies the scale words after token {@code j}; the number is held by token {@code number}. */
  private Core scaled(List<Token> tokens, int j, double value, int number) {
    int k = j + 1;
    double scale = 1;
    while (k < tokens.size() && lex.scales.containsKey(tokens.get(k).norm())) {
      scale *= lex.scales.get(tokens.get(k).norm());
      k++;
    }
    return new Core(k, number, Quantity.exact(round(value * scale)), null, scale);
  }

  private Core words(List<Token> tokens, int j) {
    int k = j;
    String first = tokens.get(k).norm();
    if (lex.half.contains(tokens.get(k))
        && k + 2 < tokens.size()
        && lex.indefinite.contains(tokens.get(k + 1))
        && wordScale(tokens.get(k + 2).norm())) {
      return scaled(tokens, k + 1, 0.5);
    }
    double total = 0;
    double current = 0;
    double lastScale = 0;
    boolean any = false;
    if (lex.indefinite.contains(tokens.get(k))) {
      if (k + 1 >= tokens.size() || !wordScale(tokens.get(k + 1).norm())) {
        return null;
      }
      current = 1;
      any = true;
      k++;
    }
    while (k < tokens.size()) {
      String t = tokens.get(k).norm();
      Double small = smallNumber(t);
      PhraseTable.Hit<Boolean> half = any ? lex.andHalf.longestAt(tokens, k) : null;
      if (small != null) {
        current += small;
        any = true;
      } else if (any && wordScale(t)) {
        double scale = lex.scales.get(t);
        lastScale = scale;
        if (scale < 1000) {
          current = (current == 0 ? 1 : current) * scale;
        } else {
          total += (current == 0 ? 1 : current) * scale;
          current = 0;
        }
      } else if (half != null) {
        // "two and a half million", "a million and a half"
        if (current > 0 && half.end() < tokens.size() && wordScale(tokens.get(half.end()).norm())) {
          current += 0.5;
        } else if (current == 0 && lastScale >= 1000) {
          total += 0.5 * lastScale;
        } else {
          break;
        }
        k = half.end();
        continue;
      } else if (any
          && lex.numberJoiners.contains(t)
          && k + 1 < tokens.size()
          && smallNumber(tokens.get(k + 1).norm()) != null) {
        // "nine hundred and twenty-one"
      } else {
        break;
      }
      k++;
    }
    return any ? new Core(k, j, Quantity.exact(total + current)) : null;
  }

  /** Returns the value of "seven" or "twenty-one", or null. */
  private Double smallNumber(String norm) {
    Double v = lex.numbers.get(norm);
    if (v != null) {
      return v;
    }
    int dash = norm.indexOf('-');
    if (dash > 0) {
      Double tens = lex.numbers.get(norm.substring(0, dash));
      Double ones = lex.numbers.get(norm.substring(dash + 1));
      if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) {
        return tens + ones;
      }
    }
    return null;
  }

  /**
   * Returns the value of digits with their marks, or null when they are malformed: "10,000",
   * "1,53,211", "1.5"; in a text that mixes conventions, "55,7" (a group mark before one or two
   * digits is a decimal mark) and "87.000" (a decimal mark before groups of three digits, with no
   * scale or unit after, groups thousands). A number with a leading zero ("000", "05") is a code or
   * a clock, not a count.
   *
   * @param bare true when no scale word or unit follows the digits
   */
  Double digitsValue(String s, boolean bare) {
    if (s.length() > MAX_DIGITS) {
      return null;
    }
    char d = lex.decimalMark;
    char g = lex.groupMark;
    List<String> parts = new ArrayList<>(4);
    StringBuilder marks = new StringBuilder();
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == d || c == g) {
        parts.add(s.substring(from, i));
        marks.append(c);
        from = i + 1;
      } else if (!Character.isDigit(c)) {
        return null;
      }
    }
    parts.add(s.substring(from));
    for (String p : parts) {
      if (p.isEmpty()) {
        return null;
      }
    }
    String first = parts.get(0);
    String last = parts.get(parts.size() - 1);
    if (marks.isEmpty()) {
      return first.length() > 1 && first.charAt(0) == '0' ? null : Double.parseDouble(first);
    }
    boolean allGroup = marks.indexOf(String.valueOf(d)) < 0;
    boolean allDecimal = marks.indexOf(String.valueOf(g)) < 0;
    if (allGroup && (grouped(parts, parts.size(), 3) || indian(parts))) {
      return Double.parseDouble(String.join("", parts));
    }
    if (allGroup && parts.size() == 2 && last.length() <= 2) {
      return Double.parseDouble(first + "." + last);
    }
    if (allDecimal
        && first.charAt(0) != '0'
        && grouped(parts, parts.size(), 3)
        && (parts.size() > 2 || bare)) {
      return Double.parseDouble(String.join("", parts));
    }
    boolean oneDecimalLast = marks.indexOf(String.valueOf(d)) == marks.length() - 1;
    if (oneDecimalLast && (parts.size() == 2 || grouped(parts, parts.size() - 1, 3))) {
      return Double.parseDouble(String.join("", parts.subList(0, parts.size() - 1)) + "." + last);
    }
    return null;
  }

  /**
   * True when parts[0, n) are a first group of one to three digits, then groups of {@code size}.
   */
  private static boolean grouped(List<String> parts, int n, int size) {
    if (parts.get(0).length() > 3) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      if (parts.get(i).length() != size) {
        return false;
      }
    }
    return true;
  }

  /** "1,53,211": one or two digits, groups of two, a last group of three. */
  private static boolean indian(List<String> parts) {
    if (parts.size() < 3 || parts.get(0).length() > 2) {
      return false;
    }
    for (int i = 1; i < parts.size() - 1; i++) {
      if (parts.get(i).length() != 2) {
        return false;
      }
    }
    return parts.get(parts.size() - 1).length() == 3;
  }

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
