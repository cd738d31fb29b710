package org.humfig.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.humfig.document.Document;
import org.humfig.model.Category;
import org.humfig.model.Figure;
import org.humfig.model.LocationPrecision;
import org.humfig.model.Metric;
import org.humfig.model.Modality;
import org.humfig.model.Qualifier;
import org.humfig.model.Tally;
import org.humfig.model.Unit;
import org.humfig.quantity.Dimension;
import org.humfig.quantity.Quantity;
import org.humfig.quantity.QuantityParser;
import org.humfig.quantity.QuantitySpan;
import org.humfig.rule.Capture;
import org.humfig.rule.Lexicon;
import org.humfig.rule.Match;
import org.humfig.rule.Rule;
import org.humfig.rule.RuleSet;
import org.humfig.rule.Span;
import org.humfig.rule.View;
import org.humfig.text.Token;
import org.humfig.time.TimeSpan;

/**
 * Turns the rule matches of one sentence into figures: each number goes to its best rule, then gets
 * its unit, population, place, date, source, modality and tally, a people count for a count of
 * households, and the parts the sentence names ("including 13 children").
 *
 * <p>When several rules claim one number, the highest priority wins, then the longest match (it
 * says more: "1,200 displaced families" over "1,200 displaced"). A trigger word gives one figure:
 * in "53 evacuated Hundreds of firefighters", "evacuated" belongs to the 53.
 *
 * <p>Conventions: a range of displaced people takes its upper bound as the value (IDMC records the
 * larger figure of a reported range), other ranges their lower bound (ACLED's most conservative
 * reading); both bounds stay in value_low and value_high.
 */
final class Interpretation {

  private static final String HOUSEHOLD = "household_noun";
  private static final String PEOPLE = "population_noun";
  private static final String BODIES = "bodies_noun";
  private static final String DWELLINGS = "dwelling_noun";

  /** The most words of a cause or agent between a figure and its running total. */
  private static final int MAX_BEFORE_TOTAL = 8;

  /** How many words may say what a running total counts: "the total [killed this week] to". */
  private static final int MAX_TOTAL_WORDS = 8;

  /**
   * How many words may say it with a relative clause: "the number [of refugees who have reached the
   * town since the fighting began] to".
   */
  private static final int MAX_TOTAL_CLAUSE = 16;

  /** How far a list's first place may stand from its figure: "killed 78 [across the state:]". */
  private static final int MAX_BEFORE_LIST = 8;

  /** How far one item of a list may stand from the next: "(18), [followed by] Guntur". */
  private static final int MAX_BETWEEN_ITEMS = 4;

  private final Lexicon lex;
  private final String language;
  private final QuantityParser quantities;
  private final Context context;
  private final Extractor.Settings settings;
  private final Coordination coordination;
  private final Breakdowns breakdowns;
  private final Locator locator;

  Interpretation(
      RuleSet rules,
      QuantityParser quantities,
      Context context,
      Locator locator,
      Extractor.Settings settings) {
    this.locator = locator;
    this.lex = rules.lexicon();
    this.language = rules.language();
    this.quantities = quantities;
    this.context = context;
    this.settings = settings;
    this.coordination = new Coordination(rules);
    this.breakdowns = new Breakdowns(rules, quantities);
  }

  /** A figure found, with the match and reading it came from. */
  private record Found(Match match, Reading reading, Figure figure) {}

  /**
   * True when a number without people counts things or animals that follow it: "killed 3 goats",
   * "displaced 40 vehicles".
   */
  private boolean things(View v, Match m, Span value) {
    QuantitySpan q = v.quantityAt(value.start());
    return q != null
        && m.get(Capture.POPULATION).isEmpty()
        && q.end() < v.size()
        && lex.startsAt("not_people_noun", v.tokens(), q.end());
  }

  /** Returns the figures of one analysed sentence, in the order their numbers appear. */
  List<Figure> figures(Story story, Analysis a) {
    return List.copyOf(figures(story, a, 0, Integer.MAX_VALUE).values());
  }

  /**
   * Returns the figures of one analysed sentence whose numbers start at a character offset in
   * [{@code from}, {@code to}), by that offset.
   */
  SortedMap<Integer, Figure> figures(Story story, Analysis a, int from, int to) {
    if (a.matches().isEmpty()) {
      SortedMap<Integer, Figure> listed = new TreeMap<>();
      unsummedCounts(story, a, listed);
      return listed.isEmpty()
          ? java.util.Collections.emptySortedMap() // most sentences: no rule matched
          : listed.subMap(from, to);
    }
    View v = a.view();
    List<Match> matches = new ArrayList<>(a.matches());
    matches.sort(
        Comparator.comparingInt((Match m) -> -m.rule().priority())
            .thenComparingInt(m -> m.span().start() - m.span().end()));
    Set<Integer> claimed = new HashSet<>();
    Set<Integer> triggers = new HashSet<>();
    SortedMap<Integer, Figure> out = new TreeMap<>();
    List<Found> found = new ArrayList<>();
    for (Match first : matches) {
      Match m = wholeOfPart(v, first);
      Span value = m.get(Capture.VALUE).orElseThrow();
      Span trigger = m.get(Capture.TRIGGER).orElse(value);
      int at = v.token(value.start()).start();
      if (at < from
          || at >= to
          || claimed.contains(value.start())
          || triggers.contains(trigger.start())
          || denied(v, m, value)
          || mixed(v, m, trigger)
          || rate(v, m)
          || unharmed(v, m, trigger)
          || passing(v, m, value)
          || anecdote(v, m, value)
          || buried(v, m)
          || conditional(v, value)
          || victims(v, m)
          || foundAlive(v, m)
          || ill(v, m)
          || whole(v, m, value)
          || fractional(v.quantityAt(value.start()))
          || titled(v, v.quantityAt(value.start()))
          || named(a, m, value)
          || things(v, m, value)
          || lex.phraseEndingAt("capacity", v.tokens(), value.start()) >= 0) {
        continue;
      }
      Companions c = companions(v, m);
      if (c == UNCOUNTED) {
        continue; // "a woman and her children were killed": how many is not said
      }
      claimed.add(value.start());
      triggers.add(trigger.start());
      Reading r = read(a, m, value);
      if (r.restated != null) {
        claimed.add(r.restated.start());
      }
      Figure f = figure(story, a, m, r);
      if (c != null) {
        if (c.quantity() >= 0) {
          claimed.add(c.quantity());
        }
        f = withCompanions(story, v, f, r, c);
      }
      if (r.restatedAfter >= 0 && viewIndex(a, r.restatedAfter) >= 0) {
        claimed.add(viewIndex(a, r.restatedAfter));
      }
      out.put(offset(a, r), f);
      if (r.sibling != null) {
        out.putIfAbsent(r.sibling.offset(), sibling(f, r.sibling));
      }
      found.add(new Found(m, r, f));
    }
    List<Found> more = new ArrayList<>();
    for (Found fd : found) {
      shared(story, a, fd, claimed, out, more);
    }
    found.addAll(more);
    for (Found fd : found) {
      parts(story, a, fd, claimed, out);
      placeCounts(story, a, fd, out);
    }
    unsummedCounts(story, a, out);
    return out.subMap(from, to);
  }

  /**
   * Adds the figures that share a found figure's trigger: list siblings, the earlier stock of a
   * change ("rose from 87,000 to 560,000", "..., up from 85"), and a running total after it
   * ("bringing the total to").
   */
  private void shared(
      Story story,
      Analysis a,
      Found fd,
      Set<Integer> claimed,
      SortedMap<Integer, Figure> out,
      List<Found> more) {
    View v = a.view();
    Match m = fd.match();
    Reading r = fd.reading();
    int itemEnd = r.population != null ? r.population.end() : r.quantity.end();
    Span trigger = m.get(Capture.TRIGGER).orElse(m.span());
    Set<String> itemPlaces = new HashSet<>();
    for (Coordination.Sibling s :
        coordination.siblings(a, r.quantity, m.span(), itemEnd, claimed)) {
      if (m.rule().metric() != Metric.KILLED && endsIn(v, s.population(), BODIES)) {
        continue; // "17 bodies and 40 injured people were brought in": the bodies are the dead
      }
      if (endsIn(v, s.population(), DWELLINGS) && !endsIn(v, r.population, DWELLINGS)) {
        continue; // "destroyed 1,200 homes and 40,000 people were displaced": houses are no people
      }
      claimed.add(s.quantity().start());
      Match sm = derived(m, s.item(), s.quantity(), trigger, s.population());
      Reading sr = reading(s.quantity(), s.population());
      Figure f = figure(story, a, sm, sr);
      Locator.Located own = placeAt(a, s.item().start(), s.quantity().start());
      if (own != null) {
        // "followed by Sindh with 19": an item that opens with its place is counted there
        Figure.Builder b = f.toBuilder();
        Placing.set(b, own);
        f = b.build();
        itemPlaces.add(own.text());
      }
      List<Locator.Located> each = eachPlaces(a, s);
      if (each.size() > 1) {
        // "two each in Bhola and Patuakhali": the count stands at every place the item names
        for (Locator.Located l : each) {
          Figure.Builder b = f.toBuilder();
          Placing.set(b, l);
          out.putIfAbsent(v.token(l.start()).start(), b.build());
        }
        continue;
      }
      out.put(offset(a, sr), f);
      more.add(new Found(sm, sr, f));
    }
    if (itemPlaces.contains(fd.figure().location())) {
      // "Punjab was worst hit with 46 deaths, followed by Sindh with 19": the first count is of
      // the place before it, not of the next item's
      Locator.Located own = placeBefore(a, r.quantity.start());
      if (own != null && !itemPlaces.contains(own.text())) {
        Figure.Builder b = fd.figure().toBuilder();
        Placing.set(b, own);
        out.put(offset(a, r), b.build());
      }
    }
    QuantitySpan earlier = earlier(v, r.quantity);
    if (earlier != null && !claimed.contains(earlier.start())) {
      claimed.add(earlier.start());
      Span item = new Span(earlier.start(), earlier.end());
      Reading er = reading(earlier, r.population);
      out.put(offset(a, er), figure(story, a, derived(m, item, earlier, trigger, null), er));
    }
    QuantitySpan later = later(a, r.quantity);
    if (later != null && !claimed.contains(later.start())) {
      claimed.add(later.start());
      Span item = new Span(later.start(), later.end());
      Reading lr = reading(later, r.population);
      Figure f = figure(story, a, derived(m, item, later, trigger, null), lr);
      TimeSpan own = dateAfter(a, later);
      if (own != null) {
        // "to 508,244 as of 20 March": the later number stands on its own day
        f =
            f.toBuilder()
                .dateStart(own.period().start())
                .dateEnd(own.period().end())
                .datePrecision(own.period().precision())
                .build();
      }
      out.put(offset(a, lr), f);
    }
    QuantitySpan before = previous(a, Math.max(itemEnd, m.span().end()), r.quantity);
    if (before != null && !claimed.contains(before.start())) {
      claimed.add(before.start());
      Span item = new Span(before.start(), before.end());
      Reading br = reading(before, r.population);
      out.put(offset(a, br), figure(story, a, derived(m, item, before, trigger, null), br));
    }
    QuantitySpan total = runningTotal(a, Math.max(itemEnd, m.span().end()), m.rule().metric());
    if (total != null && !claimed.contains(total.start())) {
      claimed.add(total.start());
      Span item = new Span(total.start(), total.end());
      Reading tr = reading(total, null);
      Figure f = figure(story, a, derived(m, item, total, trigger, null), tr);
      out.put(offset(a, tr), f.toBuilder().tally(Tally.CUMULATIVE).build());
    }
  }

  /**
   * The places a list item counted "each" names after its number ("two each [in Bhola and
   * Patuakhali]"), or none.
   */
  private List<Locator.Located> eachPlaces(Analysis a, Coordination.Sibling s) {
    View v = a.view();
    int q = s.quantity().end();
    List<Locator.Located> out = new ArrayList<>();
    if (q >= v.size() || !lex.contains("distributive", v.token(q))) {
      return out;
    }
    for (Locator.Located l : a.places()) {
      if (l.start() > q && l.end() <= s.item().end()) {
        out.add(l);
      }
    }
    return out;
  }

  /** The place of the view that starts at {@code start} and ends before {@code end}, or null. */
  private static Locator.Located placeAt(Analysis a, int start, int end) {
    for (Locator.Located l : a.places()) {
      if (l.start() == start && l.end() <= end) {
        return l;
      }
    }
    return null;
  }

  /** The last place of the view that ends before {@code end}, or null. */
  private static Locator.Located placeBefore(Analysis a, int end) {
    Locator.Located last = null;
    for (Locator.Located l : a.places()) {
      if (l.end() <= end) {
        last = l;
      }
    }
    return last;
  }

  /** A match standing for a figure that shares the trigger of {@code m}. */
  private static Match derived(Match m, Span item, QuantitySpan q, Span trigger, Span population) {
    Map<Capture, Span> caps = new EnumMap<>(Capture.class);
    caps.put(Capture.VALUE, new Span(q.start(), q.end()));
    caps.put(Capture.TRIGGER, trigger);
    if (population != null) {
      caps.put(Capture.POPULATION, population);
    }
    return new Match(m.rule(), item, caps);
  }

  /** "rose from 87,000 to 560,000": the earlier number of a change whose later one is {@code q}. */
  private QuantitySpan earlier(View v, QuantitySpan q) {
    int to = q.start() - 1;
    if (to < 2 || !lex.contains("change_end", v.token(to))) {
      return null;
    }
    QuantitySpan from = v.quantityEndingAt(to);
    if (from == null
        || from.quantity().dimension() != q.quantity().dimension()
        || from.start() == 0
        || !lex.contains("change_start", v.token(from.start() - 1))) {
      return null;
    }
    return from;
  }

  /**
   * "increased from 183,159 on 15 March to 508,244 as of 20 March": the later number of a change
   * whose earlier one, {@code q}, has a date of its own before "to"; or null.
   */
  private QuantitySpan later(Analysis a, QuantitySpan q) {
    View v = a.view();
    if (q.start() == 0 || !lex.contains("change_start", v.token(q.start() - 1))) {
      return null;
    }
    int to = -1;
    for (TimeSpan t : a.times()) {
      boolean next = t.start() >= q.end() && t.start() - q.end() <= MAX_BEFORE_CHANGE_DATE;
      for (int k = q.end(); next && k < t.start(); k++) {
        // "from 120,000 [in] January", "from 40 [people on] Monday"
        next = v.token(k).shape() == Token.Shape.WORD && !v.token(k).capitalized();
      }
      if (next) {
        to = t.end();
      }
    }
    if (to < 0 || to + 1 >= v.size() || !lex.contains("change_end", v.token(to))) {
      return null;
    }
    QuantitySpan next = v.quantityAt(to + 1);
    return next != null && next.quantity().dimension() == q.quantity().dimension() ? next : null;
  }

  /** The placed time expression right after {@code q}, within two words: "[as of] 20 March". */
  private static TimeSpan dateAfter(Analysis a, QuantitySpan q) {
    for (TimeSpan t : a.times()) {
      if (t.start() >= q.end() && t.start() - q.end() <= 2 && t.period().placed()) {
        boolean next = true;
        for (int k = q.end(); k < t.start(); k++) {
          next &= a.view().token(k).shape() == Token.Shape.WORD;
        }
        if (next) {
          return t;
        }
      }
    }
    return null;
  }

  /**
   * "..., up from 85 a day earlier", "..., an increase of 38,000 from the 572,000 reported last
   * week": the earlier value of the same count a sentence gives after a figure, or null. The change
   * itself ("38,000") is no figure.
   */
  private QuantitySpan previous(Analysis a, int from, QuantitySpan like) {
    View v = a.view();
    // "control 11 percent [of Ukrainian territory], up from 7 percent": what the figure is of
    int k = pastComma(v, coordination.skipPhrases(a, from));
    int marker = lex.phraseAt("previous_marker", v.tokens(), k);
    if (marker > 0) {
      k = marker;
    } else {
      int change = lex.phraseAt("change_amount", v.tokens(), k);
      QuantitySpan by = change > 0 ? v.quantityAt(change) : null;
      if (by == null || by.end() >= v.size() || !lex.contains("change_start", v.token(by.end()))) {
        return null;
      }
      k = by.end() + 1;
    }
    if (k < v.size() && lex.contains("determiner", v.token(k))) {
      k++;
    }
    QuantitySpan q = k < v.size() ? v.quantityAt(k) : null;
    return q != null && q.quantity().dimension() == like.quantity().dimension() ? q : null;
  }

  /**
   * Returns where a sentence goes on after the comma that ends the few words from {@code k} (what a
   * figure is of, its cause), or {@code k} when no comma comes before a number or other mark.
   */
  private static int pastComma(View v, int k) {
    int comma = k;
    while (comma < v.size()
        && comma - k < MAX_BEFORE_TOTAL
        && v.quantityAt(comma) == null
        && v.token(comma).shape() != Token.Shape.PUNCT) {
      comma++;
    }
    return comma < v.size() && v.token(comma).is(",") ? comma + 1 : k;
  }

  /**
   * "..., bringing the total to 12,703", "which raised the toll to 120": the running total a
   * sentence gives after a figure, or null.
   */
  private QuantitySpan runningTotal(Analysis a, int from, Metric metric) {
    View v = a.view();
    // "displaced by the floods[,] bringing the total to": a cause or agent before the comma
    int k = pastComma(v, coordination.skipPhrases(a, from));
    int verb = lex.phraseAt("total_verb", v.tokens(), k);
    if (verb < 0) {
      return null;
    }
    k = verb;
    if (k < v.size() && lex.contains("determiner", v.token(k))) {
      k++;
    }
    for (int i = 0; i < 2 && k < v.size() && lex.contains("total", v.token(k)); i++) {
      k++;
    }
    int noun = lex.phraseAt("count_noun", v.tokens(), k);
    if (noun > 0) {
      k = noun;
    }
    if (k < v.size() && lex.contains("place_adverb", v.token(k))) {
      k++; // "bringing the total [there] to 7,200"
    }
    // "bringing the total [killed in the past two weeks] to 1,000": words saying what the total
    // counts, which must read as a figure of the same metric with the total's number before them;
    // a relative clause may say it ("the number of people [who have died in the floods] to 61")
    boolean clause = false;
    for (int to = k;
        to < v.size() && to - k <= (clause ? MAX_TOTAL_CLAUSE : MAX_TOTAL_WORDS);
        to++) {
      Token t = v.token(to);
      if (!clause && to > k && lex.contains("relative", t)) {
        clause = true;
        continue;
      }
      if (t.shape() == Token.Shape.PUNCT || (to > k && !clause && lex.contains("gap_stop", t))) {
        return null;
      }
      if (lex.contains("change_end", t)) {
        QuantitySpan q = v.quantityAt(to + 1);
        if (q != null && q.quantity().dimension() == Dimension.COUNT) {
          if (to == k) {
            return q;
          }
          List<Token> count = v.tokens().subList(q.start(), q.end());
          org.humfig.rule.Rule own = breakdowns.ownRule(count, v.tokens().subList(k, to));
          return own != null && own.metric() == metric ? q : null;
        }
        if (to == k) {
          return null;
        }
      }
    }
    return null;
  }

  /**
   * Adds the counts a list after a figure gives by place, each in brackets after its places:
   * "killed 78 people: Kurnool (18), Guntur (14), Anantapur and Nellore (nine each)". A list of at
   * least two such items, before any other number of the sentence, each a figure of the same metric
   * at its place; a part of the figure when they sum to no more than it and it names none of their
   * places, or only a country.
   */
  private void placeCounts(Story story, Analysis a, Found fd, SortedMap<Integer, Figure> out) {
    Reading r = fd.reading();
    if (r.quantity.quantity().dimension() != Dimension.COUNT) {
      return;
    }
    View v = a.view();
    List<Token> all = a.all();
    int from = a.afterInAll(headEnd(v, r));
    if (!countAfter(all, from)) {
      return; // most figures: no count of a place after them
    }
    PlaceList list = placeList(story, a, from, MAX_BEFORE_LIST, 2);
    if (list == null) {
      return;
    }
    List<List<Locator.Located>> groups = list.groups();
    List<QuantitySpan> counts = list.counts();
    Figure parent = fd.figure();
    double sum = 0;
    boolean named = false;
    for (int c = 0; c < counts.size(); c++) {
      for (Locator.Located l : groups.get(c)) {
        sum += counts.get(c).quantity().value();
        named |= l.text().equals(parent.location());
      }
    }
    // a part of a total for a wider place: "killed 78 across the state: Kurnool (18), ..."; beside
    // a figure for a place of its own, the list goes on with more places: "in Kurnool, followed by"
    boolean wide =
        parent.locationPrecision() == null
            || parent.locationPrecision() == LocationPrecision.COUNTRY;
    boolean part = sum <= parent.value() && !named && wide;
    putCounts(all, list, parent, fd.match().rule().metric(), part ? parent.id() : null, out);
  }

  /**
   * Puts a figure of {@code metric} for each place of {@code list}, of its count and at its place,
   * beside {@code parent} and part of the figure {@code partOf} (or of none); a place whose figure
   * is already out keeps it.
   */
  private void putCounts(
      List<Token> all,
      PlaceList list,
      Figure parent,
      Metric metric,
      String partOf,
      SortedMap<Integer, Figure> out) {
    for (int c = 0; c < list.counts().size(); c++) {
      Quantity cq = list.counts().get(c).quantity();
      for (Locator.Located l : list.groups().get(c)) {
        int offset = all.get(l.start()).start();
        if (out.containsKey(offset)) {
          continue;
        }
        Figure.Builder child =
            child(parent, offset, metric, cq, false).population(null).partOf(partOf);
        Placing.set(child, l);
        out.put(offset, child.build());
      }
    }
  }

  /**
   * A list of counts by place, each in brackets after its places: the places of each count, the
   * counts, and the index of {@code a.all()} just past the list.
   */
  private record PlaceList(
      List<List<Locator.Located>> groups, List<QuantitySpan> counts, int end) {}

  /**
   * The list of at least {@code least} counts by place that starts within {@code before} tokens of
   * token {@code from} of the whole sentence, before any other number; or null.
   */
  private PlaceList placeList(Story story, Analysis a, int from, int before, int least) {
    List<Token> all = a.all();
    List<List<Locator.Located>> groups = new ArrayList<>();
    List<QuantitySpan> counts = new ArrayList<>();
    List<Locator.Located> pending = new ArrayList<>();
    int k = from;
    places:
    for (Locator.Located l : locator.within(all, from, story.places())) {
      boolean joined = !pending.isEmpty();
      for (int j = k; j < l.start(); j++) {
        Token t = all.get(j);
        if (!groups.isEmpty() && opensList(all, j)) {
          break places; // "..., and injuries in Goa (5)": another list, of another noun
        }
        int unknown = groups.isEmpty() ? -1 : unknownItem(all, j);
        if (unknown > 0) {
          // "Bicol Region (72), CALABARZON (29), Eastern Visayas (8)": an item whose name is no
          // known place is passed over
          pending.clear();
          joined = false;
          k = unknown;
          j = unknown - 1;
          continue;
        }
        boolean separator = t.is(";") && j == k && !groups.isEmpty(); // "Kandahar, 61; Helmand"
        if (t.shape() == Token.Shape.NUMBER
            || t.is(".")
            || (t.is(";") && !separator)
            || t.is("(")) {
          return null;
        }
        joined &= lex.contains("coordinator", t) || t.is(",") || separator;
      }
      int limit = groups.isEmpty() && pending.isEmpty() ? before : MAX_BETWEEN_ITEMS;
      if (l.start() - k > limit) {
        break;
      }
      if (!joined) {
        pending.clear();
      }
      pending.add(l);
      int open = l.end();
      while (open < all.size() && open - l.end() < MAX_NAME_TAIL && name(all.get(open))) {
        open++; // "the Cordillera [Administrative Region] (7)": the rest of the place's name
      }
      QuantitySpan q = itemCount(all, open);
      k = l.end();
      if (q != null) {
        groups.add(List.copyOf(pending));
        counts.add(q);
        pending.clear();
        k = pastCount(all, q);
      }
    }
    return counts.size() < least ? null : new PlaceList(groups, counts, k);
  }

  /**
   * True when a noun and a preposition open a list of places at {@code all[k]}: "[injuries in]".
   */
  private boolean opensList(List<Token> all, int k) {
    return k + 1 < all.size()
        && all.get(k).shape() == Token.Shape.WORD
        && !lex.contains("coordinator", all.get(k))
        && !lex.contains("place_preposition", all.get(k))
        && lex.contains("place_preposition", all.get(k + 1));
  }

  /** Capitalised words read between a place and its count: "Cordillera Administrative Region". */
  private static final int MAX_NAME_TAIL = 2;

  /** True when {@code t} is a capitalised word, as the words of a name are. */
  private static boolean name(Token t) {
    return t.shape() == Token.Shape.WORD && t.capitalized();
  }

  /**
   * The index just past the ")" of a list item at {@code all[at]} whose name is no known place: a
   * capitalised word and its count in brackets ("CALABARZON (29)"), with {@code at} at the word; or
   * -1.
   */
  private int unknownItem(List<Token> all, int at) {
    int open = at;
    while (open < all.size() && open - at <= MAX_NAME_TAIL && name(all.get(open))) {
      open++;
    }
    QuantitySpan q = open > at ? itemCount(all, open) : null;
    if (q == null) {
      return -1;
    }
    return pastCount(all, q);
  }

  /** Returns the index just past the count {@code q} of a list item, its "each" and its ")". */
  private int pastCount(List<Token> all, QuantitySpan q) {
    int end = pastEach(all, q);
    return end < all.size() && all.get(end).is(")") ? end + 1 : end;
  }

  /** Returns the index just past {@code q} and the "each" after it. */
  private int pastEach(List<Token> all, QuantitySpan q) {
    int end = q.end();
    return end < all.size() && lex.contains("distributive", all.get(end)) ? end + 1 : end;
  }

  /**
   * How far the noun a list by place counts may stand after its verb: "reporting [the most]
   * deaths".
   */
  private static final int MAX_LIST_NOUN = 4;

  /** How many words may stand between the earlier number of a change and its date. */
  private static final int MAX_BEFORE_CHANGE_DATE = 2;

  /** How far back a list by place before its verb may start. */
  private static final int MAX_LIST_BACK = 30;

  /**
   * Adds the counts of a list by place that no figure of the sentence gives a total for, read as
   * figures of the noun its verb names: "Deaths were reported in Punjab (46), Sindh (19) and Khyber
   * Pakhtunkhwa (12)"; "with Bihar (28) and Odisha (20) reporting the most deaths". Each count,
   * read with that noun ("46 deaths"), must match a figure rule; its place is its own.
   */
  private void unsummedCounts(Story story, Analysis a, SortedMap<Integer, Figure> out) {
    List<Token> all = a.all();
    if (!countAfter(all, 0)) {
      return; // most sentences: no count of a place
    }
    for (int k = 1; k + 1 < all.size(); k++) {
      if (!lex.contains("place_list_verb", all.get(k))) {
        if (k + 2 < all.size()
            && name(all.get(k + 2))
            && lex.contains("place_preposition", all.get(k + 1))
            && all.get(k).shape() == Token.Shape.WORD) {
          // "[The ministry reported] deaths in Kandahar (61), Helmand (26) and Zabul (seven)": the
          // noun before the places, or before their verb ("most of the deaths were in Punjab (40)")
          PlaceList list = placeList(story, a, k + 2, 0, 2);
          int noun = k;
          while (noun > 0 && lex.contains("aux", all.get(noun))) {
            noun--;
          }
          if (list != null) {
            addUnsummed(story, a, list, noun, k + 1, out);
          }
        }
        continue;
      }
      PlaceList list = null;
      int noun = -1;
      if (lex.contains("place_preposition", all.get(k + 1))) {
        // "Deaths [were] reported in Punjab (46), ...": the noun before the verb
        list = placeList(story, a, k + 2, 0, 2);
        noun = k - 1;
        while (noun > 0 && lex.contains("aux", all.get(noun))) {
          noun--;
        }
      } else {
        // "Bihar (28) and Odisha (20) reporting the most deaths": the longest list ending at the
        // verb
        for (int start = k - 1; start >= Math.max(0, k - MAX_LIST_BACK); start--) {
          PlaceList before =
              all.get(start).shape() == Token.Shape.WORD ? placeList(story, a, start, 0, 2) : null;
          if (before != null && before.end() == k) {
            list = before;
            noun = k + 1;
          }
        }
        if (list == null) {
          // "Nairobi recorded the most deaths (64), followed by Nakuru (52)"
          list = subjectList(story, a, k);
          noun = k + 1;
        }
      }
      if (list == null || noun < 0) {
        continue;
      }
      addUnsummed(story, a, list, noun, k, out);
    }
  }

  /**
   * The list whose first place is the subject of the verb at {@code all[verb]}, with its count in
   * brackets after the noun the verb names, and the others after it: "Nairobi recorded the most
   * deaths (64), followed by Nakuru (52) and Kisumu (23)"; or null.
   */
  private PlaceList subjectList(Story story, Analysis a, int verb) {
    List<Token> all = a.all();
    int open = verb + 1;
    while (open < all.size()
        && open - verb <= MAX_LIST_NOUN
        && all.get(open).shape() == Token.Shape.WORD) {
      open++;
    }
    QuantitySpan first = open > verb + 1 ? bracketed(all, open) : null;
    if (first == null) {
      return null;
    }
    int subject = verb;
    while (subject > 0 && lex.contains("aux", all.get(subject - 1))) {
      subject--;
    }
    Locator.Located place = null;
    for (Locator.Located l :
        locator.within(all, Math.max(0, subject - MAX_BETWEEN_ITEMS), story.places())) {
      if (l.end() == subject) {
        place = l;
      }
    }
    PlaceList rest =
        place == null ? null : placeList(story, a, pastCount(all, first), MAX_BETWEEN_ITEMS, 1);
    if (rest == null) {
      return null;
    }
    List<List<Locator.Located>> groups = new ArrayList<>();
    groups.add(List.of(place));
    groups.addAll(rest.groups());
    List<QuantitySpan> counts = new ArrayList<>();
    counts.add(first);
    counts.addAll(rest.counts());
    return new PlaceList(groups, counts, rest.end());
  }

  /**
   * Adds the counts of {@code list}, read with the noun at or after {@code noun} of the whole
   * sentence.
   */
  private void addUnsummed(
      Story story, Analysis a, PlaceList list, int noun, int verb, SortedMap<Integer, Figure> out) {
    List<Token> all = a.all();
    QuantitySpan first = list.counts().get(0);
    List<Token> count = all.subList(first.start(), first.end());
    int last = noun < verb ? noun : Math.min(all.size() - 1, noun + MAX_LIST_NOUN - 1);
    for (int n = noun; n <= last; n++) {
      int at = viewIndex(a, n);
      if (at < 0 || all.get(n).shape() != Token.Shape.WORD) {
        continue;
      }
      Rule own = breakdowns.ownRule(count, all.subList(n, n + 1));
      if (own == null || own.metric().category() == Category.TERRITORY) {
        continue;
      }
      // the figure stands where its noun does: the sentence's date and source are the list's
      Span at1 = new Span(at, at + 1);
      Map<Capture, Span> caps = new EnumMap<>(Capture.class);
      caps.put(Capture.VALUE, at1);
      caps.put(Capture.TRIGGER, at1);
      Match m = new Match(own, at1, caps);
      Reading r = reading(new QuantitySpan(at, at + 1, at, first.quantity()), null);
      Figure parent = figure(story, a, m, r);
      putCounts(all, list, parent, own.metric(), parent.partOf(), out);
      return;
    }
  }

  /**
   * True when a count of a place may follow {@code from} before the sentence ends: a bracket opens
   * on a word or number, or a number follows a name or a name and a comma ("Kandahar 61",
   * "Kandahar, 61;").
   */
  private boolean countAfter(List<Token> all, int from) {
    for (int k = from; k + 1 < all.size(); k++) {
      Token t = all.get(k);
      if (t.is(".")) {
        return false;
      }
      if (t.is("(") && all.get(k + 1).shape() != Token.Shape.PUNCT) {
        return true;
      }
      if (k > from
          && (name(all.get(k - 1)) || (all.get(k - 1).is(",") && k > 1 && name(all.get(k - 2))))
          && quantities.parseAt(all, k).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The count of a list item at {@code all[at]}, just after its place: in brackets ("(18)", "(nine
   * each)"), or bare before the next item ("Kandahar [61], Helmand", "Kandahar[, 61]; Helmand").
   */
  private QuantitySpan itemCount(List<Token> all, int at) {
    QuantitySpan q = bracketed(all, at);
    if (q != null || at + 1 >= all.size()) {
      return q;
    }
    boolean comma = all.get(at).is(",");
    q = quantities.parseAt(all, comma ? at + 1 : at).orElse(null);
    if (q == null || q.quantity().dimension() != Dimension.COUNT) {
      return null;
    }
    int end = pastEach(all, q);
    if (end >= all.size()) {
      return q;
    }
    Token next = all.get(end);
    boolean last = next.is(".") || next.is(";");
    return last || (!comma && (next.is(",") || lex.contains("coordinator", next))) ? q : null;
  }

  /** The count in brackets at {@code all[at]}: "(18)", "(nine each)"; or null. */
  private QuantitySpan bracketed(List<Token> all, int at) {
    if (at + 2 >= all.size() || !all.get(at).is("(")) {
      return null;
    }
    QuantitySpan q = quantities.parseAt(all, at + 1).orElse(null);
    if (q == null || q.quantity().dimension() != Dimension.COUNT) {
      return null;
    }
    int close = pastEach(all, q);
    return close < all.size() && all.get(close).is(")") ? q : null;
  }

  /** Adds the parts of a found figure: "including 13 children". */
  private void parts(
      Story story, Analysis a, Found fd, Set<Integer> claimed, SortedMap<Integer, Figure> out) {
    String text = story.text();
    Reading r = fd.reading();
    if (r.quantity.quantity().dimension() != Dimension.COUNT) {
      return;
    }
    int from = Math.max(a.afterInAll(headEnd(a.view(), r)), r.restatedEnd);
    Figure parent = fd.figure();
    List<Token> all = a.all();
    int number = a.index()[r.quantity.start()];
    boolean whole =
        number >= 2
            && lex.contains("determiner", all.get(number - 1))
            && lex.contains("partitive", all.get(number - 2))
            && (number == 2 || all.get(number - 3).shape() == Token.Shape.PUNCT);
    for (Breakdowns.Part p : breakdowns.after(a, from, fd.match().rule().metric(), whole)) {
      if (p.quantity().start() == r.restatedAfter) {
        continue; // the same group in the other unit, not a part of it
      }
      int view = viewIndex(a, p.quantity().start());
      if (view >= 0 && claimed.contains(view)) {
        continue;
      }
      if (view >= 0) {
        claimed.add(view);
      }
      Quantity cq = p.quantity().quantity();
      int offset = all.get(p.quantity().number()).start();
      String population =
          p.headEnd() > p.headStart()
              ? text.substring(all.get(p.headStart()).start(), all.get(p.headEnd() - 1).end())
              : null;
      Figure.Builder child =
          child(parent, offset, p.metric(), cq, p.households())
              .ruleId(p.ruleId() != null ? p.ruleId() : parent.ruleId())
              .population(population)
              .partOf(parent.id());
      Locator.Located place = placeWithin(story, a, p.placeStart(), p.placeEnd());
      if (place != null) {
        Placing.set(child, place);
      }
      out.put(offset, child.build());
    }
  }

  /**
   * The first place the sentence names within tokens {@code from} to {@code to} of the whole
   * sentence, or null.
   */
  private Locator.Located placeWithin(Story story, Analysis a, int from, int to) {
    if (from < 0) {
      return null;
    }
    for (Locator.Located l : locator.within(a.all(), from, story.places())) {
      if (l.start() < to) {
        return l;
      }
    }
    return null;
  }

  /**
   * A figure of {@code q} people or households whose number starts at character {@code offset},
   * stated beside {@code parent} (a part of it, or an item of a list after it): the parent's
   * sentence, source, place and date, a count of its own.
   */
  private Figure.Builder child(
      Figure parent, int offset, Metric metric, Quantity q, boolean households) {
    return parent.toBuilder()
        .id(FigureIds.of(parent.documentId(), offset, metric.id()))
        .metric(metric)
        .category(metric.category())
        .value(q.value())
        .valueLow(q.low())
        .valueHigh(q.high())
        .qualifier(q.qualifier())
        .tally(null)
        .unit(households ? Unit.HOUSEHOLDS : Unit.PEOPLE)
        .householdSize(households ? settings.householdSize() : null)
        .valuePeople(
            households ? (double) Math.round(q.value() * settings.householdSize()) : q.value());
  }

  /** How many figures back a group's whole is looked for: "Of the 180,400, some 98,000 ...". */
  private static final int MAX_BACK = 8;

  /** How many words of a group's people are read: "are [women and children]". */
  private static final int MAX_GROUP = 4;

  /**
   * "Of the 180,400, some 98,000 are children": a group of the people an earlier figure counts, the
   * whole named by its number alone at the start of a sentence that gives no figure of its own.
   * Returns a figure of the earlier one's metric, place, date and source, part of it; or null.
   */
  Figure earlierPart(Story story, Analysis a, List<Figure> earlier, boolean adjacent) {
    View v = a.view();
    if (earlier.isEmpty() || v.size() < 6 || !lex.contains("partitive", v.token(0))) {
      return null; // most sentences
    }
    // "Of these, 40 were children": the whole is the first figure of the last sentence with one
    boolean pronoun = lex.contains("partitive_pronoun", v.token(1)) && v.token(2).is(",");
    if (pronoun && !adjacent) {
      return null;
    }
    QuantitySpan whole = pronoun ? null : v.quantityAt(2);
    if (!pronoun
        && (!lex.contains("determiner", v.token(1))
            || whole == null
            || whole.end() + 2 >= v.size()
            || !v.token(whole.end()).is(","))) {
      return null;
    }
    QuantitySpan part = v.quantityAt(pronoun ? 3 : whole.end() + 1);
    if (part == null
        || part.quantity().dimension() != Dimension.COUNT
        || (whole != null && whole.quantity().dimension() != Dimension.COUNT)
        || part.end() + 1 >= v.size()
        || !lex.contains("aux", v.token(part.end()))
        || !lex.contains(PEOPLE, v.token(part.end() + 1))) {
      return null;
    }
    int last = part.end() + 1;
    for (int k = last + 1;
        k < v.size() && k - part.end() <= MAX_GROUP && v.token(k).shape() == Token.Shape.WORD;
        k++) {
      if (lex.contains(PEOPLE, v.token(k))) {
        last = k; // "are [women and children] under 18"
      }
    }
    int first = firstOfLast(earlier);
    for (int i = earlier.size() - 1; i >= 0 && earlier.size() - i <= MAX_BACK; i--) {
      Figure f = earlier.get(i);
      if (f.unit() == Unit.PEOPLE
          && f.category() != Category.TERRITORY
          && (whole == null ? i == first : f.value() == whole.quantity().value())
          && f.value() > part.quantity().value()) {
        String text = story.text();
        return child(f, v.token(part.number()).start(), f.metric(), part.quantity(), false)
            .population(text.substring(v.token(part.end() + 1).start(), v.token(last).end()))
            .partOf(f.id())
            .evidence(a.sentence().text(text))
            .evidenceStart(a.sentence().start())
            .evidenceEnd(a.sentence().end())
            .build();
      }
    }
    return null;
  }

  /** Returns the index of the first of {@code earlier}'s figures from the last sentence in it. */
  private static int firstOfLast(List<Figure> earlier) {
    int first = earlier.size() - 1;
    while (first > 0
        && java.util.Objects.equals(
            earlier.get(first - 1).evidenceStart(), earlier.get(first).evidenceStart())) {
      first--;
    }
    return first;
  }

  /** How many tokens a sentence's opening count may start after: "[About] 180,000 of them". */
  private static final int MAX_OPENING = 2;

  /**
   * "About 180,000 of them live in informal sites", "Over 6,000 of them are in the north": a part
   * of the first figure of the sentence before, opening a sentence that gives no figure of its own,
   * at the place that sentence names. Returns a figure of the earlier one's metric, date and
   * source; or null.
   */
  Figure partOfThem(Story story, Analysis a, List<Figure> earlier) {
    View v = a.view();
    QuantitySpan part = null;
    for (int k = 0; k <= MAX_OPENING && k < v.size() && part == null; k++) {
      part = v.quantityAt(k);
    }
    if (earlier.isEmpty()
        || part == null
        || part.quantity().dimension() != Dimension.COUNT
        || part.end() + 2 >= v.size()
        || !lex.contains("partitive", v.token(part.end()))
        || !lex.contains("partitive_pronoun", v.token(part.end() + 1))) {
      return null;
    }
    int first = firstOfLast(earlier);
    Figure f = earlier.get(first);
    if (f.unit() != Unit.PEOPLE
        || f.category() == Category.TERRITORY
        || f.value() == null
        || f.value() <= part.quantity().value()) {
      return null;
    }
    String text = story.text();
    Figure.Builder b =
        child(f, v.token(part.number()).start(), f.metric(), part.quantity(), false)
            .partOf(f.id())
            .evidence(a.sentence().text(text))
            .evidenceStart(a.sentence().start())
            .evidenceEnd(a.sentence().end());
    int after = part.end() + 2;
    if (after + 1 < v.size()
        && lex.contains("aux", v.token(after))
        && lex.contains(PEOPLE, v.token(after + 1))) {
      b.population(text.substring(v.token(after + 1).start(), v.token(after + 1).end()));
    }
    for (Locator.Located l : a.places()) {
      if (l.start() >= after) {
        Placing.set(b, l); // "of them are [in the anglophone regions]"
        break;
      }
    }
    return b.build();
  }

  /** True when {@code people} ends in a word of lexicon class {@code noun}. */
  private boolean endsIn(View v, Span people, String noun) {
    return people != null && lex.phraseEndingAt(noun, v.tokens(), people.end()) >= 0;
  }

  /** Returns the view index of token {@code k} of the whole sentence, or -1 when it is hidden. */
  private static int viewIndex(Analysis a, int k) {
    int[] index = a.index();
    for (int i = 0; i < index.length; i++) {
      if (index[i] == k) {
        return i;
      }
    }
    return -1;
  }

  private static int offset(Analysis a, Reading r) {
    return a.view().token(r.quantity.number()).start();
  }

  /**
   * What a match says about its number: the quantity, the population span, a count restated in the
   * other unit (people beside households).
   */
  private static final class Reading {
    QuantitySpan quantity;
    Span population;
    QuantitySpan restated;

    /** The number restated after the figure, as an index of the whole sentence, or -1. */
    int restatedAfter = -1;

    /** Where the restated number's head ends, as an index of the whole sentence. */
    int restatedEnd = -1;

    /** The same group stated in the other unit, for a figure of its own, or null. */
    Sibling sibling;
  }

  private static Reading reading(QuantitySpan q, Span population) {
    Reading r = new Reading();
    r.quantity = q;
    r.population = population;
    return r;
  }

  private Reading read(Analysis a, Match m, Span value) {
    View v = a.view();
    Reading r = reading(v.quantityAt(value.start()), m.get(Capture.POPULATION).orElse(null));
    restatedBefore(v, value).ifPresent(earlier -> r.restated = earlier.quantity);
    return r;
  }

  /**
   * "2,400 families or 7,900 people were evacuated", "12,000 households comprising 60,000 people":
   * the households stated before the people.
   */
  private Optional<Reading> restatedBefore(View v, Span value) {
    int link = lex.phraseEndingAt("restatement", v.tokens(), value.start());
    if (link < 2) {
      return Optional.empty();
    }
    int popEnd = v.token(link - 1).is(",") ? link - 1 : link;
    if (!lex.contains(HOUSEHOLD, v.token(popEnd - 1))) {
      return Optional.empty();
    }
    for (int start = popEnd - 1; start >= Math.max(1, popEnd - 4); start--) {
      QuantitySpan q = v.quantityEndingAt(start);
      if (q != null && q.quantity().dimension() == Dimension.COUNT) {
        return Optional.of(reading(q, new Span(start, popEnd)));
      }
    }
    return Optional.empty();
  }

  private Figure figure(Story story, Analysis a, Match m, Reading r) {
    Document doc = story.document();
    View v = a.view();
    Quantity q = passed(v, r.quantity);
    Span value = new Span(r.quantity.start(), r.quantity.end());
    Span trigger = m.get(Capture.TRIGGER).orElse(value);
    Category category = m.rule().metric().category();
    Unit unit = unit(q, v, r.population);
    boolean possible = hedged(v, value, trigger);
    Figure.Builder f =
        Figure.builder()
            .documentId(doc.id())
            .sourceName(blank(doc.sourceName()))
            .sourceUrl(blank(doc.sourceUrl()))
            .title(blank(doc.title()))
            .language(language)
            .publishedDate(doc.published().orElse(null))
            .category(category)
            .metric(m.rule().metric())
            .value(value(r.quantity.quantity(), q, category))
            .valueLow(q.low())
            .valueHigh(q.high())
            .qualifier(q.qualifier())
            .unit(unit)
            .population(population(doc.text(), v, r.population))
            .ruleId(m.rule().id())
            .modality(possible ? Modality.POSSIBLE : Modality.ASSERTED)
            .confidence(possible ? round(m.rule().confidence() * 0.5) : m.rule().confidence())
            .tally(tally(v, m, value, trigger))
            .evidence(a.sentence().text(doc.text()))
            .evidenceStart(a.sentence().start())
            .evidenceEnd(a.sentence().end());
    List<String> notes = new ArrayList<>();
    context.apply(f, story, a, m, value, trigger, notes);
    people(f, doc.text(), a, r, unit, value(r.quantity.quantity(), q, category), category, notes);
    f.notes(notes.isEmpty() ? null : String.join("; ", notes));
    int offset = v.token(r.quantity.number()).start();
    f.id(FigureIds.of(doc.id(), offset, m.rule().metric().id()));
    return f.build();
  }

  /**
   * "the toll now exceeds 5,900": a number a verb says was passed is a lower bound; one a source
   * estimated is approximate.
   */
  private Quantity passed(View v, QuantitySpan q) {
    Quantity quantity = q.quantity();
    int k = q.start() - 1;
    while (k > 0 && lex.contains("determiner", v.token(k))) {
      k--;
    }
    if (quantity.qualifier() == Qualifier.RANGE) {
      return approximate(v, q) ? quantity.qualified(Qualifier.VAGUE) : quantity;
    }
    if (quantity.qualifier() != Qualifier.EXACT) {
      return quantity;
    }
    if (k >= 0 && lex.contains("exceed_verb", v.token(k))) {
      return quantity.qualified(Qualifier.MORE_THAN);
    }
    return estimated(v, q.start()) ? quantity.qualified(Qualifier.APPROXIMATELY) : quantity;
  }

  /** Tokens before a number read for a verb that makes it an estimate. */
  private static final int ESTIMATE_BEFORE = 8;

  /**
   * True when an estimate verb stands before the number in its stretch of text: "officials
   * estimated that 300,000 had been injured", "estimated the number of deaths at 300,000".
   */
  private boolean estimated(View v, int start) {
    for (int k = start - 1; k >= Math.max(0, start - ESTIMATE_BEFORE); k--) {
      Token t = v.token(k);
      if (t.shape() == Token.Shape.PUNCT) {
        return false;
      }
      if (lex.contains("estimating_verb", t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the text gives a range as an estimate: "an estimated 3,000 to 5,000", "some
   * 500,000-750,000", "estimated the death toll at between 1,200 and 1,500".
   */
  private boolean approximate(View v, QuantitySpan q) {
    int from = Math.max(0, q.start() - 1);
    for (int k = from; k < q.number(); k++) {
      if (lex.contains("estimate_word", v.token(k))) {
        return true;
      }
    }
    return estimated(v, q.start());
  }

  /**
   * The best single number of {@code q}, a range read as an estimate keeping its parsed range's.
   */
  private static double value(Quantity parsed, Quantity q, Category category) {
    return value(parsed.qualifier() == Qualifier.RANGE ? parsed : q, category);
  }

  /** The best single number: a range of displaced people takes its upper bound (IDMC). */
  private static double value(Quantity q, Category category) {
    return q.qualifier() == Qualifier.RANGE && category == Category.DISPLACEMENT
        ? q.high()
        : q.value();
  }

  /**
   * Sets value_people and the household size. Households and people stated together for one group
   * ("4,000 people (800 families)") are two figures, one in each unit, each naming the other in its
   * notes and holding the people in value_people: the second is the {@link Sibling} of the first.
   */
  private void people(
      Figure.Builder f,
      String text,
      Analysis a,
      Reading r,
      Unit unit,
      double value,
      Category category,
      List<String> notes) {
    if (unit == Unit.PEOPLE) {
      f.valuePeople(value);
      if (r.restated != null) {
        notes.add(alsoHouseholds(r.restated.quantity()));
        r.sibling = before(text, a, r, value(r.restated.quantity(), category), value);
        return;
      }
      Restated h = restatedAfter(a, r).filter(Restated::households).orElse(null);
      if (h != null) {
        r.restatedAfter = h.quantity().start();
        r.restatedEnd = h.head().end();
      } else if (category != Category.CASUALTY) {
        // "14 members of two families" were killed: the families only say whose members they were
        h = householdsWithin(a, r);
      }
      if (h != null) {
        notes.add(alsoHouseholds(h.quantity().quantity()));
        r.sibling =
            sibling(text, h, Unit.HOUSEHOLDS, value(h.quantity().quantity(), category), value);
      }
    } else if (unit == Unit.HOUSEHOLDS) {
      Restated p = restatedAfter(a, r).filter(x -> !x.households()).orElse(null);
      if (p != null) {
        double people = value(p.quantity().quantity(), category);
        r.restatedAfter = p.quantity().start();
        r.restatedEnd = p.head().end();
        f.valuePeople(people);
        notes.add("also given as " + number(people) + " people");
        r.sibling = sibling(text, p, Unit.PEOPLE, people, people);
        return;
      }
      f.householdSize(settings.householdSize());
      f.valuePeople((double) Math.round(value * settings.householdSize()));
      notes.add("people estimated at " + number(settings.householdSize()) + " per household");
    }
  }

  /**
   * The figure of a group in the other unit, beside a figure's own number: where its number is, its
   * quantity, unit and population, and the people of the group.
   */
  private record Sibling(
      int offset, Quantity quantity, Unit unit, String population, double value, double people) {}

  /** "2,400 families or 7,900 people": the households of {@code r} stated before its people. */
  private Sibling before(String text, Analysis a, Reading r, double value, double people) {
    View v = a.view();
    int head = lex.phraseAt(HOUSEHOLD, v.tokens(), r.restated.end());
    String population =
        head > r.restated.end()
            ? text.substring(v.token(r.restated.end()).start(), v.token(head - 1).end())
            : null;
    return new Sibling(
        v.token(r.restated.number()).start(),
        r.restated.quantity(),
        Unit.HOUSEHOLDS,
        population,
        value,
        people);
  }

  private static Sibling sibling(String text, Restated x, Unit unit, double value, double people) {
    List<Token> tokens = x.tokens();
    String population =
        x.head().end() > x.head().start()
            ? text.substring(
                tokens.get(x.head().start()).start(), tokens.get(x.head().end() - 1).end())
            : null;
    return new Sibling(
        tokens.get(x.quantity().number()).start(),
        x.quantity().quantity(),
        unit,
        population,
        value,
        people);
  }

  /**
   * Returns the figure of {@code s} beside {@code f}: the same report of the group, in s's unit.
   */
  private static Figure sibling(Figure f, Sibling s) {
    Quantity q = s.quantity();
    return f.toBuilder()
        .id(FigureIds.of(f.documentId(), s.offset(), f.metric().id()))
        .unit(s.unit())
        .value(s.value())
        .valueLow(q.low())
        .valueHigh(q.high())
        .qualifier(q.qualifier())
        .population(s.population())
        .householdSize(null)
        .valuePeople(s.people())
        .notes(
            f.notes()
                .replaceFirst(
                    "also given as [^;]*",
                    "also given as "
                        + number(f.value())
                        + (f.unit() == Unit.HOUSEHOLDS ? " households" : " people")))
        .build();
  }

  /** The note a people figure keeps of the households stated with it. */
  private static String alsoHouseholds(Quantity households) {
    return "also given as " + number(households.value()) + " households";
  }

  /**
   * A count restated in the other unit: its quantity and people head, as spans of {@code tokens}.
   */
  private record Restated(
      List<Token> tokens, QuantitySpan quantity, Span head, boolean households) {}

  /**
   * "5,300 families (32,000 people)", "3,800 families, or more than 18,000 people", "718,000 people
   * -- the equivalent of 155,000 families --": the count stated right after a figure.
   */
  private Optional<Restated> restatedAfter(Analysis a, Reading r) {
    int end = headEnd(a.view(), r);
    List<Token> all = a.all();
    int first = a.afterInAll(end);
    int k = first;
    while (k < all.size() && k - first < 3 && opensRestatement(all.get(k))) {
      k++;
    }
    int link = lex.phraseAt("restatement", all, k);
    if (k >= all.size() || (k == first && link < 0)) {
      return Optional.empty();
    }
    // "or more than 18,000 people": the number's own qualifier may be part of the link
    Optional<QuantitySpan> q = link > 0 ? Optional.empty() : quantities.parseAt(all, k);
    for (int j = k + 1; j <= link && q.isEmpty(); j++) {
      q = quantities.parseAt(all, j);
    }
    if (q.isEmpty() || q.get().quantity().dimension() != Dimension.COUNT) {
      return Optional.empty();
    }
    int after = q.get().end();
    int head = lex.phraseAt(PEOPLE, all, after);
    if (head < 0 || (link < 0 && !enclosed(all, first, k) && clauseGoesOn(all, head))) {
      // "Floods killed 7, 300 homes were destroyed": after a bare comma, a count with a verb of its
      // own opens a clause, it restates nothing
      return Optional.empty();
    }
    return Optional.of(
        new Restated(all, q.get(), new Span(after, head), lex.startsAt(HOUSEHOLD, all, after)));
  }

  /** True when a bracket or a dash is among the tokens from {@code first} to {@code k}. */
  private static boolean enclosed(List<Token> all, int first, int k) {
    for (int j = first; j < k; j++) {
      if (!all.get(j).is(",")) {
        return true;
      }
    }
    return false;
  }

  /** True when the word at {@code p} is an auxiliary: the phrase before it is a verb's subject. */
  private boolean clauseGoesOn(List<Token> all, int p) {
    return p < all.size() && lex.contains("aux", all.get(p));
  }

  private static boolean opensRestatement(Token t) {
    return t.is("(") || t.is(",") || Insertions.dash(t);
  }

  /**
   * "44,000 people belonging to 15,000 families": households inside the people's phrase; one
   * household only describes its people ("eight members of one family").
   */
  private Restated householdsWithin(Analysis a, Reading r) {
    if (r.population == null) {
      return null;
    }
    View v = a.view();
    for (int k = r.population.start(); k < r.population.end(); k++) {
      QuantitySpan q = v.quantityAt(k);
      if (q != null
          && q.end() < r.population.end()
          && q.quantity().value() > 1
          && lex.startsAt(HOUSEHOLD, v.tokens(), q.end())) {
        int head = lex.phraseAt(HOUSEHOLD, v.tokens(), q.end());
        return new Restated(v.tokens(), q, new Span(q.end(), head), true);
      }
    }
    return null;
  }

  /**
   * True when a negation stands by the number or between it and its trigger ("no one was killed").
   */
  private boolean denied(View view, Match m, Span value) {
    Span trigger = m.get(Capture.TRIGGER).orElse(value);
    int from = Math.max(0, Math.min(value.start(), trigger.start()) - 1);
    int to = Math.max(value.end(), trigger.start());
    for (int k = from; k < to; k++) {
      if ((k < value.start() || k >= value.end()) && lex.contains("negation", view.token(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for a count of people with a fraction that no scale explains ("a magnitude 7.8"): people
   * come in whole numbers; "1.5 million" is whole.
   */
  private static boolean fractional(QuantitySpan q) {
    Quantity quantity = q.quantity();
    return quantity.dimension() == Dimension.COUNT
        && quantity.value() != Math.floor(quantity.value());
  }

  /** The most capitalised words between a year and the title noun that ends its name. */
  private static final int MAX_TITLE = 6;

  /**
   * True when a year names a law, plan or treaty, not a count: "the 1948 Displaced Persons Act",
   * "the 2005 Refugee Protection Act". A bare four-digit number, then capitalised words ending in a
   * word of class {@code title_noun}.
   */
  private boolean titled(View v, QuantitySpan q) {
    Token number = v.token(q.number());
    if (q.end() - q.start() != 1 || !YEAR.matcher(number.text()).matches()) {
      return false;
    }
    for (int k = q.end(); k < v.size() && k - q.end() < MAX_TITLE; k++) {
      Token t = v.token(k);
      if (!t.capitalized()) {
        return false;
      }
      if (lex.contains("title_noun", t)) {
        return true;
      }
    }
    return false;
  }

  /** How far after a number a count may follow that its name's verb governs. */
  private static final int MAX_NAMED_OBJECT = 4;

  /**
   * True when a bare number without people ends a name and the verb after it governs a count of its
   * own: "Rescue 1122 evacuated around 3,000 people" counts the 3,000. The word before the number
   * is capitalised and neither a place nor a time.
   */
  private static boolean named(Analysis a, Match m, Span value) {
    View v = a.view();
    QuantitySpan q = v.quantityAt(value.start());
    if (q == null
        || value.start() == 0
        || q.end() - q.start() != 1
        || m.get(Capture.POPULATION).isPresent()
        || !allDigits(v.token(value.start()).text())) {
      return false;
    }
    Token name = v.token(value.start() - 1);
    if (name.shape() != Token.Shape.WORD || !name.capitalized()) {
      return false;
    }
    for (Locator.Located l : a.places()) {
      if (l.end() == value.start()) {
        return false;
      }
    }
    for (TimeSpan t : a.times()) {
      if (t.end() == value.start()) {
        return false;
      }
    }
    for (int k = q.end(); k < v.size() && k - q.end() <= MAX_NAMED_OBJECT; k++) {
      QuantitySpan next = v.quantityAt(k);
      if (next != null && next.quantity().dimension() == Dimension.COUNT) {
        return true;
      }
      if (v.token(k).shape() == Token.Shape.PUNCT) {
        return false;
      }
    }
    return false;
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  /** A number written as a year of the last two centuries or this one. */
  private static final java.util.regex.Pattern YEAR =
      java.util.regex.Pattern.compile("(1[89]|20)\\d\\d");

  /** The lexicon classes of casualty triggers, for totals that mix casualties. */
  private static final List<String> CASUALTY_CLASSES =
      List.of("killed", "injured", "missing", "kill_active", "injure_active", "abducted");

  /**
   * True when the trigger of a casualty figure is joined to another casualty's ("killed or
   * seriously injured", "dead and wounded", "killed, injured or kidnapped"): a mixed total is not a
   * figure of either. A match ending on a word of class {@code respective_end} gives each its own
   * number ("the dead and injured stood at 40 and 120 respectively").
   */
  private boolean mixed(View v, Match m, Span trigger) {
    if (m.rule().metric().category() != Category.CASUALTY
        || lex.contains("respective_end", v.token(m.span().end() - 1))) {
      return false;
    }
    int k = trigger.end();
    int joined = k;
    while (k < v.size() && lex.contains("mixed_joiner", v.token(k))) {
      k++;
    }
    if (k > joined && casualtyAt(v, k)) {
      return true;
    }
    int j = trigger.start();
    int before = j;
    while (j > 0 && lex.contains("mixed_joiner", v.token(j - 1))) {
      j--;
    }
    if (j == before || j == 0) {
      return false;
    }
    for (String c : CASUALTY_CLASSES) {
      if (lex.phraseEndingAt(c, v.tokens(), j) >= 0) {
        return true;
      }
    }
    return false;
  }

  private boolean casualtyAt(View v, int k) {
    int at = k;
    while (at < v.size() && lex.contains("adverb", v.token(at))) {
      at++;
    }
    for (String c : CASUALTY_CLASSES) {
      if (lex.startsAt(c, v.tokens(), at) || lex.startsAt(c, v.tokens(), k)) {
        return true;
      }
    }
    return false;
  }

  /** How far after a casualty figure's match its people may be said to be found alive. */
  private static final int MAX_ALIVE_GAP = 6;

  private static final int MAX_ILL_GAP = 8;

  /**
   * True when the dead or missing a figure counts are said, in the words after its match and before
   * any other number, to have been found alive: "Five of those missing were later found alive",
   * "Ten people were reported missing, but were found safe" (a phrase of class {@code
   * found_alive}).
   */
  private boolean foundAlive(View v, Match m) {
    Metric metric = m.rule().metric();
    if (metric != Metric.KILLED && metric != Metric.MISSING) {
      return false;
    }
    return saidAfter(v, m.span().end(), "found_alive", MAX_ALIVE_GAP);
  }

  /**
   * True when a phrase of class {@code name} starts within {@code gap} words from {@code end},
   * before any other number: what the words after a match say of the people it counts.
   */
  private boolean saidAfter(View v, int end, String name, int gap) {
    for (int k = end; k < v.size() && k - end < gap; k++) {
      if (v.quantityAt(k) != null) {
        return false;
      }
      if (lex.startsAt(name, v.tokens(), k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when people counted as injured only because they were taken to hospital are said, in the
   * words after the match and before any other number, to have fallen ill or to be only checked:
   * "Twenty pupils were taken to hospital after eating contaminated food", "40 were hospitalised
   * with cholera", "one was taken to a hospital to be examined" (a word of class {@code
   * hospital_not_hurt} after a match that holds a word of class {@code hospital_noun} or {@code
   * hospitalised}); nor are "five of them", some of those a sentence counted before.
   */
  private boolean ill(View v, Match m) {
    if (m.rule().metric() != Metric.INJURED) {
      return false;
    }
    int end = m.span().end();
    boolean hospital = false;
    for (int k = m.span().start(); k < end && !hospital; k++) {
      hospital =
          lex.startsAt("hospital_noun", v.tokens(), k) || lex.contains("hospitalised", v.token(k));
    }
    if (!hospital) {
      return false;
    }
    for (int k = m.span().start(); k < end; k++) {
      if (lex.startsAt("breakdown_after", v.tokens(), k)) {
        return true; // "five of them were flown to hospital" are some of those counted before
      }
    }
    return saidAfter(v, end, "hospital_not_hurt", MAX_ILL_GAP);
  }

  /**
   * People named after a figure's own by their tie to them: how many they add, where their number
   * stands (or -1) and where their phrase ends.
   */
  private record Companions(double extra, int quantity, int end) {}

  /** Those tied to a count whose number is not said: "and her children". */
  private static final Companions UNCOUNTED = new Companions(0, -1, -1);

  /** The most words between "and his" and the noun of who is tied: "and her [three young] sons". */
  private static final int COMPANION_WORDS = 3;

  /**
   * The people a match names after its count and population by their tie to them ("a man [and his
   * wife] were killed", "two children [and their mother]", "a woman [and her three children]"), or
   * null when it names none; {@link #UNCOUNTED} when their number is not said ("and her children")
   * or is not exact.
   */
  private Companions companions(View v, Match m) {
    Span pop = m.get(Capture.POPULATION).orElse(null);
    if (pop == null || m.rule().metric().category() != Category.CASUALTY) {
      return null;
    }
    int from = -1;
    for (int j = pop.start() + 1; j <= pop.end() && from < 0; j++) {
      int after = lex.phraseAt("companion_joiner", v.tokens(), j);
      from = after > j ? after : -1; // after the people ("a man [and his] wife were killed") or in
      // their phrase ("killed a farmer [and his] son")
    }
    if (from < 0 || from >= m.span().end()) {
      return null;
    }
    for (int k = from; k < m.span().end() && k - from <= COMPANION_WORDS; k++) {
      int end = lex.phraseAt("companion", v.tokens(), k);
      if (end <= k || end > m.span().end()) {
        continue;
      }
      for (int j = from; j < k; j++) {
        QuantitySpan q = v.quantityAt(j);
        if (q != null && q.quantity().dimension() == Dimension.COUNT) {
          return q.quantity().qualifier() == Qualifier.EXACT
              ? new Companions(q.quantity().value(), q.start(), end)
              : UNCOUNTED;
        }
      }
      return lex.contains("companion_many", v.token(k)) ? UNCOUNTED : new Companions(1, -1, end);
    }
    return null;
  }

  /** {@code f} counting those tied to its people too: "a man and his wife" are two. */
  private Figure withCompanions(Story story, View v, Figure f, Reading r, Companions c) {
    String text = story.document().text();
    int start = r.population.start();
    while (start < c.end() - 1 && lex.contains("determiner", v.token(start))) {
      start++;
    }
    return f.toBuilder()
        .value(f.value() + c.extra())
        .valueLow(f.valueLow() == null ? null : f.valueLow() + c.extra())
        .valueHigh(f.valueHigh() == null ? null : f.valueHigh() + c.extra())
        .valuePeople(f.valuePeople() == null ? null : f.valuePeople() + c.extra())
        .population(text.substring(v.token(start).start(), v.token(c.end() - 1).end()))
        .build();
  }

  /**
   * The match of the whole when a part's people hold it and the verb tells of the whole: in "Three
   * [of the 10 people] killed were policemen" and "Twelve [of the 20 people] who died were
   * children" the verb counts the 10 and the 20, so the figure is theirs, and the part is left to
   * the rules that read it with its own people. "Three of the 10 passengers drowned" keeps the
   * three.
   */
  private Match wholeOfPart(View v, Match m) {
    Span people = m.get(Capture.POPULATION).orElse(null);
    Span value = m.get(Capture.VALUE).orElse(null);
    Span trigger = m.get(Capture.TRIGGER).orElse(null);
    if (people == null
        || value == null
        || trigger == null
        || people.start() != value.end()
        || trigger.start() < people.end()
        || !lex.contains("partitive", v.token(people.start()))) {
      return m;
    }
    int k = people.start() + 1;
    if (k < people.end() && lex.contains("determiner", v.token(k))) {
      k++;
    }
    QuantitySpan whole = k < people.end() ? v.quantityAt(k) : null;
    if (whole == null
        || whole.quantity().dimension() != Dimension.COUNT
        || !describesWhole(v, m, whole.end(), trigger)) {
      return m;
    }
    Map<Capture, Span> captures = new EnumMap<>(m.captures());
    captures.put(Capture.VALUE, new Span(whole.start(), whole.end()));
    if (whole.end() < people.end()) {
      captures.put(Capture.POPULATION, new Span(whole.end(), people.end()));
    } else {
      captures.remove(Capture.POPULATION);
    }
    return new Match(m.rule(), new Span(whole.start(), m.span().end()), captures);
  }

  /**
   * The most words between a casualty participle and the verb of the part: "killed [on Monday]".
   */
  private static final int MAX_WHOLE_TAIL = 6;

  /**
   * True when a casualty trigger after the whole's people describes them rather than being the verb
   * of the part: a relative word before it ("who died"), or a participle the part's own verb
   * follows ("killed [in the ambush] were").
   */
  private boolean describesWhole(View v, Match m, int from, Span trigger) {
    if (m.rule().metric().category() != Category.CASUALTY) {
      return false;
    }
    for (int k = from; k < trigger.start(); k++) {
      if (lex.contains("relative", v.token(k))) {
        return true;
      }
      if (lex.contains("aux", v.token(k))) {
        return false;
      }
    }
    for (int k = trigger.end(); k < Math.min(v.size(), trigger.end() + MAX_WHOLE_TAIL); k++) {
      Token t = v.token(k);
      if (lex.contains("aux", t)) {
        return true;
      }
      if (!t.wordLike() || lex.contains("gap_stop", t)) {
        return false;
      }
    }
    return false;
  }

  /**
   * True when a number is a condition's or what would follow from one, not a count: "If the death
   * toll tops 300, ..."; "If we do not find them alive, that is 105 deaths". A short condition that
   * only hedges a count stated as fact ("If confirmed, the toll of 120 would ...") does not count,
   * and neither does "as if".
   */
  private boolean conditional(View v, Span value) {
    for (int k = value.start() - 1; k >= 0; k--) {
      Token t = v.token(k);
      if (t.is(",") || t.is(";") || t.is(":")) {
        break;
      }
      if (lex.contains("condition", t)
          && (k == 0 || !lex.contains("condition_not", v.token(k - 1)))) {
        return true; // the number stands in the condition
      }
    }
    if (v.size() == 0 || !lex.contains("condition", v.token(0))) {
      return false;
    }
    for (int k = 1; k < value.start(); k++) {
      if (v.token(k).is(",")) {
        // the number follows from a condition that opens the sentence
        return k > MAX_HEDGE_CONDITION + 1;
      }
    }
    return false;
  }

  /** The most words of a condition that only hedges a stated count: "If [confirmed],". */
  private static final int MAX_HEDGE_CONDITION = 2;

  /**
   * True when people trapped are held by rubble, a mine or a wreck, not by a siege: "40 residents
   * were believed trapped under the buried houses", a besieged figure whose match is followed by a
   * word of class {@code trapped_under}.
   */
  private boolean buried(View v, Match m) {
    int k = m.span().end();
    if (m.rule().metric() != Metric.BESIEGED || k >= v.size()) {
      return false;
    }
    if (lex.startsAt("trapped_under", v.tokens(), k)) {
      return true;
    }
    // "trapped in their homes [by the rising water]": what holds them, later in the clause
    for (int j = k; j < Math.min(v.size(), k + MAX_TRAPPED_BY); j++) {
      if (!v.token(j).wordLike() || lex.contains("clause_boundary", v.token(j))) {
        return false;
      }
      if (lex.startsAt("trapped_by", v.tokens(), j)) {
        return true;
      }
    }
    return false;
  }

  /** The most words between "trapped" and what holds the people trapped: "in their homes". */
  private static final int MAX_TRAPPED_BY = 8;

  /** The most words from a coordinator to the casualty word of the subject it joins. */
  private static final int MAX_VICTIMS = 6;

  /** The word classes of a verb that makes its subject's people casualties: "were [killed]". */
  private static final List<String> HARMED = List.of("killed", "injured", "missing");

  /**
   * True when people counted by their noun alone, with no verb of their own, open a subject whose
   * verb makes them casualties: "Three displaced persons and five others were killed" counts the
   * dead, not the displaced. The words after the coordinator run to a word of class killed, injured
   * or missing without punctuation.
   */
  private boolean victims(View v, Match m) {
    Span people = m.get(Capture.POPULATION).orElse(null);
    int start = m.span().start();
    int k = m.span().end();
    if (m.rule().metric().category() == Category.CASUALTY) {
      return false;
    }
    if (people == null || people.end() != k) {
      // "Three displaced persons": the rule's verb is a word of the people after it
      int noun = lex.phraseAt(PEOPLE, v.tokens(), k);
      if (noun <= k) {
        return false;
      }
      k = noun;
    }
    if (k >= v.size()
        || !lex.contains("coordinator", v.token(k))
        || (start > 0
            && v.token(start - 1).shape() != Token.Shape.PUNCT
            && !lex.contains("clause_boundary", v.token(start - 1)))) {
      return false;
    }
    for (int j = k + 1; j < v.size() && j - k <= MAX_VICTIMS; j++) {
      if (v.token(j).shape() == Token.Shape.PUNCT) {
        return false;
      }
      for (String harmed : HARMED) {
        if (lex.startsAt(harmed, v.tokens(), j)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when one person, read from "a" before a noun of one person, is counted as anything but a
   * casualty: "A farmer fled his village" tells one story, where "a farmer was killed" is a
   * casualty figure.
   */
  private boolean anecdote(View v, Match m, Span value) {
    QuantitySpan q = v.quantityAt(value.start());
    return m.rule().metric().category() != Category.CASUALTY
        && q != null
        && quantities.onePerson(v.tokens(), q);
  }

  /**
   * True when people on the move are named in passing, not counted as displaced: stopped on their
   * way ("guards stopped 300 refugees from crossing", "turned back 150 migrants"), or in a time to
   * come or that recurs ("when thousands of refugees arrive"): a number after a word of class
   * {@code halted_before}, or after one of class {@code hypothetical_before} with a plain verb of
   * class {@code plain_motion} after the match.
   */
  private boolean passing(View v, Match m, Span value) {
    if (m.rule().metric().category() != Category.DISPLACEMENT) {
      return false;
    }
    if (lex.phraseEndingAt("halted_before", v.tokens(), value.start()) >= 0) {
      return true;
    }
    if (value.start() == 0 || !lex.contains("hypothetical_before", v.token(value.start() - 1))) {
      return false;
    }
    for (int k = value.end(); k <= m.span().end() && k < v.size(); k++) {
      if (lex.contains("plain_motion", v.token(k))) {
        return true;
      }
    }
    return false;
  }

  /** The most words between a figure and a rate of its clause ("flee the camps each year"). */
  private static final int MAX_RATE = 8;

  /**
   * True when a rate follows the figure ("kills hundreds every year", "2,000 people a month",
   * "thousands of refugees try to leave the camps each year"), not a point in time ("killed a week
   * ago", "fled a month earlier"), or the figure counts each of several ("5,000 refugees each").
   */
  private boolean rate(View v, Match m) {
    int end = m.span().end();
    if (end < v.size() && lex.contains("distributive", v.token(end))) {
      return true; // "camps that host 5,000 refugees each": per item, no total
    }
    for (int k = end; k < Math.min(v.size(), end + MAX_RATE); k++) {
      int e = lex.phraseAt(k - end < 3 ? "rate" : "rate_far", v.tokens(), k);
      if (e >= 0) {
        return (e >= v.size() || !lex.contains("rate_not_after", v.token(e)))
            && !lex.contains("rate_not_before", v.token(k - 1));
      }
      if (v.token(k).shape() == Token.Shape.PUNCT) {
        return false;
      }
    }
    return false;
  }

  /**
   * True when people escaped harm, not their homes: "all 150 passengers escaped unhurt", "the 89
   * escaped without injuries"; "300 people fled unharmed to the next village" is a flight.
   */
  private boolean unharmed(View v, Match m, Span trigger) {
    if (m.rule().metric() != Metric.FLED || !lex.startsAt("escape", v.tokens(), trigger.start())) {
      return false;
    }
    int k = trigger.end();
    if (k < v.size() && lex.contains("adverb", v.token(k))) {
      k++;
    }
    return lex.startsAt("unharmed", v.tokens(), k);
  }

  /**
   * True when the number is the whole of a partitive ("a third of [the 200,000] people ... fled"):
   * the part is the figure, not the whole.
   */
  private boolean whole(View v, Match m, Span value) {
    if (m.rule().metric().category() == Category.POPULATION) {
      return false;
    }
    int k = value.start();
    if (k > 0 && lex.contains("determiner", v.token(k - 1))) {
      k--;
    }
    return (partOf(v, k) || partOf(v, possessedWhole(v, value.start())))
        && !describedWhole(v, m, value);
  }

  /** True when a quantity and a partitive stand before token {@code k}: "[a third of] the". */
  private boolean partOf(View v, int k) {
    return k > 1 && lex.contains("partitive", v.token(k - 1)) && v.quantityEndingAt(k - 1) != null;
  }

  /** The most words between a partitive and a whole that a possessor or noun puts there. */
  private static final int POSSESSOR = 5;

  /**
   * Where the noun phrase of a whole starts when a possessor or a noun stands between it and its
   * partitive ("90 per cent of [Gaza's] 2.1 million people", "half of [the city's] 400,000
   * residents", "75% of [Gaza's population of] 2.3 million"); {@code value} when there is none.
   */
  private int possessedWhole(View v, int value) {
    boolean possessor = false;
    for (int k = value - 1; k >= 1 && value - k <= POSSESSOR; k--) {
      Token t = v.token(k);
      if (lex.contains("partitive", t)) {
        if (k + 1 < value && v.quantityEndingAt(k) != null && possessor) {
          return k + 1;
        }
        continue;
      }
      boolean noun =
          t.shape() == Token.Shape.WORD
              && (lex.contains("partitive", v.token(k + 1))
                  || lex.contains("possessive", v.token(k + 1)));
      if (lex.contains("possessive", t) || noun) {
        possessor = true;
      } else if (!(lex.contains("determiner", t) || t.capitalized())) {
        return value;
      }
    }
    return value;
  }

  /**
   * True when the trigger describes the whole of a partitive rather than being its verb: in a
   * relative clause ("half of the 80,000 people [who fled] have returned"), or as a participle
   * without an auxiliary ("a third of the 45,000 people [displaced] by the floods"); the verb of
   * the part is then another one. "Fled" and "left" are past tenses as well, so only they need the
   * relative pronoun. A whole counted as deaths or injuries ("40 of the 58 deaths") is one itself.
   */
  private boolean describedWhole(View v, Match m, Span value) {
    Span trigger = m.get(Capture.TRIGGER).orElse(null);
    if (trigger == null || trigger.start() < value.end()) {
      return false;
    }
    if (lex.startsAt("death_noun", v.tokens(), trigger.start())
        || lex.startsAt("injury_noun", v.tokens(), trigger.start())) {
      return true; // "Punjab accounted for 40 of the [58 deaths]": the whole counts deaths too
    }
    boolean participle =
        m.rule().metric() == Metric.DISPLACED || m.rule().metric() == Metric.EVACUATED;
    for (int k = value.end(); k < trigger.start(); k++) {
      if (lex.contains("relative", v.token(k))) {
        return true;
      }
      if (lex.contains("aux", v.token(k))) {
        return false;
      }
    }
    return participle || describesWhole(v, m, value.end(), trigger);
  }

  /**
   * True when a modal word or phrase hedges the figure ("could be displaced", "feared dead", "plan
   * to evacuate 10,000").
   */
  private boolean hedged(View view, Span value, Span trigger) {
    int from = Math.max(0, Math.min(value.start(), trigger.start()) - 2);
    int to = Math.max(value.end(), trigger.end());
    for (int k = from; k < to; k++) {
      if ((k < value.start() || k >= value.end()) && lex.startsAt("modal", view.tokens(), k)) {
        return true;
      }
    }
    return false;
  }

  /** The rule's tally, else "another 300" or "300 more" (new), else "a total of" (cumulative). */
  private Tally tally(View view, Match m, Span value, Span trigger) {
    if (m.rule().tally() != null) {
      return m.rule().tally();
    }
    int from = Math.max(0, value.start() - 2);
    int to = Math.max(value.end(), Math.min(trigger.end(), m.span().end()));
    QuantitySpan q = view.quantityAt(value.start());
    for (int k = from; k < to; k++) {
      // a word of the quantity is no increment ("[more] than 300", "300 or [more]"), but for one
      // between its qualifier and its number ("at least [another] 400")
      boolean inside =
          k >= value.start()
              && k < value.end()
              && (k == value.start() || q == null || k >= q.number());
      if (!inside && lex.contains("increment", view.token(k))) {
        return Tally.NEW;
      }
    }
    for (int k = Math.max(0, value.start() - 3); k < value.end(); k++) {
      if (lex.contains("total", view.token(k))) {
        return Tally.CUMULATIVE;
      }
    }
    return null;
  }

  private Unit unit(Quantity q, View view, Span population) {
    if (q.dimension() == Dimension.PERCENT) {
      return Unit.PERCENT;
    }
    if (q.dimension() == Dimension.AREA) {
      return Unit.KM2;
    }
    if (population != null) {
      int head = headEnd(view, population);
      if (head > population.start() && lex.contains(HOUSEHOLD, view.token(head - 1))) {
        return Unit.HOUSEHOLDS;
      }
      if (head - 2 >= population.start()
          && lex.startsAt(HOUSEHOLD, view.tokens(), head - 2)
          && lex.phraseAt(HOUSEHOLD, view.tokens(), head - 2) == head) {
        return Unit.HOUSEHOLDS;
      }
    }
    return Unit.PEOPLE;
  }

  /** The end of a figure's people head, or of its number when it names none. */
  private int headEnd(View view, Reading r) {
    return r.population != null ? headEnd(view, r.population) : r.quantity.end();
  }

  /**
   * The end of a population phrase's head: before a place or participle phrase ("people [from
   * Bria]", "people [belonging to 15,000 families]", "people [worldwide]").
   */
  private int headEnd(View view, Span population) {
    for (int k = population.start() + 1; k < population.end(); k++) {
      if ((lex.startsAt("participle", view.tokens(), k)
              || lex.contains("place_adverb", view.token(k)))
          && view.quantityCovering(k) == null) {
        return k;
      }
      if (lex.contains("place_preposition", view.token(k)) && view.quantityCovering(k) == null) {
        boolean partitive = lex.contains("partitive", view.token(k)) && k == population.start();
        if (!partitive) {
          return k;
        }
      }
    }
    return population.end();
  }

  /**
   * The population as written, without a leading "of", article, "more" or partitive quantity; none
   * for a pronoun or "more" alone ("60,000 of them", "6,000 more").
   */
  private String population(String text, View view, Span p) {
    if (p == null) {
      return null;
    }
    if (lex.contains("item_preposition", view.token(p.start()))
        || lex.startsAt("fled", view.tokens(), p.start())) {
      // "displaced 165,000 [across 38 counties]": a place; "the number of people [forced to flee]":
      // what happened to them; no people named
      return null;
    }
    int start = p.start();
    int end = headEnd(view, p);
    for (int k = p.start(); k < end; k++) {
      QuantitySpan inner = view.quantityAt(k);
      if (inner != null && inner.end() < end) {
        start = inner.end(); // not an age that ends the phrase: "children [under five]"
      }
    }
    while (start < end - 1
        && (lex.contains("partitive", view.token(start))
            || lex.contains("determiner", view.token(start))
            || lex.contains("quantity_follower", view.token(start)))) {
      start++;
    }
    if (start == end - 1
        && (lex.contains("partitive_pronoun", view.token(start))
            || lex.contains("quantity_follower", view.token(start)))) {
      return null; // "60,000 of [them] fled", "6,000 [more] were displaced"
    }
    return start < end
        ? text.substring(view.token(start).start(), view.token(end - 1).end())
        : null;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static String number(double d) {
    return org.humfig.model.Columns.number(d);
  }

  private static String blank(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
