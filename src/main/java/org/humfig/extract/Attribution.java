package org.humfig.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.humfig.place.Place;
import org.humfig.rule.Capture;
import org.humfig.rule.Lexicon;
import org.humfig.rule.Match;
import org.humfig.rule.Span;
import org.humfig.text.Token;
import org.humfig.time.TimeSpan;

/**
 * Finds who a figure is attributed to, as an analyst would record it: a person or an organisation,
 * by its canonical name where known, or nobody rather than a wrong name.
 *
 * <p>The nearest attribution in the figure's sentence whose source is a source: "the latest update
 * of the Task Force" is the Task Force, "the NDMA update" is the NDMA, "current estimates" and "the
 * organization" are the last organisation the story named; a source of common words needs a head
 * such as "officials" or "monitor" and is never a place or a number, but for a country that reports
 * ("Jordan estimates that", its government). Else an attribution inside an insertion (", a war
 * monitor said,"), else "he said" or "she added" (the last person named, also as "Interior Minister
 * Jane Doe") and "it said" (the last organisation). The words are the attribution lexicon's.
 * Immutable and thread-safe; what the story has named lives in its {@link Story}.
 */
final class Attribution {

  private static final String REPORT_VERB = "report_verb";
  private static final String ACCORDING = "according";
  private static final String SOURCE_NOUN = "source_noun";
  private static final String SOURCE_AND = "source_and";
  private static final String SOURCE_OPENER = "source_opener";
  private static final String REPORT_NOUN = "report_noun";
  private static final String MODIFIER = "source_modifier";
  private static final String OF = "source_of";
  private static final String REFERENCE = "source_reference";
  private static final String PERSON_PRONOUN = "person_pronoun";
  private static final String ORGANISATION_PRONOUN = "organisation_pronoun";
  private static final String ROLE = "role_noun";
  private static final String ORGANISATION_WORD = "organisation_word";
  private static final String STOP = "source_stop";
  private static final String CONTINUATION = "continuation";
  private static final String REPORT_ADVERB = "report_adverb";
  private static final String ADJECTIVE = "source_adjective";
  private static final String TOPIC = "report_topic";
  private static final String DEFINITE = "source_definite";
  private static final String GENERIC = "source_generic";
  private static final String MEDIA_REFERENCE = "media_reference";
  private static final String MEDIA_WORD = "media_word";
  private static final String PRESS_REFERENCE = "press_reference";
  private static final String PRESS_WORD = "press_word";
  private static final String CLOCK_OPENER = "clock_opener";

  /**
   * The least priority of an attribution that reports: one below it says only who acted ("Rescuers
   * evacuated 200 people"), and gives way to one of the same clause that reports ("Rescuers
   * evacuated 200 people by boat, police said").
   */
  private static final int REPORTED = 6;

  private static final String CLOCK_WORD = "clock_word";
  private static final String PREPOSITION = "place_preposition";
  private static final String FUNCTION_WORD = "function_word";
  private static final String HEAD_JOINER = "source_head_joiner";
  private static final String NOT_FIRST = "source_not_first";
  private static final String PERSON_HEAD = "source_person";
  private static final String BACK_REFERENCE = "back_reference";
  private static final String POSSESSIVE = "possessive";
  private static final String CITING = "citing";
  private static final String ACTOR = "actor_noun";
  private static final String SEAT_SUFFIX = "seat_suffix";
  private static final String LINE_SOURCE = "line_source_noun";
  private static final String PASSIVE_REPORT = "passive_report";
  private static final String CAPTION = "caption_word";

  /** Words before a bracketed acronym that may spell its name. */
  private static final int NAME_BEFORE = 4;

  /** Words a source phrase may have. */
  private static final int LONGEST = 10;

  private final Sources sources;

  /** The names of armed groups, which speak as organisations: "Hamas said", then "the group". */
  private final Sources groups;

  private final Lexicon lex;

  Attribution(Sources sources, Sources groups, Lexicon lex) {
    this.sources = sources;
    this.groups = groups;
    this.lex = lex;
  }

  /**
   * A source as recorded.
   *
   * @param name the name to record
   * @param person true for a person, false for an organisation
   * @param report true when it was named as the maker of a report ("the NDMA update")
   */
  record Source(String name, boolean person, boolean report) {
    Source(String name, boolean person) {
      this(name, person, false);
    }

    Source asReport() {
      return new Source(name, person, true);
    }
  }

  /**
   * The source of a figure, by its canonical name where known: the nearest attribution of its own
   * clause ("1.2 million have been displaced, according to the government, and 300,000 have crossed
   * into Syria, the UNHCR says"), else the nearest of the sentence; one that only says who acted
   * comes after those that report.
   */
  Optional<String> of(Story story, Analysis a, Span value, Match figure, int[] clauses) {
    List<Match> candidates = new ArrayList<>();
    for (Match x : a.attributions()) {
      if (x.rule().priority() < REPORTED && !Spans.overlap(x.span(), value)) {
        continue; // "Authorities evacuated 3,000 people" says whose the 3,000 are, no other's
      }
      if (quotes(x, a.attributions())) {
        continue; // "the agency quoted the governor as saying": the governor's, not the agency's
      }
      if (!Spans.overlap(read(a, x.get(Capture.SOURCE).orElseThrow()), figure.span())) {
        candidates.add(x);
      }
    }
    int clause = clauses[value.start()];
    candidates.sort(
        Comparator.comparingInt((Match x) -> clauses[x.span().start()] == clause ? 0 : 1)
            .thenComparingInt(x -> x.rule().priority() < REPORTED ? 1 : 0)
            .thenComparingInt(x -> value.distance(x.span()))
            .thenComparingInt(x -> -x.rule().priority()));
    List<Token> tokens = a.view().tokens();
    int said = pronounAt(story, tokens);
    boolean own =
        said >= 0 && clauses[said] == clause && !lex.contains(CONTINUATION, tokens.get(said));
    for (Match x : candidates) {
      Source s = read(story, a, x);
      if (s != null) {
        if (own && clauses[x.span().start()] != clause) {
          // "It said 400 had fled, while the rights office has recorded 30 deaths": the 400 are
          // the organisation's
          return Optional.of(referent(story, tokens.get(said)).name());
        }
        return Optional.of(cited(story, a, x, s));
      }
    }
    Source hidden = hidden(story, a);
    if (hidden != null) {
      return Optional.of(hidden.name());
    }
    return pronoun(story, tokens).map(Source::name);
  }

  /**
   * Returns the source phrases of a sentence's attributions that are sources, or places that speak
   * ("the US said" is its government, not where a figure is).
   */
  List<Span> sourceSpans(Story story, Analysis a) {
    List<Span> spans = new ArrayList<>();
    for (Match x : a.attributions()) {
      Span src = x.get(Capture.SOURCE).orElseThrow();
      if (read(story, a, x) != null || speaker(a, src)) {
        spans.add(src);
      }
    }
    return spans;
  }

  /**
   * The source an attribution of a sentence names, or null: a name before a colon that opens the
   * line ("UN: 12,000 displaced", "10:15 - Civil defence: 3 killed") counts only when it is a known
   * source or a body that is no actor ("Health ministry:"), never a place ("Sudan:") or an armed
   * group.
   */
  private Source read(Story story, Analysis a, Match x) {
    Span src = x.get(Capture.SOURCE).orElseThrow();
    Source s = remembered(story, a, src);
    if (s == null || x.span().start() > 0 || !a.view().token(x.span().end() - 1).is(":")) {
      return s;
    }
    List<Token> tokens = a.view().tokens();
    int end = src.end();
    Token head = tokens.get(end - 1);
    boolean body =
        (lex.contains(ORGANISATION_WORD, head) || lex.contains(LINE_SOURCE, head))
            && !lex.contains(ACTOR, head)
            && country(a, src.start(), end) == null;
    return body || sources.covering(tokens, src.start(), end) != null ? s : null;
  }

  /**
   * The name a figure's source is recorded under, with whom it cites: "Al Jazeera, citing local
   * officials, said" and "the agency said, citing local officials" are "Al Jazeera citing local
   * officials" and "the agency citing local officials", whether the figure took the speaker or the
   * one cited.
   */
  private String cited(Story story, Analysis a, Match x, Source s) {
    List<Token> tokens = a.view().tokens();
    Span src = x.get(Capture.SOURCE).orElseThrow();
    for (Match c : a.attributions()) {
      Span cs = c.get(Capture.SOURCE).orElseThrow();
      int word = citingWord(tokens, cs);
      if (word < 0) {
        continue;
      }
      Match speaker = speaker(story, a, c);
      if (speaker == null) {
        continue;
      }
      Source by = read(story, a, speaker);
      Source of = read(story, a, c);
      if (of == null || by.name().equals(of.name())) {
        continue;
      }
      if (Spans.overlap(cs, src) || speaker == x) {
        return by.name() + " " + tokens.get(word).norm() + " " + of.name();
      }
    }
    return s.name();
  }

  /** The start of the word that cites right before a source phrase ("citing"), or -1. */
  private int citingWord(List<Token> tokens, Span src) {
    return lex.phraseEndingAt(CITING, tokens, src.start());
  }

  /**
   * Who cites in the citing attribution {@code c}: the nearest other source before it ("the agency
   * reported, citing"), else the nearest after it ("Citing hospital staff, the radio said").
   */
  private Match speaker(Story story, Analysis a, Match c) {
    Span cs = c.get(Capture.SOURCE).orElseThrow();
    Match before = null;
    Match after = null;
    for (Match m : a.attributions()) {
      Span ms = m.get(Capture.SOURCE).orElseThrow();
      if (Spans.overlap(ms, cs) || citingWord(a.view().tokens(), ms) >= 0) {
        continue;
      }
      if (read(story, a, m) == null) {
        continue;
      }
      if (ms.end() <= cs.start()) {
        if (before == null || ms.end() > before.get(Capture.SOURCE).orElseThrow().end()) {
          before = m;
        }
      } else if (ms.start() >= cs.end()
          && (after == null || ms.start() < after.get(Capture.SOURCE).orElseThrow().start())) {
        after = m;
      }
    }
    return before != null ? before : after;
  }

  /**
   * The source the phrase {@code src} of a sentence names, worked out once for all the figures of
   * the sentence: the story does not change between them.
   */
  private Source remembered(Story story, Analysis a, Span src) {
    java.util.Map<Span, Source> known = a.memo().sources;
    if (known.containsKey(src)) {
      return known.get(src);
    }
    Source s = source(story, a.view().tokens(), src, a);
    known.put(src, s);
    return s;
  }

  /** True when a source phrase is a place and nothing else: "the US said", "Bihar said". */
  private boolean speaker(Analysis a, Span src) {
    int start = src.start();
    while (start < src.end() && modifier(a.view().token(start))) {
      start++;
    }
    return start < src.end() && inPlace(a, start, src.end());
  }

  /** Remembers the persons and organisations a sentence names, for "he said" and "it said". */
  void observe(Story story, Analysis a) {
    List<Token> tokens = a.view().tokens();
    spellings(story, a.all());
    if (a.attributions().isEmpty() && pronoun(story, tokens).isEmpty()) {
      for (String name : sources.named(tokens)) {
        story.named(new Source(name, false));
      }
    }
    for (Match x : a.attributions()) {
      if (outranked(x, a.attributions()) || quotes(x, a.attributions())) {
        continue; // "the regional governor, Ana Lima, said": the name is who "he added" refers to
      }
      Source s = source(story, tokens, x.get(Capture.SOURCE).orElseThrow(), a);
      if (s != null) {
        story.named(s);
      }
    }
    for (int k = 0; k + 1 < tokens.size(); k++) {
      if (lex.contains(ROLE, tokens.get(k)) && name(tokens.get(k + 1))) {
        int end = k + 1;
        while (end < tokens.size() && end - k <= 4 && name(tokens.get(end))) {
          end++;
        }
        if (end - k >= 3 && !inPlace(a, k + 1, end)) {
          story.named(new Source(text(story, tokens, k + 1, end), true));
          k = end - 1;
        }
      }
    }
  }

  /**
   * True when another attribution ends where {@code x} ends, on the same report verb, with a higher
   * priority: a figure of the sentence takes that one's source, not {@code x}'s.
   */
  private static boolean outranked(Match x, List<Match> all) {
    for (Match y : all) {
      if (y != x && y.span().end() == x.span().end() && y.rule().priority() > x.rule().priority()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when another attribution of higher priority starts on the report verb {@code x} ends with:
   * in "the agency quoted the governor as saying" the figures are the governor's, whom the agency
   * only passes on.
   */
  private static boolean quotes(Match x, List<Match> all) {
    for (Match y : all) {
      if (y != x
          && y.span().start() == x.span().end() - 1
          && y.rule().priority() > x.rule().priority()) {
        return true;
      }
    }
    return false;
  }

  /** Words a name spelled out before its acronym may have. */
  private static final int SPELLED = 12;

  /**
   * Remembers each name a sentence spells out before a bracketed acronym ("the Assam State Disaster
   * Management Authority (ASDMA)"): its capitalised words and the small words between them, so that
   * "the authority said" after "the ASDMA said" refers back to the ASDMA.
   */
  private void spellings(Story story, List<Token> tokens) {
    for (int k = 2; k + 1 < tokens.size(); k++) {
      if (!tokens.get(k - 1).is("(") || !tokens.get(k + 1).is(")") || !tokens.get(k).acronym()) {
        continue;
      }
      int start = k - 1;
      while (start > 0
          && k - 1 - start < SPELLED
          && tokens.get(start - 1).shape() == Token.Shape.WORD
          && (tokens.get(start - 1).capitalized()
              || (start - 2 >= 0 && tokens.get(start - 2).capitalized()))) {
        start--;
      }
      while (start < k - 1
          && (!tokens.get(start).capitalized() || lex.contains(DEFINITE, tokens.get(start)))) {
        start++; // not "The" opening a sentence
      }
      if (start < k - 1) {
        story.spelled(tokens.get(k).text(), text(story, tokens, start, k - 1));
      }
    }
  }

  /**
   * The source a sentence names for what the sentence before it told, or null: a report whose
   * object refers back ("X disclosed this", "X confirmed the development to our correspondent") or
   * a passive report whose subject does ("This was disclosed by X").
   */
  String backSource(Story story, Analysis a) {
    List<Token> tokens = a.view().tokens();
    for (Match x : a.attributions()) {
      int start = x.span().start();
      int end = x.span().end();
      boolean back =
          (end < tokens.size() && lex.startsAt(BACK_REFERENCE, tokens, end))
              || (start > 0
                  && start <= 2
                  && lex.phraseEndingAt(BACK_REFERENCE, tokens, start) >= 0);
      if (back) {
        Source s = source(story, tokens, x.get(Capture.SOURCE).orElseThrow(), a);
        if (s != null) {
          return s.name();
        }
      }
    }
    return null;
  }

  /**
   * The source a sentence names for a figure that a quote carried over from earlier sentences, or
   * null: its first attribution that is a source, else "he said".
   */
  String sentenceSource(Story story, Analysis a) {
    for (Match x : a.attributions()) {
      Source s = source(story, a.view().tokens(), x.get(Capture.SOURCE).orElseThrow(), a);
      if (s != null) {
        return s.name();
      }
    }
    return pronoun(story, a.view().tokens()).map(Source::name).orElse(null);
  }

  /**
   * Reads a source phrase: without leading modifiers, as the maker of the report it names, by its
   * canonical name, or as the organisation it refers back to; null when it is no source.
   */
  private Source source(Story story, List<Token> tokens, Span src, Analysis a) {
    int start = src.start();
    int end = src.end();
    end = undated(tokens, start, end, a);
    start = afterTime(tokens, start, end, a);
    start = afterClock(tokens, start, end);
    if (end - start > 2
        && lex.contains(PASSIVE_REPORT, tokens.get(end - 1))
        && lex.contains(REPORT_NOUN, tokens.get(end - 2))) {
      end--; // "the agency's dashboard [released] on Tuesday" is the agency's
    }
    if (a != null) {
      end = read(a, new Span(start, end)).end();
    }
    if (end > start
        && end < tokens.size()
        && tokens.get(end).capitalized()
        && tokens.get(end - 1).capitalized()
        && !lex.contains(SOURCE_NOUN, tokens.get(end - 1))
        && lex.contains(PRESS_WORD, tokens.get(end))) {
      end++; // "Pakistan Today reported": the paper's name, not the country and the day
    }
    start = afterInsertion(a, start, end);
    boolean definite = false;
    while (start < end && modifier(tokens.get(start)) && !named(tokens, start, end)) {
      definite |= lex.contains(DEFINITE, tokens.get(start));
      start++;
    }
    if (end - start > 1 && seat(tokens.get(start)) && tokens.get(start + 1).capitalized()) {
      start++; // "the Paris-based Reporters Without Borders" is Reporters Without Borders
    }
    int after = end;
    if (after < tokens.size() && lex.startsAt(REPORT_NOUN, tokens, after)) {
      after = lex.phraseAt(REPORT_NOUN, tokens, after);
    }
    if (after < tokens.size() && (after > end || report(tokens, start, end))) {
      int of = lex.phraseAt(OF, tokens, after);
      if (of > 0) {
        int maker = forward(tokens, of);
        if (maker > of) {
          Source s = source(story, tokens, new Span(of, maker), a);
          if (s != null) {
            return s.asReport();
          }
        }
      }
    }
    for (int k = start; k < end; k++) {
      if (k > start && tokens.get(k).capitalized()) {
        continue; // a word of a name: "the Institute for the Study of War" is no study
      }
      int noun = lex.phraseAt(REPORT_NOUN, tokens, k);
      int of = noun > 0 && noun < end ? lex.phraseAt(OF, tokens, noun) : -1;
      if (of > 0 && of < end) {
        Source s = source(story, tokens, new Span(of, end), a);
        return s == null ? null : s.asReport();
      }
    }
    boolean report = false;
    int whole = end;
    while (end > start && reportEnd(tokens, start, end) >= start) {
      end = reportEnd(tokens, start, end);
      report = true;
    }
    while ((report || after > whole)
        && end > start + 1
        && (modifier(tokens.get(end - 1))
            || lex.contains(POSSESSIVE, tokens.get(end - 1))
            || lex.contains(PREPOSITION, tokens.get(end - 1)))) {
      end--; // "the NDRRMC's latest [report]" is the NDRRMC, "the ministry in a [statement]" the
      // ministry
    }
    int first = start;
    while (start < end
        && ((modifier(tokens.get(start)) && !named(tokens, start, end))
            || (report
                && (lex.contains(ADJECTIVE, tokens.get(start))
                    || lex.contains(TOPIC, tokens.get(start)))))) {
      start++;
    }
    if (!report && after > whole && adjectives(tokens, start, end)) {
      // "according to local reports", "official reports said": the report's kind names its makers
      return new Source(text(story, tokens, start, after), false);
    }
    if (start >= end) {
      if (definite) {
        return story.report() != null ? story.report() : story.organisation();
      }
      boolean named = false;
      for (int k = first; k < end; k++) {
        named |= lex.contains(ADJECTIVE, tokens.get(k));
      }
      return named ? new Source(text(story, tokens, first, whole), false) : null;
    }
    if (lex.contains(PREPOSITION, tokens.get(start))
        || lex.contains(NOT_FIRST, tokens.get(start))
        || (end == start + 1 && lex.contains(TOPIC, tokens.get(start)))
        || (quantity(a, start, end)
            && !lex.contains(SOURCE_NOUN, tokens.get(end - 1))
            && !titledName(tokens, start, end))) {
      return null;
    }
    int and = joint(tokens, start, end);
    if (and > 0) {
      Source one = source(story, tokens, new Span(start, and), a);
      Token last = tokens.get(end - 1);
      // the second source ends the phrase as a source does: "and local officials", "and the Red
      // Cross"; not "and emergency services from the rebel-held part of the"
      Source other =
          lex.contains(SOURCE_NOUN, last) || last.capitalized()
              ? source(story, tokens, new Span(and + 1, end), a)
              : null;
      if (one != null && other != null && !one.name().equals(other.name())) {
        String name = one.name() + " " + tokens.get(and).text() + " " + other.name();
        return report ? new Source(name, false).asReport() : new Source(name, false);
      }
      one = other != null ? other : one;
      return one == null || !report ? one : one.asReport();
    }
    List<Token> words = tokens.subList(start, end);
    String raw = text(story, tokens, start, end);
    String known = acronym(a, tokens, end);
    if (known == null && !sources.personOf(tokens, start, end)) {
      known = sources.covering(tokens, start, end);
    }
    if (known != null) {
      return new Source(known, false, report);
    }
    String canonical = sources.name(tokens, start, end, raw);
    String spelled = spelledOut(story, tokens, start, end);
    if (spelled != null) {
      canonical = spelled; // "NSEMA said", after "the State Emergency Management Agency (NSEMA)"
    }
    boolean proper = proper(tokens, start, end);
    Token head = tokens.get(end - 1);
    if (!proper
        && lex.contains(REFERENCE, head)
        && story.organisation() != null
        && refersTo(story, tokens, start, end, story.organisation())) {
      return story.organisation();
    }
    String country = country(a, start, end);
    if (country != null) {
      return new Source(country, false); // "Jordan estimates that": the country's government
    }
    if ((digits(words) && !titledName(tokens, start, end)) || inPlace(a, start, end)) {
      return null;
    }
    if (!proper
        && !lex.contains(SOURCE_NOUN, head)
        && !lex.contains(SOURCE_NOUN, head(tokens, start, end))) {
      return null;
    }
    List<Token> around = a == null ? tokens : a.all();
    int at = a == null ? end : a.afterInAll(end);
    if (at + 2 < around.size() && around.get(at).is("(") && around.get(at + 2).is(")")) {
      // a name and its acronym: "the joint verification mission (JVM)"
      String acronym = sources.covering(around, at + 1, at + 2);
      canonical = acronym != null ? acronym : canonical + " " + text(story, around, at, at + 3);
      proper = true;
    }
    boolean one = lex.contains(PERSON_HEAD, head(tokens, start, end));
    boolean group = groups.covering(tokens, start, end) != null;
    Source s = new Source(canonical, one || (proper && !group && person(tokens, start, end)));
    return report ? s.asReport() : s;
  }

  /**
   * The "and" that joins two sources in the phrase {@code tokens[start, end)}, or -1: "[witnesses
   * and local officials]", "the UN [and] the Red Cross", "UNHCR [and] IOM". Not the "and" of a name
   * ("the International Federation of Red Cross and Red Crescent Societies", "the Ministry of
   * Disaster Management and Relief"): a known source's name runs over it, or no source's noun,
   * acronym or article stands beside it.
   */
  private int joint(List<Token> tokens, int start, int end) {
    for (int k = start + 1; k + 1 < end; k++) {
      if (!lex.contains(SOURCE_AND, tokens.get(k)) || sources.over(tokens, k)) {
        continue;
      }
      Token before = tokens.get(k - 1);
      Token after = tokens.get(k + 1);
      if (lex.contains(SOURCE_NOUN, before)
          || before.acronym()
          || lex.contains(SOURCE_OPENER, after)
          || after.acronym()) {
        return k;
      }
    }
    return -1;
  }

  /**
   * True when the description {@code tokens[start, end)} ("the agency", "the health ministry") can
   * refer back to {@code organisation}: the names of that organisation hold each of its words but a
   * generic one ("organisation", "group"), as "UN refugee agency" holds "agency" for UNHCR, or, for
   * a broadcaster, one of class {@code media_reference} ("the channel" after "Al-Masirah TV"). "The
   * interior ministry" is not the police.
   */
  private boolean refersTo(
      Story story, List<Token> tokens, int start, int end, Source organisation) {
    List<String> words = new ArrayList<>();
    String spelled = story.spelled(organisation.name());
    boolean broadcaster =
        named(organisation.name(), MEDIA_WORD) || (spelled != null && named(spelled, MEDIA_WORD));
    boolean press =
        named(organisation.name(), PRESS_WORD) || (spelled != null && named(spelled, PRESS_WORD));
    for (int k = start; k < end; k++) {
      if (!lex.contains(GENERIC, tokens.get(k))
          && !(broadcaster && lex.contains(MEDIA_REFERENCE, tokens.get(k)))
          && !(press && lex.contains(PRESS_REFERENCE, tokens.get(k)))) {
        words.addAll(Sources.words(tokens.get(k).text()));
      }
    }
    return sources.namesHold(organisation.name(), words)
        || (spelled != null && sources.namesHold(spelled, words));
  }

  /**
   * True when a source's name holds a word of class {@code kind}: "Al-Masirah TV" says it
   * broadcasts ({@code media_word}), "the Kathmandu Post" that it prints ({@code press_word}).
   */
  private boolean named(String name, String kind) {
    for (Token t : new org.humfig.text.Tokenizer().tokenize(name)) {
      if (lex.contains(kind, t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when every word of {@code tokens[start, end)} is a source's adjective that names no body
   * itself ("local", "official"; not "UN" or "government", whose reports are theirs).
   */
  private boolean adjectives(List<Token> tokens, int start, int end) {
    for (int k = start; k < end; k++) {
      Token t = tokens.get(k);
      if (!lex.contains(ADJECTIVE, t) || lex.contains(SOURCE_NOUN, t) || t.acronym()) {
        return false;
      }
    }
    return end > start && sources.covering(tokens, start, end) == null;
  }

  /**
   * The start of a source phrase without the time that opens it: "[On Thursday] the ministry said",
   * "[Last week] officials said", "[March 21, 2019] the minister said". Not a date inside a name or
   * a report ("the March 23 Movement", "the 2019 census"): no article or source's noun may stand
   * before the time, and no report's noun after it.
   */
  private int afterTime(List<Token> tokens, int start, int end, Analysis a) {
    if (a == null) {
      return start;
    }
    int cut = start;
    for (TimeSpan t : a.times()) {
      boolean opens = t.start() <= cut;
      if (!opens && t.start() - cut <= 2) {
        opens = true; // "Late on [Thursday]", "Early [on Monday]"
        for (int k = cut; k < t.start(); k++) {
          opens &= !modifier(tokens.get(k)) && !lex.contains(SOURCE_NOUN, tokens.get(k));
        }
      }
      if (t.end() <= cut || t.end() >= end || !opens) {
        continue;
      }
      if (lex.startsAt(REPORT_NOUN, tokens, t.end())) {
        continue;
      }
      cut = t.end();
    }
    return cut;
  }

  /**
   * The start of a source phrase without the time of day that opens it: "[At 6 p.m.] police said",
   * "[Around 0900 GMT] the ministry said", "[By noon] officials said". A word of class {@code
   * clock_opener}, numbers and at least one word of class {@code clock_word}.
   */
  private int afterClock(List<Token> tokens, int start, int end) {
    int k = lex.phraseAt(CLOCK_OPENER, tokens, start);
    if (k <= start) {
      return start;
    }
    boolean clock = false;
    while (k < end) {
      int w = lex.phraseAt(CLOCK_WORD, tokens, k);
      if (w > k) {
        clock = true;
        k = w;
      } else if (tokens.get(k).shape() == Token.Shape.NUMBER
          || tokens.get(k).is(":")
          || tokens.get(k).is(".")) {
        k++;
      } else {
        break;
      }
    }
    if (k < end && tokens.get(k).is(",")) {
      k++;
    }
    return clock && k < end ? k : start;
  }

  /**
   * The words of a source phrase that name the source: after "according to", those before an
   * insertion the patterns looked through.
   */
  private Span read(Analysis a, Span src) {
    List<Token> tokens = a.view().tokens();
    if (src.start() > 0 && lex.phraseEndingAt(ACCORDING, tokens, src.start()) >= 0) {
      return new Span(src.start(), beforeInsertion(a, src.start(), src.end()));
    }
    return src;
  }

  /**
   * The end of a source phrase read forwards without what follows an insertion inside it: in
   * "according to the ministry, which publishes a daily tally, 40 people have died" the source is
   * "the ministry", not the words after the aside the patterns looked through.
   */
  private static int beforeInsertion(Analysis a, int start, int end) {
    if (a == null) {
      return end;
    }
    int[] index = a.index();
    for (int k = start + 1; k < end; k++) {
      if (index[k] != index[k - 1] + 1 && a.all().get(index[k - 1] + 1).is(",")) {
        return k;
      }
    }
    return end;
  }

  /**
   * The start of a source phrase without what stands before an insertion inside it: in "as families
   * left the camps, a week after the storm, officials said" the source is "officials", not the
   * words before the aside the patterns looked through.
   */
  private static int afterInsertion(Analysis a, int start, int end) {
    if (a == null) {
      return start;
    }
    int[] index = a.index();
    for (int k = end - 1; k > start; k--) {
      if (index[k] != index[k - 1] + 1 && a.all().get(index[k - 1] + 1).is(",")) {
        return k;
      }
    }
    return start;
  }

  /**
   * The name the story spelled out for the acronym that is the whole phrase {@code tokens[start,
   * end)}, with the acronym, as where it was spelled out ("the Kano State Emergency Management
   * Agency (KSEMA)"), or null.
   */
  private static String spelledOut(Story story, List<Token> tokens, int start, int end) {
    if (end - start != 1 || !tokens.get(start).acronym()) {
      return null;
    }
    String acronym = tokens.get(start).text();
    String name = story.spelled(acronym);
    return name == null ? null : name + " (" + acronym + ")";
  }

  /**
   * The known source a bracketed acronym right after a source phrase names: "the United Nations
   * agency for children (UNICEF)" is UNICEF, not the United Nations.
   */
  private String acronym(Analysis a, List<Token> tokens, int end) {
    List<Token> around = a == null ? tokens : a.all();
    int at = a == null ? end : a.afterInAll(end);
    if (at + 2 < around.size() && around.get(at).is("(") && around.get(at + 2).is(")")) {
      return sources.covering(around, at + 1, at + 2);
    }
    return null;
  }

  /**
   * The end of a source phrase without the time and numbers after its name: "a survey [in 2019]",
   * "state radio [on Monday]", "(OCHA [26/08/2022])".
   */
  private int undated(List<Token> tokens, int start, int end, Analysis a) {
    int cut = end;
    if (a != null) {
      for (TimeSpan t : a.times()) {
        if (t.start() > start && t.start() < cut && t.end() >= cut) {
          cut = t.start();
        }
      }
    }
    while (cut > start + 1
        && (tokens.get(cut - 1).shape() == Token.Shape.NUMBER
            || tokens.get(cut - 1).is(",")
            || (cut < end && lex.contains(FUNCTION_WORD, tokens.get(cut - 1))))) {
      cut--;
    }
    return cut;
  }

  /** True when a number stands in the phrase ("reports of four deaths"). */
  private static boolean quantity(Analysis a, int start, int end) {
    if (a == null) {
      return false;
    }
    for (int k = start; k < end; k++) {
      if (a.view().quantityCovering(k) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * An attribution inside an insertion the rules look through: ", a war monitor said,", or a
   * citation in brackets, "(OCHA 26/08/2022)", "(Provincial Health Office, 2 May 2023)".
   */
  private Source hidden(Story story, Analysis a) {
    List<Token> all = a.all();
    int v = 0;
    for (int k = 0; k < all.size(); k++) {
      boolean visible = v < a.index().length && a.index()[v] == k;
      if (visible) {
        v++;
        continue;
      }
      Source cited = all.get(k).is("(") ? citation(story, all, k + 1) : null;
      if (cited != null) {
        return cited;
      }
      int according = lex.phraseAt(ACCORDING, all, k);
      if (according > 0) {
        // ", according to the agency," set between a verb and its number
        int end = according;
        while (end < all.size() && end - according < LONGEST && sourceWord(all.get(end))) {
          end++;
        }
        Source s = end > according ? source(story, all, new Span(according, end), null) : null;
        if (s != null) {
          return s;
        }
      }
      if (lex.contains(REPORT_VERB, all.get(k)) && k > 0) {
        int start = k;
        while (start > 0 && k - start < LONGEST && sourceWord(all.get(start - 1))) {
          start--;
        }
        if (start < k) {
          Source s = source(story, all, new Span(start, k), null);
          if (s != null) {
            return s;
          }
        }
      }
    }
    return null;
  }

  /**
   * A citation in brackets from token {@code from}: a name, then a date or a number, then ")"; the
   * name is a known source, an acronym or a name with an organisation word, never a place or a
   * count ("(IDPs)", "(Sudan, 2023)" and "(12 children)" cite no one).
   */
  private Source citation(Story story, List<Token> all, int from) {
    int end = from;
    while (end < all.size() && end - from < LONGEST && sourceWord(all.get(end))) {
      end++;
    }
    int close = end;
    boolean dated = false;
    while (close < all.size() && close - end < LONGEST && !all.get(close).is(")")) {
      dated |= all.get(close).shape() == Token.Shape.NUMBER;
      close++;
    }
    if (end == from || close >= all.size()) {
      return null;
    }
    String known = sources.covering(all, from, end);
    if (!dated) {
      // a known source in brackets that closes a line: "2,900 people killed in Goma (WHO)", not
      // the acronym of the name before it ("run by the UN refugee agency (UNHCR)")
      boolean last =
          close + 1 == all.size() || (close + 2 == all.size() && all.get(close + 1).is("."));
      int name = Math.max(0, from - 1 - NAME_BEFORE);
      boolean spelled = known != null && known.equals(sources.covering(all, name, from - 1));
      if (known == null && last && end == from + 1 && cited(all, from)) {
        // an acronym of no known source closing a line: "150 dead, 29 missing (NDRRMC)"
        return new Source(all.get(from).text(), false);
      }
      return known != null && last && !spelled ? new Source(known, false) : null;
    }
    if (known != null) {
      return new Source(known, false);
    }
    boolean organisation = false;
    for (int k = from; k < end; k++) {
      organisation |= lex.startsAt(ORGANISATION_WORD, all, k);
    }
    boolean acronym = end - from == 1 && all.get(from).acronym();
    return organisation || acronym ? new Source(text(story, all, from, end), false) : null;
  }

  /** The fewest letters of an acronym read as a body's name in brackets. */
  private static final int ACRONYM_LETTERS = 3;

  /**
   * True when the word at {@code k}, in brackets, is an acronym that names who gives the line's
   * figures: letters in capitals, no word of a caption ("(VIDEO)"), and not the initials of the
   * words before the bracket ("severe acute malnutrition (SAM)", "the Central African Republic
   * (CAR)").
   */
  private boolean cited(List<Token> all, int k) {
    String text = all.get(k).text();
    if (text.length() < ACRONYM_LETTERS
        || !all.get(k).acronym()
        || lex.contains(CAPTION, all.get(k))) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isLetter(text.charAt(i))) {
        return false;
      }
    }
    int letter = text.length() - 1;
    for (int j = k - 2; j >= 0 && letter >= 0; j--) {
      Token w = all.get(j);
      if (w.shape() != Token.Shape.WORD) {
        return true;
      }
      if (lex.contains(FUNCTION_WORD, w) && !w.capitalized()) {
        continue;
      }
      if (Character.toUpperCase(w.text().charAt(0)) != text.charAt(letter)) {
        return true;
      }
      letter--;
    }
    return letter >= 0;
  }

  /** "he said", "she added", "it noted": the last person or organisation named. */
  private Optional<Source> pronoun(Story story, List<Token> tokens) {
    int k = pronounAt(story, tokens);
    return k < 0 ? Optional.empty() : Optional.of(referent(story, tokens.get(k)));
  }

  /**
   * Where the first "he said", "it noted" or "and said" of a sentence whose pronoun refers to a
   * source the story named stands, or -1.
   */
  private int pronounAt(Story story, List<Token> tokens) {
    for (int k = 0; k + 1 < tokens.size(); k++) {
      int verb = k + 1;
      if (lex.contains(REPORT_ADVERB, tokens.get(verb)) && verb + 1 < tokens.size()) {
        verb++; // "It also reported", "She later told reporters"
      }
      if (lex.startsAt(REPORT_VERB, tokens, verb) && referent(story, tokens.get(k)) != null) {
        return k;
      }
    }
    return -1;
  }

  /** The source the pronoun {@code t} refers to, or null. */
  private Source referent(Story story, Token t) {
    if (lex.contains(PERSON_PRONOUN, t) && story.person() != null) {
      return story.person();
    }
    if (lex.contains(ORGANISATION_PRONOUN, t) && story.organisation() != null) {
      return story.organisation();
    }
    if (lex.contains(CONTINUATION, t) && story.last() != null) {
      return story.last();
    }
    return null;
  }

  /** True for a word that says where a body sits: "Geneva-based", "U.S.-based". */
  private boolean seat(Token t) {
    if (t.shape() != Token.Shape.WORD) {
      return false;
    }
    String norm = t.norm();
    for (String suffix : lex.phrases(SEAT_SUFFIX)) {
      if (norm.length() > suffix.length() && norm.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the modifier at {@code k} opens a name, written with a capital inside the sentence
   * before another capitalised word: "the [Daily] Trust", "the [New] York Times", "[New] Age".
   */
  private boolean named(List<Token> tokens, int k, int end) {
    Token t = tokens.get(k);
    return k > 0
        && k + 1 < end
        && t.capitalized()
        && tokens.get(k + 1).capitalized()
        && !lex.contains(DEFINITE, t);
  }

  private boolean modifier(Token t) {
    return lex.contains(MODIFIER, t)
        || (t.shape() == Token.Shape.NUMBER
            && !Character.isDigit(t.norm().charAt(t.norm().length() - 1)));
  }

  private boolean report(List<Token> tokens, int start, int end) {
    return end > start && lex.contains(REPORT_NOUN, tokens.get(end - 1));
  }

  /** The end of a phrase without its last report noun ("the NDMA update"), or -1. */
  private int reportEnd(List<Token> tokens, int start, int end) {
    for (int k = Math.max(start, end - 2); k < end; k++) {
      if (lex.phraseAt(REPORT_NOUN, tokens, k) == end) {
        return k;
      }
    }
    return -1;
  }

  /** The end of a source phrase starting at {@code from}. */
  private int forward(List<Token> tokens, int from) {
    int k = from;
    while (k < tokens.size() && k - from < LONGEST && sourceWord(tokens.get(k))) {
      k++;
    }
    // a bracketed acronym belongs to the name: "Task Force for Population Movement (TFPM)"
    if (k + 2 < tokens.size() && tokens.get(k).is("(") && tokens.get(k + 2).is(")")) {
      k += 3;
    }
    return k;
  }

  private boolean sourceWord(Token t) {
    // an acronym is a name even where it spells a stop word: "(WHO)"
    return t.shape() == Token.Shape.WORD
        && (!lex.contains(STOP, t) || t.acronym())
        && !lex.contains(REPORT_VERB, t);
  }

  /**
   * The head of a source phrase that names whose it is: "governor" in "the governor of the
   * province", "officials" in "officials from the district"; its last word otherwise.
   */
  private Token head(List<Token> tokens, int start, int end) {
    for (int k = start + 1; k < end; k++) {
      if (lex.contains(HEAD_JOINER, tokens.get(k))) {
        return tokens.get(k - 1);
      }
    }
    return tokens.get(end - 1);
  }

  /** A capitalised word after the first: a name ("the Syrian Observatory", "Bellerive"). */
  private boolean proper(List<Token> tokens, int start, int end) {
    for (int k = start; k < end; k++) {
      Token t = tokens.get(k);
      if (t.capitalized() && (k > 0 || end - start == 1 || tokens.get(k + 1).capitalized())) {
        if (!lex.contains(MODIFIER, t)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A name of capitalised words with no organisation word: a person. */
  private boolean person(List<Token> tokens, int start, int end) {
    int capitals = 0;
    for (int k = start; k < end; k++) {
      if (lex.startsAt(ORGANISATION_WORD, tokens, k) || tokens.get(k).acronym()) {
        return false;
      }
      if (tokens.get(k).capitalized()) {
        capitals++;
      }
    }
    return capitals >= 1;
  }

  private static boolean name(Token t) {
    return t.capitalized() && !allCaps(t.text());
  }

  private static boolean allCaps(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when a phrase ends on a role and a person's name after it, with no number past the role:
   * "Rescue 1122 spokesman Bilal Ahmed", whose number is a part of a service's name.
   */
  private boolean titledName(List<Token> tokens, int start, int end) {
    for (int k = end - 3; k >= start; k--) {
      Token t = tokens.get(k);
      if (t.shape() == Token.Shape.NUMBER) {
        return false;
      }
      if (lex.contains(ROLE, t)) {
        for (int j = k + 1; j < end; j++) {
          if (!name(tokens.get(j))) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  private static boolean digits(List<Token> words) {
    for (Token t : words) {
      if (t.shape() == Token.Shape.NUMBER) {
        return true;
      }
    }
    return false;
  }

  /** True when the phrase is a place name and nothing else ("Bihar said"). */
  private static boolean inPlace(Analysis a, int start, int end) {
    if (a == null) {
      return false;
    }
    for (Locator.Located l : a.places()) {
      if (l.start() <= start && end <= l.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The common name of the country that {@code tokens[start, end)} names and nothing else ("Jordan
   * estimates", "Syria, which ..., says"), or null: a country that reports speaks for its
   * government; a province or a town that "said" does not name who did.
   */
  private static String country(Analysis a, int start, int end) {
    if (a == null) {
      return null;
    }
    for (Locator.Located l : a.places()) {
      if (l.start() == start && l.end() == end && l.place().kind() == Place.Kind.COUNTRY) {
        return l.text();
      }
    }
    return null;
  }

  private static String text(Story story, List<Token> tokens, int start, int end) {
    String s = story.text().substring(tokens.get(start).start(), tokens.get(end - 1).end());
    // an apostrophe lost to a wrong encoding ("China\uFFFDs") is written as one
    return org.humfig.text.Segmenter.spaced(s.replace('\uFFFD', '\u2019'));
  }
}
