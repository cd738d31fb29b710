package org.humfig.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.humfig.document.Document;
import org.humfig.model.Figure;
import org.humfig.place.Gazetteer;
import org.humfig.quantity.QuantityLexicon;
import org.humfig.quantity.QuantityParser;
import org.humfig.quantity.QuantitySpan;
import org.humfig.rule.Lexicon;
import org.humfig.rule.RuleLoader;
import org.humfig.rule.RuleSet;
import org.humfig.rule.Span;
import org.humfig.rule.View;
import org.humfig.text.PageConventions;
import org.humfig.text.Repair;
import org.humfig.text.Segmenter;
import org.humfig.text.Sentence;
import org.humfig.text.Token;
import org.humfig.text.Tokenizer;
import org.humfig.time.DateFinder;
import org.humfig.time.TimeSpan;

/**
 * Reads the humanitarian figures of one document.
 *
 * <pre>{@code
 * Extractor x = Extractor.english();
 * x.extract(Document.of("a", "At least 12 people were killed in Aleppo on Sunday.",
 *     LocalDate.of(2016, 12, 11)))
 *   → [Figure[metric=KILLED, value=12.0, qualifier=AT_LEAST, location=Aleppo,
 *       countryCode=SYR, dateStart=2016-12-11, ruleId=killed.passive, ...]]
 * }</pre>
 *
 * <p>Each sentence of the prose is read once: quantities, dates and places are found in one pass
 * each, then the rules anchored on its words are tried. When several rules claim one number, the
 * highest priority wins. A figure repeated in a document (a headline restating the body) is kept
 * once. Immutable and thread-safe: share one extractor between workers.
 */
public final class Extractor {

  /**
   * Choices that change figures.
   *
   * @param householdSize people per household, to estimate people from a count of households
   */
  public record Settings(double householdSize) {
    /** Five people per household, a common planning figure (IDMC uses country averages). */
    public static final Settings DEFAULT = new Settings(5.0);

    /** Checks the household size. */
    public Settings {
      if (!(householdSize >= 1)) {
        throw new IllegalArgumentException(
            "household size must be at least 1, not " + householdSize);
      }
    }
  }

  private final RuleSet rules;
  private final Settings settings;
  private final Segmenter segmenter;
  private final QuantityParser quantities;
  private final DateFinder dates = new DateFinder();
  private final Locator locator;
  private final Lead lead;
  private final Interpretation interpretation;
  private final Repair repair;

  /** Returns an extractor running {@code rules} with the default settings. */
  public Extractor(RuleSet rules) {
    this(rules, Settings.DEFAULT);
  }

  /** Returns an extractor running {@code rules} with the bundled English resources. */
  public Extractor(RuleSet rules, Settings settings) {
    this.rules = rules;
    this.settings = settings;
    this.segmenter = new Segmenter(PageConventions.english());
    QuantityLexicon lexicon = QuantityLexicon.english();
    this.quantities = new QuantityParser(lexicon);
    Gazetteer gazetteer = Gazetteer.bundled();
    this.locator = Locator.bundled(gazetteer);
    this.lead = new Lead(dates, rules.lexicon(), gazetteer);
    this.interpretation =
        new Interpretation(
            rules,
            quantities,
            new Context(rules.lexicon(), locator, Sources.bundled(), dates),
            settings);
    this.repair = new Repair(knownWords(rules.lexicon(), lexicon), lexicon.numberWords());
  }

  /** Returns an extractor with the bundled English rules. */
  public static Extractor english() {
    return new Extractor(RuleLoader.english());
  }

  /** Returns the rules this extractor runs. */
  public RuleSet rules() {
    return rules;
  }

  /** Returns the settings this extractor runs with. */
  public Settings settings() {
    return settings;
  }

  /**
   * Watches the work spent on one document, sentence by sentence, and stops it by throwing {@link
   * Exceeded}: a deadline, a cap on figures.
   */
  @FunctionalInterface
  public interface Budget {
    /** No limit. */
    Budget NONE = figures -> {};

    /**
     * Called before each sentence is read, with the figures found so far.
     *
     * @throws Exceeded to stop reading the document
     */
    void spend(int figures);

    /** A document over its budget; the message says which limit, for a one-line warning. */
    final class Exceeded extends RuntimeException {
      private static final long serialVersionUID = 1L;

      /** Returns an exception with a one-line message. */
      public Exceeded(String message) {
        super(message, null, false, false);
      }
    }
  }

  /** Returns the figures of {@code doc}, in the order their numbers appear. */
  public List<Figure> extract(Document doc) {
    return extract(doc, Budget.NONE);
  }

  /**
   * Returns the figures of {@code doc}, in the order their numbers appear, reading it one sentence
   * at a time within {@code budget}.
   *
   * @throws Budget.Exceeded when the budget stops it
   */
  public List<Figure> extract(Document doc, Budget budget) {
    List<Sentence> sentences = segmenter.segment(doc.text());
    Story story = lead.read(doc, sentences);
    List<Figure> figures = new ArrayList<>();
    for (Sentence s : sentences) {
      budget.spend(figures.size());
      figures.addAll(interpretation.figures(story, analyse(s, story)));
    }
    List<Figure> kept = new ArrayList<>(Deduplication.apply(figures));
    kept.sort(Comparator.comparingInt(Figure::evidenceStart));
    return kept;
  }

  private Analysis analyse(Sentence s, Story story) {
    LocalDate reference = story.reference();
    Locator.Memory memory = story.places();
    Lexicon lex = rules.lexicon();
    List<Token> all = repair.apply(s.tokens());
    boolean[] hidden = Insertions.mark(all, lex, quantities);
    List<Token> visible = new ArrayList<>();
    int[] index = new int[all.size()];
    for (int i = 0; i < all.size(); i++) {
      if (!hidden[i]) {
        index[visible.size()] = i;
        visible.add(all.get(i));
      }
    }
    List<TimeSpan> times = dates.find(visible, reference, story.inferred());
    List<QuantitySpan> found = new ArrayList<>();
    for (QuantitySpan q : quantities.parse(visible)) {
      if (times.stream().noneMatch(t -> t.start() < q.end() && q.start() < t.end())) {
        found.add(q);
      }
    }
    Locator.Located before = Locator.last(memory);
    List<Locator.Located> places = locator.places(visible, memory);
    List<Span> placeSpans = new ArrayList<>();
    places.forEach(p -> placeSpans.add(new Span(p.start(), p.end())));
    View view = new View(visible, found, placeSpans);
    return new Analysis(
        s,
        all,
        java.util.Arrays.copyOf(index, visible.size()),
        times,
        view,
        places,
        before,
        rules.attributions(view),
        rules.figures(view));
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
