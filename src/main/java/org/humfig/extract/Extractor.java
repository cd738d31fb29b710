package org.humfig.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.humfig.document.Document;
import org.humfig.model.DatePrecision;
import org.humfig.model.Figure;
import org.humfig.model.Unit;
import org.humfig.place.Gazetteer;
import org.humfig.quantity.Quantity;
import org.humfig.quantity.QuantityLexicon;
import org.humfig.quantity.QuantityParser;
import org.humfig.quantity.QuantitySpan;
import org.humfig.rule.Capture;
import org.humfig.rule.Lexicon;
import org.humfig.rule.Match;
import org.humfig.rule.RuleLoader;
import org.humfig.rule.RuleSet;
import org.humfig.rule.Span;
import org.humfig.rule.View;
import org.humfig.text.PageConventions;
import org.humfig.text.Segmenter;
import org.humfig.text.Sentence;
import org.humfig.text.Token;
import org.humfig.time.DateFinder;
import org.humfig.time.Period;
import org.humfig.time.TimeSpan;

/**
 * Reads the humanitarian figures of one document.
 *
 * <pre>{@code
 * Extractor x = Extractor.english();
 * x.extract(Document.of("a", "At least 12 people were killed in Aleppo on Sunday.",
 *     LocalDate.of(2016, 12, 11)))
 *   → [Figure[metric=KILLED, value=12.0, qualifier=AT_LEAST, location=Aleppo,
 *       dateStart=2016-12-11, ruleId=killed.passive, ...]]
 * }</pre>
 *
 * <p>Each sentence of the prose is read once: quantities, dates and places are found in one pass
 * each, then the rules anchored on its words are tried. When several rules claim one number, the
 * highest priority wins. A figure repeated in a document (a headline restating the body) is kept
 * once. Immutable and thread-safe: share one extractor between workers.
 */
public final class Extractor {

  private final RuleSet rules;
  private final Segmenter segmenter;
  private final QuantityParser quantities;
  private final DateFinder dates = new DateFinder();
  private final Locator locator;
  private final Sources sources;

  /** Returns an extractor running {@code rules} with the bundled English resources. */
  public Extractor(RuleSet rules) {
    this.rules = rules;
    this.segmenter = new Segmenter(PageConventions.english());
    this.quantities = new QuantityParser(QuantityLexicon.english());
    this.locator = Locator.bundled(Gazetteer.bundled());
    this.sources = Sources.bundled();
  }

  /** Returns an extractor with the bundled English rules. */
  public static Extractor english() {
    return new Extractor(RuleLoader.english());
  }

  /** Returns the rules this extractor runs. */
  public RuleSet rules() {
    return rules;
  }

  /** Returns the figures of {@code doc}, in the order their numbers appear. */
  public List<Figure> extract(Document doc) {
    LocalDate reference = doc.published().orElse(null);
    Locator.Memory memory = new Locator.Memory();
    List<Figure> figures = new ArrayList<>();
    for (Sentence s : segmenter.segment(doc.text())) {
      figures.addAll(sentence(doc, s, reference, memory));
    }
    List<Figure> kept = new ArrayList<>(Deduplication.apply(figures));
    kept.sort(Comparator.comparingInt(Figure::evidenceStart));
    return kept;
  }

  private List<Figure> sentence(
      Document doc, Sentence sentence, LocalDate reference, Locator.Memory memory) {
    Lexicon lex = rules.lexicon();
    boolean[] hidden = Insertions.mark(sentence.tokens(), lex);
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < hidden.length; i++) {
      if (!hidden[i]) {
        tokens.add(sentence.tokens().get(i));
      }
    }
    List<TimeSpan> times = dates.find(tokens, reference);
    List<QuantitySpan> found = new ArrayList<>();
    for (QuantitySpan q : quantities.parse(tokens)) {
      if (times.stream().noneMatch(t -> t.start() < q.end() && q.start() < t.end())) {
        found.add(q);
      }
    }
    View view = new View(tokens, found);
    Locator.Located before = Locator.last(memory);
    List<Locator.Located> places = locator.places(tokens, memory);
    List<Match> attributions = rules.attributions(view);
    List<Match> matches = new ArrayList<>(rules.figures(view));
    matches.sort(
        Comparator.comparingInt((Match m) -> -m.rule().priority())
            .thenComparingInt(m -> m.span().end() - m.span().start()));
    Set<Integer> claimed = new HashSet<>();
    java.util.SortedMap<Integer, Figure> out = new java.util.TreeMap<>();
    for (Match m : matches) {
      Span value = m.get(Capture.VALUE).orElseThrow();
      if (!claimed.add(value.start()) || denied(view, m, value, lex)) {
        continue;
      }
      QuantitySpan q = view.quantityAt(value.start());
      Span trigger = m.get(Capture.TRIGGER).orElse(value);
      Figure.Builder f = Figure.builder();
      Quantity quantity = q.quantity();
      f.documentId(doc.id())
          .sourceName(blank(doc.sourceName()))
          .sourceUrl(blank(doc.sourceUrl()))
          .publishedDate(reference)
          .category(m.rule().metric().category())
          .metric(m.rule().metric())
          .value(quantity.value())
          .valueLow(quantity.low())
          .valueHigh(quantity.high())
          .qualifier(quantity.qualifier())
          .unit(unit(quantity, view, m, lex))
          .population(population(doc.text(), view, m))
          .ruleId(m.rule().id())
          .confidence(confidence(m, view, value, trigger, lex))
          .evidence(sentence.text(doc.text()))
          .evidenceStart(sentence.start())
          .evidenceEnd(sentence.end());
      Locator.Located place = locator.locate(outside(places, attributions), m.span(), before);
      if (place != null) {
        f.location(place.text());
      }
      Period period = period(times, value);
      if (period != null && period.placed()) {
        f.dateStart(period.start()).dateEnd(period.end()).datePrecision(period.precision());
      } else {
        f.datePrecision(DatePrecision.UNKNOWN);
      }
      attribution(doc.text(), view, attributions, value, m).ifPresent(f::attributedTo);
      int offset = view.token(q.number()).start();
      f.id(FigureIds.of(doc.id(), offset, m.rule().metric().id()));
      out.put(offset, f.build());
    }
    return List.copyOf(out.values());
  }

  /** The places not named inside a source ("Syria's state news agency" is not a location). */
  private static List<Locator.Located> outside(
      List<Locator.Located> places, List<Match> attributions) {
    List<Locator.Located> out = new ArrayList<>();
    for (Locator.Located l : places) {
      Span s = new Span(l.start(), l.end());
      if (attributions.stream().noneMatch(a -> overlaps(a.get(Capture.SOURCE).orElseThrow(), s))) {
        out.add(l);
      }
    }
    return out;
  }

  /** True when a negation stands between the number and its trigger ("no one was killed"). */
  private static boolean denied(View view, Match m, Span value, Lexicon lex) {
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

  /** Lowers confidence for a hedged figure ("could be displaced", "feared dead"). */
  private static double confidence(Match m, View view, Span value, Span trigger, Lexicon lex) {
    int from = Math.max(0, Math.min(value.start(), trigger.start()) - 2);
    int to = Math.max(value.end(), trigger.end());
    for (int k = from; k < to; k++) {
      if ((k < value.start() || k >= value.end()) && lex.contains("modal", view.token(k))) {
        return round(m.rule().confidence() * 0.5);
      }
    }
    return m.rule().confidence();
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static Unit unit(Quantity q, View view, Match m, Lexicon lex) {
    switch (q.dimension()) {
      case PERCENT:
        return Unit.PERCENT;
      case AREA:
        return Unit.KM2;
      default:
        break;
    }
    return m.get(Capture.POPULATION)
        .filter(p -> lex.contains("household_noun", view.token(p.end() - 1)))
        .map(p -> Unit.HOUSEHOLDS)
        .orElse(Unit.PEOPLE);
  }

  /** The population phrase as written, without a leading "of" or article. */
  private static String population(String text, View view, Match m) {
    return m.get(Capture.POPULATION)
        .map(
            p -> {
              int start = p.start();
              for (int k = p.start(); k < p.end(); k++) {
                QuantitySpan inner = view.quantityAt(k);
                if (inner != null) {
                  start = inner.end();
                }
              }
              while (start < p.end() - 1
                  && (view.token(start).is("of")
                      || view.token(start).is("the")
                      || view.token(start).is("their")
                      || view.token(start).is("its"))) {
                start++;
              }
              return start < p.end()
                  ? text.substring(view.token(start).start(), view.token(p.end() - 1).end())
                  : null;
            })
        .orElse(null);
  }

  /** The time expression nearest the number in its sentence. */
  private static Period period(List<TimeSpan> times, Span value) {
    TimeSpan best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeSpan t : times) {
      int d = value.distance(new Span(t.start(), t.end()));
      if (d < bestDistance) {
        best = t;
        bestDistance = d;
      }
    }
    return best == null ? null : best.period();
  }

  /** The source of the nearest attribution in the sentence. */
  private java.util.Optional<String> attribution(
      String text, View view, List<Match> attributions, Span value, Match figure) {
    Match best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Match a : attributions) {
      Span src = a.get(Capture.SOURCE).orElseThrow();
      if (src.distance(figure.span()) == 0 && overlaps(src, figure.span())) {
        continue;
      }
      int d = value.distance(a.span());
      if (d < bestDistance || (d == bestDistance && a.rule().priority() > best.rule().priority())) {
        best = a;
        bestDistance = d;
      }
    }
    if (best == null) {
      return java.util.Optional.empty();
    }
    Span src = best.get(Capture.SOURCE).orElseThrow();
    String raw = text.substring(view.token(src.start()).start(), view.token(src.end() - 1).end());
    String name = sources.name(view.tokens().subList(src.start(), src.end()), raw);
    return name.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(name);
  }

  private static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  private static String blank(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
