package org.humfig.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Splits a document text into the sentences of its prose, leaving out page furniture.
 *
 * <p>A paragraph is a line. Lines that are navigation, forum sidebars or boilerplate ("» headline",
 * "Today at 7:09 am by Rocky", "Also read: ...", four or more short unpunctuated lines in a row)
 * and lines repeated verbatim earlier in the document (a caption shown twice, a story posted twice)
 * are skipped. Thread-safe once built.
 *
 * <p>Whatever the text, the work stays linear and the memory bounded: a sentence holds at most
 * {@value #MAX_TOKENS} tokens and about {@value #MAX_CHARS} characters (a longer run without a
 * sentence end, such as a list of numbers or a page flattened into one line, is cut into pieces of
 * that size), and a long paragraph is tokenized a window at a time, so that {@link #segment(String,
 * Consumer)} holds one window's tokens, not the document's.
 */
public final class Segmenter {

  private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
  private static final int SIDEBAR_RUN = 4;
  private static final int SHORT_LINE = 90;
  private static final int MAX_LABEL = 10;

  /** The most tokens in a sentence. */
  public static final int MAX_TOKENS = 250;

  /** The characters past which a sentence is cut before its next token. */
  public static final int MAX_CHARS = 5000;

  /** About how many characters of a paragraph are tokenized at a time. */
  private static final int WINDOW = 1 << 16;

  private final PageConventions page;

  /** The words a period does not end a sentence after, read by a token's word number. */
  private final WordSet abbreviations;

  private final Tokenizer tokenizer = new Tokenizer();

  /** The length of the longest furniture prefix. */
  private final int longestPrefix;

  /** The furniture prefixes by their first character, for the ASCII ones. */
  @SuppressWarnings("unchecked")
  private final List<String>[] asciiPrefixes = new List[128];

  /** Returns a segmenter that applies the given page conventions. */
  public Segmenter(PageConventions page) {
    this.page = page;
    this.abbreviations = new WordSet(page.abbreviations());
    this.longestPrefix = page.chromePrefixes().stream().mapToInt(String::length).max().orElse(0);
    for (int c = 0; c < asciiPrefixes.length; c++) {
      char first = (char) c;
      asciiPrefixes[c] =
          page.chromePrefixes().stream().filter(p -> !p.isEmpty() && p.charAt(0) == first).toList();
    }
  }

  /** Returns the sentences of the prose of {@code text}, in document order. */
  public List<Sentence> segment(String text) {
    List<Sentence> sentences = new ArrayList<>();
    segment(text, sentences::add);
    return sentences;
  }

  /** Hands the sentences of the prose of {@code text} to {@code sink}, in document order. */
  public void segment(String text, Consumer<Sentence> sink) {
    List<int[]> lines = lines(text);
    boolean[] skip = furniture(text, lines);
    Set<String> seen = new HashSet<>();
    int[] count = {0, 0}; // sentences in all, and in the current paragraph
    for (int p = 0; p < lines.size(); p++) {
      int[] line = lines.get(p);
      String key = spaced(text.substring(line[0], line[1]).strip());
      if (skip[p] || !seen.add(key)) {
        continue;
      }
      int paragraph = p;
      count[1] = 0;
      List<Token> carry = List.of();
      for (int from = line[0]; from < line[1] && carry != null; ) {
        int to = windowEnd(text, from, line[1]);
        List<Token> tokens = tokenizer.tokenize(text, from, to);
        if (!carry.isEmpty()) {
          List<Token> joined = new ArrayList<>(carry.size() + tokens.size());
          joined.addAll(carry);
          joined.addAll(tokens);
          tokens = joined;
        }
        carry = split(tokens, to >= line[1], chunk -> emit(text, paragraph, chunk, count, sink));
        from = to;
      }
    }
  }

  /**
   * Returns {@code s} with each run of ASCII white space (space, tab, line ends, form feed) made
   * one space: the key a repeated paragraph is known by.
   */
  public static String spaced(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!asciiSpace(c)) {
        if (sb != null) {
          sb.append(c);
        }
        continue;
      }
      int j = i + 1;
      while (j < s.length() && asciiSpace(s.charAt(j))) {
        j++;
      }
      if (sb == null) {
        if (c == ' ' && j == i + 1) {
          continue; // a single space stays as it is
        }
        sb = new StringBuilder(s.length()).append(s, 0, i);
      }
      sb.append(' ');
      i = j - 1;
    }
    return sb == null ? s : sb.toString();
  }

  private static boolean asciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Returns where the window of a paragraph that starts at {@code from} ends: at white space. */
  private static int windowEnd(String text, int from, int end) {
    int to = from + WINDOW;
    if (to >= end) {
      return end;
    }
    while (to < end && !Character.isWhitespace(text.charAt(to))) {
      to++;
    }
    return to;
  }

  /**
   * Returns the paragraphs: lines, with a hard-wrapped line joined to the next when it plainly goes
   * on ("...became" / "homeless and lost..."): it has no closing punctuation and the next line
   * starts in lower case, or it ends with a comma, a hyphen or a word such as "the" or "of".
   */
  private List<int[]> lines(String text) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    int[] open = null;
    int lastStart = 0; // the last line, stripped: text[lastStart, lastEnd)
    int lastEnd = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        int from = stripStart(text, start, i);
        int to = stripEnd(text, from, i);
        if (from == to) {
          open = null;
        } else if (open != null && continues(text, lastStart, lastEnd, from, to)) {
          // Only the end of the paragraph so far matters: its last line, not all of it.
          open[1] = i;
        } else {
          open = new int[] {start, i};
          lines.add(open);
        }
        lastStart = from;
        lastEnd = to;
        start = i + 1;
      }
    }
    return lines;
  }

  /** Returns where text[from, to) starts once stripped of white space, as {@link String#strip}. */
  private static int stripStart(String text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    return from;
  }

  /** Returns where text[from, to) ends once stripped of white space, as {@link String#strip}. */
  private static int stripEnd(String text, int from, int to) {
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  /** True when the stripped line text[start, end) goes on in the stripped line text[from, to). */
  private boolean continues(String text, int start, int end, int from, int to) {
    if (start == end || from == to || endsSentence(text, end)) {
      return false;
    }
    char last = text.charAt(end - 1);
    if (last == ',' || last == ';' || last == '-' || last == '\u2013') {
      return true;
    }
    if (Character.isLowerCase(text.charAt(from))) {
      return true;
    }
    int word = end;
    while (word > start && text.charAt(word - 1) != ' ') {
      word--;
    }
    return page.openEndings()
        .contains(text.substring(word, end).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Marks the lines that are page furniture. A run of {@value #SIDEBAR_RUN} or more short lines
   * that end no sentence is a sidebar of links, unless it is a heading block whose last lines open
   * with their counts, as a situation report's key figures do ("KEY FIGURES", "400,000 people newly
   * displaced since January"), before the heading of the next section at most: without those lines
   * it would be too short to be a sidebar.
   */
  private boolean[] furniture(String text, List<int[]> lines) {
    boolean[] skip = new boolean[lines.size()];
    boolean[] counts = new boolean[lines.size()]; // short lines that open with a count
    int run = 0;
    int colon = -1; // the first colon at or after the line's start, found by one pass over the text
    boolean links = false; // after a line that heads a list of links, up to the first prose
    for (int p = 0; p <= lines.size(); p++) {
      boolean headlineLike = false;
      if (p < lines.size()) {
        int from = stripStart(text, lines.get(p)[0], lines.get(p)[1]);
        int to = stripEnd(text, from, lines.get(p)[1]);
        if (colon < from) {
          colon = text.indexOf(':', from);
          colon = colon < 0 ? Integer.MAX_VALUE : colon;
        }
        if (links && (from == to || linkLine(text, from, to))) {
          skip[p] = true; // a link of the list the last heading opened
        } else {
          links = listHeading(text, from, to);
          boolean label = !links && labelValue(text, from, to);
          counts[p] = !links && !label && countLine(text, from, to);
          skip[p] = links || (!label && !counts[p] && chrome(text, from, to, colon < to));
          headlineLike = !label && !skip[p] && to - from <= SHORT_LINE && !endsSentence(text, to);
        }
      }
      if (headlineLike) {
        run++;
      } else {
        // the lines at the end of the run that open with a count, before one heading at most
        int after = run > 0 && !counts[p - 1] ? 1 : 0;
        int last = 0;
        while (after + last < run && counts[p - 1 - after - last]) {
          last++;
        }
        if (run >= SIDEBAR_RUN && run - last >= SIDEBAR_RUN) {
          for (int k = p - run; k < p; k++) {
            skip[k] = true;
          }
        }
        run = 0;
      }
    }
    return skip;
  }

  /** The longest list heading, with the marks after it, worth lower-casing to compare. */
  private static final int LIST_HEADING = 40;

  /**
   * True when the stripped line text[from, to) is only a heading of a list of links to other
   * stories ("Related Stories", "Most read:", "Also Read »").
   */
  private boolean listHeading(String text, int from, int to) {
    int end = to;
    while (end > from && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    return end > from
        && to - from <= LIST_HEADING
        && page.listHeadings()
            .contains(spaced(text.substring(from, end)).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * True for a line of a list of links to other stories: short, and ending no sentence, though it
   * may end with the story's date in brackets ("Landslide kills 7 in Ha Giang (Aug 1)") or with a
   * quotation that ends none ("Sudan war: 'They killed my sons'").
   */
  private static boolean linkLine(String text, int from, int to) {
    int last = to - 1;
    while (last > from && "\"'\u201D\u2019".indexOf(text.charAt(last)) >= 0) {
      last--;
    }
    return to - from <= SHORT_LINE && ".!?".indexOf(text.charAt(last)) < 0;
  }

  /**
   * True for a line of a key-figure box or list, "Deaths: 1,204", "• People displaced — 16,000
   * households", "Injured 350": a label (up to two words, or more before a colon or dash), then a
   * number near the end. Such a line is a figure, not page furniture, even in a run of short lines
   * or after a bullet.
   */
  private boolean labelValue(String text, int from, int to) {
    if (from == to || to - from > SHORT_LINE || !hasDigit(text, from, to)) {
      return false; // no digit, no number token to be the value
    }
    int words = afterBullets(text, from, to);
    if (runs(text, words, to) > MAX_LABEL) {
      return false; // too many tokens, counted without making them
    }
    List<Token> tokens = tokenizer.tokenize(text.substring(words, to));
    if (tokens.size() < 2
        || tokens.size() > MAX_LABEL
        || tokens.get(0).shape() != Token.Shape.WORD) {
      return false;
    }
    int last = -1;
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).shape() == Token.Shape.NUMBER) {
        last = k;
      }
    }
    if (last < 1 || tokens.size() - last - 1 > 2) {
      return false;
    }
    boolean separated = tokens.get(last - 1).shape() == Token.Shape.PUNCT;
    if (!separated && last > 2) {
      // "Syria revokes citizenship of 700,000 people" is a headline, not a label
      return false;
    }
    for (int k = last + 1; k < tokens.size(); k++) {
      if (tokens.get(k).shape() != Token.Shape.WORD) {
        return false;
      }
    }
    return true;
  }

  /**
   * The fewest runs of characters of a line that opens with its count: the count and a word
   * ("45,000 refugees").
   */
  private static final int COUNT_LINE = 2;

  /**
   * True for a short line of a key-figure box that opens with its count, "400,000 people newly
   * displaced since January", "• 2,900 people killed in Goma": a figure, not a link in a sidebar,
   * however many short lines stand around it. A digit opens it and a letter opens the run after its
   * number, whose groups of three digits may stand apart ("120 000 INTERNALLY DISPLACED").
   */
  private boolean countLine(String text, int from, int to) {
    if (to - from > SHORT_LINE) {
      return false;
    }
    int k = afterBullets(text, from, to);
    if (k == to || !Character.isDigit(text.charAt(k)) || runs(text, k, to) < COUNT_LINE) {
      return false;
    }
    do {
      while (k < to && !Character.isWhitespace(text.charAt(k))) {
        k++;
      }
      while (k < to && Character.isWhitespace(text.charAt(k))) {
        k++;
      }
    } while (digitGroup(text, k, to));
    return k < to && Character.isLetter(text.charAt(k));
  }

  /** True when text[k, to) opens with a run of three digits: a group of a spaced number. */
  private static boolean digitGroup(String text, int k, int to) {
    return k + 3 <= to
        && Character.isDigit(text.charAt(k))
        && Character.isDigit(text.charAt(k + 1))
        && Character.isDigit(text.charAt(k + 2))
        && (k + 3 == to || Character.isWhitespace(text.charAt(k + 3)));
  }

  /**
   * Returns the number of runs of characters the tokenizer reads between the characters it skips
   * (white space, soft hyphens): each run makes one token or more.
   */
  private static int runs(String text, int from, int to) {
    int runs = 0;
    boolean in = false;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      boolean skipped = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00AD';
      if (!skipped && !in) {
        runs++;
      }
      in = !skipped;
    }
    return runs;
  }

  private static boolean hasDigit(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Character.isDigit(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** Returns where text[from, to) starts past its bullets and the white space around them. */
  private int afterBullets(String text, int from, int to) {
    int k = from;
    while (k < to
        && (page.bullets().indexOf(text.charAt(k)) >= 0
            || Character.isWhitespace(text.charAt(k)))) {
      k++;
    }
    return k;
  }

  /** True when the stripped line text[from, to), which has a colon or not, is page furniture. */
  private boolean chrome(String text, int from, int to, boolean colon) {
    if (from == to) {
      return true;
    }
    if (page.bullets().indexOf(text.charAt(from)) >= 0) {
      // a link in a list ("» Syria revokes citizenship of 700,000 people"), unless the item is a
      // sentence of its own, as the key points of a situation report are
      return !bulletedSentence(text, from, to);
    }
    if (chromePrefix(text, from, to)) {
      return true;
    }
    return to - from <= SHORT_LINE
        && colon
        && CLOCK.matcher(text).region(from, to).find()
        && !endsSentence(text, to);
  }

  /** The fewest words of a bulleted line that is a sentence rather than a link. */
  private static final int BULLETED_SENTENCE = 5;

  /**
   * True for a bulleted line that is a sentence: it ends with a full stop (or "!", "?") and has a
   * few words: "• At least 40 civilians were killed in shelling on the town."
   */
  private static boolean bulletedSentence(String text, int from, int to) {
    return ".!?".indexOf(text.charAt(to - 1)) >= 0 && runs(text, from, to) > BULLETED_SENTENCE;
  }

  /** True when the text ending just before {@code end} (not empty) ends a sentence. */
  private static boolean endsSentence(String text, int end) {
    char last = text.charAt(end - 1);
    return ".!?\"'”’)|:".indexOf(last) >= 0;
  }

  /**
   * Splits tokens of a paragraph into sentences, cutting any longer than {@link #MAX_TOKENS} tokens
   * or {@link #MAX_CHARS} characters, and returns the tokens of the unfinished sentence at the end
   * when the paragraph goes on ({@code last} false), or null when the rest of the paragraph is page
   * furniture.
   */
  private List<Token> split(List<Token> tokens, boolean last, Predicate<List<Token>> out) {
    int from = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (i > from
          && (i - from >= MAX_TOKENS
              || tokens.get(i).end() - tokens.get(from).start() > MAX_CHARS)) {
        if (!out.test(tokens.subList(from, i))) {
          return null;
        }
        from = i;
      }
      int rule = separator(tokens, i);
      if (rule > i) {
        // "___" between the updates of a live story run into one line: what stands on each side
        // is read on its own
        if (i > from && !out.test(tokens.subList(from, i))) {
          return null;
        }
        from = afterClock(tokens, rule);
        i = from - 1;
        continue;
      }
      if (i > from && bullet(tokens.get(i))) {
        // a bullet inside a paragraph starts an item of a list run into one line: "HIGHLIGHTS: •
        // 2.1 million people displaced • 14,600 people killed"
        if (!out.test(tokens.subList(from, i))) {
          return null;
        }
        from = i;
        continue;
      }
      if (!terminator(tokens, i)) {
        continue;
      }
      int end = i + 1;
      while (end < tokens.size() && end - from < MAX_TOKENS && closing(tokens.get(end))) {
        end++;
      }
      if (end == tokens.size() && !last) {
        break; // the next window says whether a sentence starts
      }
      if (end < tokens.size() && !opensSentence(tokens.get(end))) {
        continue;
      }
      if (!out.test(tokens.subList(from, end))) {
        return null;
      }
      from = end;
      i = end - 1;
    }
    if (last) {
      if (from < tokens.size()) {
        out.test(tokens.subList(from, tokens.size()));
      }
      return List.of();
    }
    return new ArrayList<>(tokens.subList(from, tokens.size()));
  }

  /** The fewest characters in a row that make a separator. */
  private static final int SEPARATOR = 3;

  /**
   * Returns where the separator ("___", "***") that starts at token {@code i} ends, or {@code i}
   * when none does: {@value #SEPARATOR} or more tokens of one separator character, each touching
   * the next.
   */
  private int separator(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.shape() != Token.Shape.PUNCT
        || t.end() - t.start() != 1
        || page.separators().indexOf(t.text().charAt(0)) < 0) {
      return i;
    }
    int end = i + 1;
    while (end < tokens.size()
        && tokens.get(end).text().equals(t.text())
        && tokens.get(end).start() == tokens.get(end - 1).end()) {
      end++;
    }
    return end - i >= SEPARATOR ? end : i;
  }

  /**
   * Returns where the tokens from {@code i} go on past the time of day that heads the update of a
   * live story ("11:20 a.m."), or {@code i} when no time of day stands there.
   */
  private int afterClock(List<Token> tokens, int i) {
    return i + 1 < tokens.size()
            && tokens.get(i).shape() == Token.Shape.NUMBER
            && page.clockWords().contains(tokens.get(i + 1).norm())
        ? i + 2
        : i;
  }

  /** True for a bullet that is not also a quotation mark ("»" opens a quotation in French). */
  private boolean bullet(Token t) {
    if (t.shape() != Token.Shape.PUNCT || t.end() - t.start() != 1) {
      return false;
    }
    char c = t.text().charAt(0);
    int type = Character.getType(c);
    return page.bullets().indexOf(c) >= 0
        && type != Character.INITIAL_QUOTE_PUNCTUATION
        && type != Character.FINAL_QUOTE_PUNCTUATION;
  }

  private boolean terminator(List<Token> tokens, int i) {
    String norm = tokens.get(i).norm();
    if (norm.equals("!") || norm.equals("?")) {
      return true;
    }
    if (!norm.equals(".")) {
      return false;
    }
    if (i == 0) {
      return false;
    }
    Token prev = tokens.get(i - 1);
    if (prev.end() != tokens.get(i).start()) {
      return true;
    }
    boolean initial = prev.text().length() == 1 && prev.capitalized();
    return !initial && !abbreviations.contains(prev);
  }

  private static boolean closing(Token t) {
    return t.shape() == Token.Shape.PUNCT && "\"')]".contains(t.norm());
  }

  private static boolean opensSentence(Token t) {
    if (t.shape() == Token.Shape.NUMBER || t.capitalized()) {
      return true;
    }
    return t.shape() == Token.Shape.PUNCT && "\"'([".contains(t.norm());
  }

  /**
   * Hands a sentence to {@code out}; returns false, handing nothing, when it opens page furniture
   * that runs to the end of its paragraph ("...news agency.Also Read - Floods: ..." glued to the
   * prose before it), after a sentence of the same paragraph.
   */
  private boolean emit(
      String text, int paragraph, List<Token> tokens, int[] count, Consumer<Sentence> out) {
    while (!tokens.isEmpty()
        && tokens.get(0).text().length() == 1
        && page.bullets().indexOf(tokens.get(0).text().charAt(0)) >= 0) {
      tokens = tokens.subList(1, tokens.size());
    }
    if (tokens.isEmpty()) {
      return true;
    }
    int start = tokens.get(0).start();
    int end = tokens.get(tokens.size() - 1).end();
    if (count[1] > 0 && chromePrefix(text, start, end)) {
      return false;
    }
    count[1]++;
    out.accept(new Sentence(count[0]++, paragraph, start, end, tokens));
    return true;
  }

  private static boolean ascii(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** True when text[start, end) starts with a furniture prefix, in any case. */
  private boolean chromePrefix(String text, int start, int end) {
    int to = Math.min(end, start + longestPrefix + 16);
    if (start >= to) {
      return page.chromePrefixes().contains("");
    }
    if (ascii(text, start, to)) {
      // ASCII lower-cases letter for letter: compare in place, without a copy, the prefixes that
      // start with the line's first letter
      for (String prefix : asciiPrefixes[Character.toLowerCase(text.charAt(start))]) {
        if (start + prefix.length() <= to
            && text.regionMatches(true, start, prefix, 0, prefix.length())) {
          return true;
        }
      }
      return false;
    }
    // Only the opening can match: lower-case that, not the whole sentence (a margin past the
    // longest prefix keeps case rules that look at the next letters exact).
    String lower =
        text.substring(start, Math.min(end, start + longestPrefix + 16))
            .toLowerCase(java.util.Locale.ROOT);
    for (String prefix : page.chromePrefixes()) {
      if (lower.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
