package org.humfig.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.humfig.document.Document;
import org.humfig.model.Category;
import org.humfig.model.Figure;
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
import org.humfig.rule.Span;
import org.humfig.rule.View;
import org.humfig.text.Token;

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

  private final Lexicon lex;
  private final QuantityParser quantities;
  private final Context context;
  private final Extractor.Settings settings;

  Interpretation(
      Lexicon lex, QuantityParser quantities, Context context, Extractor.Settings settings) {
    this.lex = lex;
    this.quantities = quantities;
    this.context = context;
    this.settings = settings;
  }

  /** Returns the figures of one analysed sentence, in the order their numbers appear. */
  List<Figure> figures(Story story, Analysis a) {
    Document doc = story.document();
    List<Match> matches = new ArrayList<>(a.matches());
    matches.sort(
        Comparator.comparingInt((Match m) -> -m.rule().priority())
            .thenComparingInt(m -> m.span().start() - m.span().end()));
    Set<Integer> claimed = new HashSet<>();
    Set<Integer> triggers = new HashSet<>();
    SortedMap<Integer, Figure> out = new TreeMap<>();
    for (Match m : matches) {
      Span value = m.get(Capture.VALUE).orElseThrow();
      Span trigger = m.get(Capture.TRIGGER).orElse(value);
      if (claimed.contains(value.start())
          || triggers.contains(trigger.start())
          || denied(a.view(), m, value)) {
        continue;
      }
      claimed.add(value.start());
      triggers.add(trigger.start());
      Reading r = read(a, m, value);
      Figure f = figure(story, a, m, r);
      out.put(a.view().token(r.quantity.number()).start(), f);
      breakdown(doc, a, m, r, f).ifPresent(part -> out.put(part.offset(), part.figure()));
    }
    return List.copyOf(out.values());
  }

  /**
   * What a match says about its number: the quantity, the population span, a stated people count.
   */
  private static final class Reading {
    QuantitySpan quantity;
    Span population;
    Double statedPeople;
  }

  private Reading read(Analysis a, Match m, Span value) {
    View v = a.view();
    Reading r = new Reading();
    r.quantity = v.quantityAt(value.start());
    r.population = m.get(Capture.POPULATION).orElse(null);
    restatedBefore(v, value)
        .ifPresent(
            earlier -> {
              r.statedPeople = r.quantity.quantity().value();
              r.quantity = earlier.quantity;
              r.population = earlier.population;
            });
    return r;
  }

  /** "2,400 families or 7,900 people were evacuated": the households stated before the people. */
  private Optional<Reading> restatedBefore(View v, Span value) {
    int or = value.start() - 1;
    if (or < 2 || !v.token(or).is("or")) {
      return Optional.empty();
    }
    int popEnd = v.token(or - 1).is(",") ? or - 1 : or;
    if (!lex.contains(HOUSEHOLD, v.token(popEnd - 1))) {
      return Optional.empty();
    }
    for (int start = popEnd - 1; start >= Math.max(1, popEnd - 4); start--) {
      QuantitySpan q = v.quantityEndingAt(start);
      if (q != null && q.quantity().dimension() == Dimension.COUNT) {
        Reading r = new Reading();
        r.quantity = q;
        r.population = new Span(start, popEnd);
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  private Figure figure(Story story, Analysis a, Match m, Reading r) {
    Document doc = story.document();
    View v = a.view();
    Quantity q = r.quantity.quantity();
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
            .publishedDate(doc.published().orElse(null))
            .category(category)
            .metric(m.rule().metric())
            .value(value(q, category))
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
    people(f, a, r, unit, value(q, category), notes);
    f.notes(notes.isEmpty() ? null : String.join("; ", notes));
    int offset = v.token(r.quantity.number()).start();
    f.id(FigureIds.of(doc.id(), offset, m.rule().metric().id()));
    return f.build();
  }

  /** Sets value_people and the household size: stated, or households times the household size. */
  /** The best single number: a range of displaced people takes its upper bound (IDMC). */
  private static double value(Quantity q, Category category) {
    return q.qualifier() == Qualifier.RANGE && category == Category.DISPLACEMENT
        ? q.high()
        : q.value();
  }

  private void people(
      Figure.Builder f, Analysis a, Reading r, Unit unit, double value, List<String> notes) {
    if (unit == Unit.PEOPLE) {
      f.valuePeople(value);
    } else if (unit == Unit.HOUSEHOLDS) {
      f.householdSize(settings.householdSize());
      Double stated = r.statedPeople != null ? r.statedPeople : restatedAfter(a, r).orElse(null);
      if (stated != null) {
        f.valuePeople(stated);
        notes.add("people as stated beside the household count");
      } else {
        f.valuePeople((double) Math.round(value * settings.householdSize()));
        notes.add("people estimated at " + number(settings.householdSize()) + " per household");
      }
    }
  }

  /** "5,300 families (32,000 people)", "3,800 families, or more than 18,000 people". */
  private Optional<Double> restatedAfter(Analysis a, Reading r) {
    int end = r.population != null ? r.population.end() : r.quantity.end();
    List<Token> all = a.all();
    int k = a.afterInAll(end);
    if (k < all.size() && (all.get(k).is("(") || all.get(k).is(","))) {
      k++;
    }
    if (k < all.size() && all.get(k).is("or")) {
      k++;
    }
    if (k >= all.size() || k == a.afterInAll(end)) {
      return Optional.empty();
    }
    Optional<QuantitySpan> q = quantities.parseAt(all, k);
    if (q.isEmpty() || q.get().quantity().dimension() != Dimension.COUNT) {
      return Optional.empty();
    }
    int after = q.get().end();
    if (after < all.size()
        && lex.startsAt(PEOPLE, all, after)
        && !lex.startsAt(HOUSEHOLD, all, after)) {
      return Optional.of(q.get().quantity().value());
    }
    return Optional.empty();
  }

  /** A figure that is part of another, and where its number starts in the document text. */
  private record Part(int offset, Figure figure) {}

  /** "At least 16 people, including 13 children, were killed": the 13 children. */
  private Optional<Part> breakdown(Document doc, Analysis a, Match m, Reading r, Figure parent) {
    int end = r.population != null ? r.population.end() : r.quantity.end();
    List<Token> all = a.all();
    int k = a.afterInAll(end);
    if (k >= all.size() || !all.get(k).is(",") || !lex.startsAt("breakdown", all, k + 1)) {
      return Optional.empty();
    }
    int opener = k + 1;
    while (opener < all.size() && lex.startsAt("breakdown", all, opener)) {
      opener++;
    }
    Optional<QuantitySpan> q = quantities.parseAt(all, opener);
    if (q.isEmpty() || q.get().quantity().dimension() != Dimension.COUNT) {
      return Optional.empty();
    }
    int head = q.get().end();
    int headEnd = head;
    while (headEnd < all.size() && headEnd - head < 4 && !lex.startsAt(PEOPLE, all, headEnd)) {
      headEnd++;
    }
    if (headEnd >= all.size() || !lex.startsAt(PEOPLE, all, headEnd)) {
      return Optional.empty();
    }
    var hit = lex.phraseAt(PEOPLE, all, headEnd);
    Quantity cq = q.get().quantity();
    int offset = all.get(q.get().number()).start();
    boolean households = lex.startsAt(HOUSEHOLD, all, headEnd);
    Figure.Builder child =
        parent.toBuilder()
            .id(FigureIds.of(doc.id(), offset, m.rule().metric().id()))
            .value(cq.value())
            .valueLow(cq.low())
            .valueHigh(cq.high())
            .qualifier(cq.qualifier())
            .population(doc.text().substring(all.get(head).start(), all.get(hit - 1).end()))
            .partOf(parent.id())
            .unit(households ? Unit.HOUSEHOLDS : Unit.PEOPLE)
            .householdSize(households ? settings.householdSize() : null)
            .valuePeople(
                households
                    ? (double) Math.round(cq.value() * settings.householdSize())
                    : cq.value());
    return Optional.of(new Part(offset, child.build()));
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

  /** True when a modal word hedges the figure ("could be displaced", "feared dead"). */
  private boolean hedged(View view, Span value, Span trigger) {
    int from = Math.max(0, Math.min(value.start(), trigger.start()) - 2);
    int to = Math.max(value.end(), trigger.end());
    for (int k = from; k < to; k++) {
      if ((k < value.start() || k >= value.end()) && lex.contains("modal", view.token(k))) {
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
    for (int k = from; k < to; k++) {
      boolean inside = k >= value.start() && k < value.end();
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

  /** The end of a population phrase's head: before a place phrase ("people [from Bria]"). */
  private int headEnd(View view, Span population) {
    for (int k = population.start() + 1; k < population.end(); k++) {
      if (lex.contains("place_preposition", view.token(k)) && view.quantityCovering(k) == null) {
        boolean partitive = view.token(k).is("of") && k == population.start();
        if (!partitive) {
          return k;
        }
      }
    }
    return population.end();
  }

  /** The population as written, without a leading "of", article or partitive quantity. */
  private String population(String text, View view, Span p) {
    if (p == null) {
      return null;
    }
    int start = p.start();
    int end = headEnd(view, p);
    for (int k = p.start(); k < end; k++) {
      QuantitySpan inner = view.quantityAt(k);
      if (inner != null) {
        start = inner.end();
      }
    }
    while (start < end - 1
        && (view.token(start).is("of") || lex.contains("determiner", view.token(start)))) {
      start++;
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
