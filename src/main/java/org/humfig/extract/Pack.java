package org.humfig.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.humfig.document.Document;
import org.humfig.model.Figure;
import org.humfig.model.Metric;
import org.humfig.place.Gazetteer;
import org.humfig.quantity.Dimension;
import org.humfig.quantity.QuantityLexicon;
import org.humfig.quantity.QuantityParser;
import org.humfig.quantity.QuantitySpan;
import org.humfig.rule.Lexicon;
import org.humfig.rule.RuleSet;
import org.humfig.rule.Span;
import org.humfig.rule.View;
import org.humfig.text.PageConventions;
import org.humfig.text.Repair;
import org.humfig.text.Segmenter;
import org.humfig.text.Sentence;
import org.humfig.text.Tables;
import org.humfig.text.Token;
import org.humfig.text.Tokenizer;
import org.humfig.time.DateFinder;
import org.humfig.time.TimeSpan;

/**
 * Everything that reads documents of one language, built from its language pack: the rules and word
 * lists, how numbers and dates are written, page conventions. Immutable and thread-safe.
 */
final class Pack {

  private final RuleSet rules;
  private final Segmenter segmenter;
  private final QuantityParser quantities;
  private final DateFinder dates;
  private final Locator locator;
  private final Lead lead;
  private final Context context;
  private final Interpretation interpretation;
  private final Repair repair;

  /**
   * Returns the reader of the pack the rules were written in, sharing the place and source
   * gazetteers of every pack.
   */
  Pack(
      RuleSet rules,
      Extractor.Settings settings,
      Gazetteer gazetteer,
      Locator locator,
      Sources sources) {
    String language = rules.language();
    this.rules = rules;
    PageConventions page = PageConventions.of(language);
    this.segmenter = new Segmenter(page);
    QuantityLexicon lexicon = QuantityLexicon.of(language);
    this.quantities = new QuantityParser(lexicon);
    this.dates = new DateFinder(language);
    this.locator = locator;
    this.lead = new Lead(dates, rules.lexicon(), gazetteer);
    this.context = new Context(rules.lexicon(), locator, sources, dates);
    this.interpretation = new Interpretation(rules, quantities, context, locator, settings);
    Set<String> known = knownWords(rules.lexicon(), lexicon);
    known.addAll(locator.words());
    known.addAll(dates.words());
    this.repair = new Repair(known, lexicon.numberWords(), page.gluedWords());
  }

  /** How much of a text's opening is read to tell its language. */
  private static final int SAMPLE = 2000;

  private final Tokenizer tokenizer = new Tokenizer();

  /**
   * Returns how many of the words at the start of {@code text} are function words of this pack's
   * language: a cheap sign of the language a text is written in.
   */
  int functionWords(String text) {
    int n = 0;
    for (Token t : tokenizer.tokenize(text, 0, Math.min(text.length(), SAMPLE))) {
      if (rules.lexicon().contains("function_word", t)) {
        n++;
      }
    }
    return n;
  }

  /** Returns the rules this pack runs. */
  RuleSet rules() {
    return rules;
  }

  /**
   * Returns the figures of {@code doc}, sentence by sentence within {@code budget}, before
   * deduplication.
   */
  List<Figure> read(Document doc, Extractor.Budget budget) {
    return read(doc, budget, true);
  }

  /**
   * As {@link #read(Document, Extractor.Budget)}; when {@code spare} is false, every document is
   * read in full, for tests that hold the check that spares the rest to finding the same.
   */
  List<Figure> read(Document doc, Extractor.Budget budget, boolean spare) {
    List<Sentence> sentences = segmenter.segment(doc.text());
    List<List<Token>> repaired = repaired(sentences);
    List<Sentence> tables = Tables.readings(doc.text(), tokenizer);
    List<List<Token>> tableTokens = repaired(tables);
    if (spare && !mayFindFigures(repaired) && !mayFindFigures(tableTokens)) {
      return new ArrayList<>(); // most of a news feed: nothing more to read
    }
    Story story = lead.read(doc, sentences);
    locator.sentences(repaired, story.places());
    if (story.dateline() != null && story.dateline().place() != null) {
      Lead.Dateline d = story.dateline();
      locator.dateline(d.place(), d.placeAt(), d.endAt(), story.places());
    }
    List<Figure> figures = new ArrayList<>();
    Quotes quotes = new Quotes();
    Lexicon lex = rules.lexicon();
    int previous = 0; // the first figure of the sentence before
    // figures before the story names a place; not refugees, whom a story of their country
    // counts elsewhere ("The camp hosts 60,000 refugees from South Sudan")
    List<Placeless> placeless = new ArrayList<>();
    for (int k = 0; k < sentences.size(); k++) {
      Sentence s = sentences.get(k);
      budget.spend(figures.size());
      List<Token> all = repaired.get(k);
      boolean[] hidden = Insertions.mark(all, lex, quantities);
      Analysis a = analyse(s, story, all, hidden);
      // most sentences hold no number, and no figure: only what later ones lean on is read
      List<Figure> found =
          quantities.mayHold(all)
              ? found(story, a, hidden, figures, k > 0 ? sentences.get(k - 1) : null)
              : List.of();
      quotes.read(s, doc.text(), found, figures.size());
      if (quotes.opened()) {
        quotes.opener(context.sentenceSource(story, a));
      }
      for (int j = 0; j < found.size(); j++) {
        if (found.get(j).location() == null && found.get(j).metric() != Metric.REFUGEES) {
          placeless.add(new Placeless(figures.size() + j, a.view().tokens()));
        }
      }
      figures.addAll(found);
      if (brokenDown(found, a)) {
        locator.resume(a.before(), story.places());
      }
      if (quotes.closed()) {
        quotes.attribute(figures, context.sentenceSource(story, a));
      }
      if (found.isEmpty() && previous < figures.size()) {
        // "Gunmen killed 17 villagers. This was confirmed by the police spokesman, X."
        Analysis dated =
            a.times().isEmpty() && !a.attributions().isEmpty()
                ? a.withTimes(dates.find(a.view().tokens(), story.reference(), story.inferred()))
                : a;
        String back = context.backSource(story, dated);
        for (int i = previous; back != null && i < figures.size(); i++) {
          if (figures.get(i).attributedTo() == null) {
            figures.set(i, figures.get(i).toBuilder().attributedTo(back).build());
          }
        }
      }
      previous = found.isEmpty() ? figures.size() : figures.size() - found.size();
      context.observe(story, a);
    }
    for (Placeless p : placeless) {
      int at = p.at();
      Locator.Located country = locator.story(p.tokens(), story.places());
      if (country != null && figures.get(at).location() == null) {
        Figure.Builder b = figures.get(at).toBuilder();
        Placing.set(b, country);
        figures.set(at, b.build());
      }
    }
    for (int k = 0; k < tables.size(); k++) {
      budget.spend(figures.size());
      List<Token> all = tableTokens.get(k);
      Analysis a = analyse(tables.get(k), story, all, Insertions.mark(all, lex, quantities));
      figures.addAll(interpretation.figures(story, a));
    }
    return figures;
  }

  /**
   * Returns the figures of the sentence {@code a} analyses with its {@code hidden} tokens set
   * aside, a sentence whose tokens may hold a quantity, read after the {@code figures} of the
   * sentences before it, the last of them {@code before} (null for the first).
   */
  private List<Figure> found(
      Story story, Analysis a, boolean[] hidden, List<Figure> figures, Sentence before) {
    Sentence s = a.sentence();
    List<Token> all = a.all();
    Lexicon lex = rules.lexicon();
    SortedMap<Integer, Figure> numbered =
        new TreeMap<>(interpretation.figures(story, a, 0, Integer.MAX_VALUE));
    for (int[] clause : Insertions.relativeClauses(all, hidden, lex, quantities)) {
      boolean[] shown = hidden.clone();
      Arrays.fill(shown, clause[0], clause[1] + 1, false);
      numbered.putAll(
          interpretation.figures(
              story,
              analyse(s, story, all, shown),
              all.get(clause[0]).end(),
              all.get(clause[1]).start()));
    }
    for (int[] phrase : Insertions.subjectModifiers(all, hidden, lex, quantities)) {
      // "2,000 people whose homes were destroyed are sheltering in schools"
      boolean[] shown = hidden.clone();
      Arrays.fill(shown, phrase[0], phrase[1] + 1, true);
      interpretation
          .figures(story, analyse(s, story, all, shown), 0, all.get(phrase[0]).start())
          .forEach(numbered::putIfAbsent);
    }
    Dating.accompanying(numbered, a, lex);
    List<Figure> found = List.copyOf(numbered.values());
    if (found.isEmpty() && !figures.isEmpty()) {
      // "Of the 180,400, some 98,000 are children": a group of an earlier figure's people
      // "Of these, 40 were children", "About 180,000 of them live in informal sites": a group of
      // the people the sentence just before counts
      boolean adjacent =
          before != null
              && java.util.Objects.equals(
                  figures.get(figures.size() - 1).evidenceStart(), before.start());
      Figure part = interpretation.earlierPart(story, a, figures, adjacent);
      if (part == null && adjacent) {
        part = interpretation.partOfThem(story, a, figures);
      }
      found = part == null ? found : List.of(part);
    }
    return found;
  }

  /** A figure read with no place, by its number among the document's, and its sentence's words. */
  private record Placeless(int at, List<Token> tokens) {}

  /**
   * True when a sentence's figures stand in two or more of its places: a breakdown ("33 in the
   * Bicol Region and nine in CALABARZON"), whose last place is no more where the story goes on than
   * its first.
   */
  private static boolean brokenDown(List<Figure> found, Analysis a) {
    Set<String> named = new HashSet<>();
    for (Locator.Located l : a.places()) {
      named.add(l.text());
    }
    Set<String> placed = new HashSet<>();
    for (Figure f : found) {
      if (f.location() != null && named.contains(f.location())) {
        placed.add(f.location());
      }
    }
    return placed.size() > 1;
  }

  /**
   * False when no sentence of {@code sentences} can give a figure: none holds a token a quantity
   * can start at together with the words, and the unit words for the kind of quantity, some figure
   * rule needs. A document of such sentences is not read further, which spares the work that only
   * figures use (its lead, places, sources).
   */
  private boolean mayFindFigures(List<List<Token>> sentences) {
    for (List<Token> all : sentences) {
      Set<Dimension> dimensions = quantities.mayHoldDimensions(all);
      if (!dimensions.isEmpty() && rules.mayFindFigures(all, dimensions)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the tokens of each of {@code sentences} with glued and broken words mended. */
  private List<List<Token>> repaired(List<Sentence> sentences) {
    List<List<Token>> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      out.add(repair.apply(s.tokens()));
    }
    return out;
  }

  /** Analyses the tokens of {@code s} that are not {@code hidden}. */
  private Analysis analyse(Sentence s, Story story, List<Token> all, boolean[] hidden) {
    LocalDate reference = story.reference();
    Locator.Memory memory = story.places();
    int[] index = new int[all.size()];
    int shown = 0;
    for (int i = 0; i < all.size(); i++) {
      if (!hidden[i]) {
        index[shown++] = i;
      }
    }
    List<Token> visible;
    if (shown == all.size()) {
      visible = all; // most sentences: nothing hidden, and the view shares the tokens
    } else {
      visible = new ArrayList<>(shown);
      for (int k = 0; k < shown; k++) {
        visible.add(all.get(index[k]));
      }
    }
    List<QuantitySpan> numbers = quantities.parse(visible);
    Locator.Located before = locator.before(visible, memory);
    List<Locator.Located> places = locator.places(visible, memory);
    if (numbers.isEmpty()) {
      // No quantity, no figure: what later sentences lean on (places, sources) is read, dates and
      // figure rules are not.
      View view = new View(visible, List.of(), spans(places));
      return new Analysis(
          s,
          all,
          Arrays.copyOf(index, visible.size()),
          List.of(),
          view,
          places,
          before,
          rules.attributions(view),
          List.of(),
          List.of(),
          new Analysis.Memo());
    }
    List<TimeSpan> times = dates.find(visible, reference, story.inferred());
    List<QuantitySpan> found = new ArrayList<>();
    for (QuantitySpan q : numbers) {
      if (!overlaps(times, q)) {
        found.add(q);
      }
    }
    View view = new View(visible, found, spans(places));
    return new Analysis(
        s,
        all,
        Arrays.copyOf(index, visible.size()),
        dates.datable(visible, times),
        view,
        places,
        before,
        rules.attributions(view),
        rules.actors(view),
        rules.figures(view),
        new Analysis.Memo());
  }

  /** True when a time expression of {@code times} shares a token with {@code q}. */
  private static boolean overlaps(List<TimeSpan> times, QuantitySpan q) {
    for (int k = 0; k < times.size(); k++) {
      TimeSpan t = times.get(k);
      if (t.start() < q.end() && q.start() < t.end()) {
        return true;
      }
    }
    return false;
  }

  private static List<Span> spans(List<Locator.Located> places) {
    List<Span> spans = new ArrayList<>(places.size());
    places.forEach(p -> spans.add(new Span(p.start(), p.end())));
    return spans;
  }

  /** The words the lexicons know, for mending glued words. */
  private static Set<String> knownWords(Lexicon lex, QuantityLexicon quantities) {
    Tokenizer tokenizer = new Tokenizer();
    Set<String> words = new HashSet<>(quantities.words());
    for (String name : lex.names()) {
      for (String phrase : lex.phrases(name)) {
        for (Token t : tokenizer.tokenize(phrase)) {
          if (t.shape() == Token.Shape.WORD && t.norm().length() >= 3) {
            words.add(t.norm());
          }
        }
      }
    }
    return words;
  }
}
