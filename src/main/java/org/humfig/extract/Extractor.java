package org.humfig.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.humfig.document.Document;
import org.humfig.model.Figure;
import org.humfig.place.Gazetteer;
import org.humfig.quantity.QuantityLexicon;
import org.humfig.rule.RuleLoader;
import org.humfig.rule.RuleSet;
import org.humfig.text.Packs;
import org.humfig.text.PageConventions;
import org.humfig.time.DateFinder;

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
  private final Gazetteer gazetteer;
  private final Locator locator;
  private final Sources sources;
  private final Pack main;
  private final java.util.concurrent.ConcurrentMap<String, Pack> packs =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Returns an extractor running {@code rules} with the default settings. */
  public Extractor(RuleSet rules) {
    this(rules, Settings.DEFAULT);
  }

  /**
   * Returns an extractor that reads documents in the language of {@code rules} (and documents of no
   * known language) with them, and documents in another bundled language with that language's pack,
   * loaded when the first such document comes.
   */
  public Extractor(RuleSet rules, Settings settings) {
    this.rules = rules;
    this.settings = settings;
    this.gazetteer = Gazetteer.bundled();
    this.locator = Locator.bundled();
    this.sources = Sources.bundled(rules.lexicon());
    this.main = new Pack(rules, settings, gazetteer, locator, sources);
    packs.put(rules.language(), main);
  }

  /**
   * Reads, once a process, what every extractor of the default pack shares besides its rules: the
   * place names and their reader, the names of sources, and the pack's words for numbers, dates and
   * pages. A command about to extract calls it on a thread of its own while it reads its command
   * line, beside the rules' loading.
   */
  public static void preload() {
    Gazetteer.bundled();
    String language = Packs.defaultCode();
    PageConventions.of(language);
    QuantityLexicon.of(language);
    new DateFinder(language);
    Locator.bundled();
    Sources.preload();
  }

  /** Returns an extractor with the bundled English rules. */
  public static Extractor english() {
    return new Extractor(RuleLoader.english());
  }

  /** Returns the rules this extractor runs on documents of its own language. */
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
   * at a time within {@code budget}, with the pack of its language.
   *
   * @throws Budget.Exceeded when the budget stops it
   */
  public List<Figure> extract(Document doc, Budget budget) {
    List<Figure> kept =
        new ArrayList<>(
            Deduplication.apply(
                SourceReferences.apply(pack(doc).read(doc, budget), sources, rules.lexicon())));
    kept.sort(Comparator.comparingInt(Figure::evidenceStart));
    return kept;
  }

  /**
   * Returns the figures of {@code doc} read in full, without the check that spares documents where
   * no figure rule can match: for tests that hold that check to finding the same.
   */
  List<Figure> extractReadingEvery(Document doc) {
    List<Figure> kept =
        new ArrayList<>(
            Deduplication.apply(
                SourceReferences.apply(
                    pack(doc).read(doc, Budget.NONE, false), sources, rules.lexicon())));
    kept.sort(Comparator.comparingInt(Figure::evidenceStart));
    return kept;
  }

  /**
   * The pack that reads {@code doc}: this extractor's own for a document of no stated language or
   * of its rules' language, else the bundled pack of the document's language (or the default) when
   * the text bears the language out.
   */
  private Pack pack(Document doc) {
    if (doc.language().isEmpty()) {
      return main;
    }
    String code = Packs.code(doc.language());
    if (code.equals(rules.language())) {
      return main;
    }
    Pack declared =
        packs.computeIfAbsent(
            code,
            c -> new Pack(RuleLoader.bundled(c).build(), settings, gazetteer, locator, sources));
    // A declared language is often a site's default rather than the article's: trust it only when
    // the text uses the declared language's function words at least as much as this one's.
    return declared.functionWords(doc.text()) >= main.functionWords(doc.text()) ? declared : main;
  }
}
