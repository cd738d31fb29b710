package org.humfig.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a document text into the sentences of its prose, leaving out page furniture.
 *
 * <p>A paragraph is a line. Lines that are navigation, forum sidebars or boilerplate ("» headline",
 * "Today at 7:09 am by Rocky", "Also read: ...", four or more short unpunctuated lines in a row)
 * and lines repeated verbatim earlier in the document (a caption shown twice, a story posted twice)
 * are skipped. Thread-safe once built.
 */
public final class Segmenter {

  private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final int SIDEBAR_RUN = 4;
  private static final int SHORT_LINE = 90;

  private final PageConventions page;
  private final Tokenizer tokenizer = new Tokenizer();

  /** Returns a segmenter that applies the given page conventions. */
  public Segmenter(PageConventions page) {
    this.page = page;
  }

  /** Returns the sentences of the prose of {@code text}, in document order. */
  public List<Sentence> segment(String text) {
    List<int[]> lines = lines(text);
    boolean[] skip = furniture(text, lines);
    Set<String> seen = new HashSet<>();
    List<Sentence> sentences = new ArrayList<>();
    for (int p = 0; p < lines.size(); p++) {
      int[] line = lines.get(p);
      String key = SPACES.matcher(text.substring(line[0], line[1]).strip()).replaceAll(" ");
      if (skip[p] || !seen.add(key)) {
        continue;
      }
      split(text, p, tokenizer.tokenize(text, line[0], line[1]), sentences);
    }
    return sentences;
  }

  /**
   * Returns the paragraphs: lines, with a hard-wrapped line joined to the next when it plainly goes
   * on ("...became" / "homeless and lost..."): it has no closing punctuation and the next line
   * starts in lower case, or it ends with a comma, a hyphen or a word such as "the" or "of".
   */
  private static List<int[]> lines(String text) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    int[] open = null;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        String line = text.substring(start, i);
        if (line.isBlank()) {
          open = null;
        } else if (open != null
            && continues(text.substring(open[0], open[1]).strip(), line.strip())) {
          open[1] = i;
        } else {
          open = new int[] {start, i};
          lines.add(open);
        }
        start = i + 1;
      }
    }
    return lines;
  }

  private static final java.util.Set<String> OPEN_ENDINGS =
      java.util.Set.of(
          "the", "a", "an", "of", "to", "in", "and", "or", "for", "with", "by", "from", "on", "at",
          "as", "that", "which", "who", "were", "was", "are", "is", "have", "has", "had", "be",
          "been", "their", "its", "than", "some", "about", "nearly", "over");

  private static boolean continues(String line, String next) {
    if (line.isEmpty() || next.isEmpty() || endsSentence(line)) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    if (last == ',' || last == ';' || last == '-' || last == '\u2013') {
      return true;
    }
    if (Character.isLowerCase(next.charAt(0))) {
      return true;
    }
    int space = line.lastIndexOf(' ');
    String word = line.substring(space + 1).toLowerCase(java.util.Locale.ROOT);
    return OPEN_ENDINGS.contains(word);
  }

  /** Marks the lines that are page furniture. */
  private boolean[] furniture(String text, List<int[]> lines) {
    boolean[] skip = new boolean[lines.size()];
    int run = 0;
    for (int p = 0; p <= lines.size(); p++) {
      boolean headlineLike = false;
      if (p < lines.size()) {
        String line = text.substring(lines.get(p)[0], lines.get(p)[1]).strip();
        skip[p] = chrome(line);
        headlineLike = !skip[p] && line.length() <= SHORT_LINE && !endsSentence(line);
      }
      if (headlineLike) {
        run++;
      } else {
        if (run >= SIDEBAR_RUN) {
          for (int k = p - run; k < p; k++) {
            skip[k] = true;
          }
        }
        run = 0;
      }
    }
    return skip;
  }

  private boolean chrome(String line) {
    if (line.isEmpty() || page.bullets().indexOf(line.charAt(0)) >= 0) {
      return true;
    }
    if (chromePrefix(line)) {
      return true;
    }
    return line.length() <= SHORT_LINE && CLOCK.matcher(line).find() && !endsSentence(line);
  }

  private static boolean endsSentence(String line) {
    char last = line.charAt(line.length() - 1);
    return ".!?\"'”’)|:".indexOf(last) >= 0;
  }

  /** Splits one paragraph's tokens into sentences. */
  private void split(String text, int paragraph, List<Token> tokens, List<Sentence> out) {
    int from = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (!terminator(tokens, i)) {
        continue;
      }
      int end = i + 1;
      while (end < tokens.size() && closing(tokens.get(end))) {
        end++;
      }
      if (end < tokens.size() && !opensSentence(tokens.get(end))) {
        continue;
      }
      if (!add(text, paragraph, tokens.subList(from, end), out)) {
        return;
      }
      from = end;
      i = end - 1;
    }
    if (from < tokens.size()) {
      add(text, paragraph, tokens.subList(from, tokens.size()), out);
    }
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
    return !initial && !page.abbreviations().contains(prev.norm());
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
   * Adds a sentence; returns false, adding nothing, when it opens page furniture that runs to the
   * end of its paragraph ("...news agency.Also Read - Floods: ..." glued to the prose before it).
   */
  private boolean add(String text, int paragraph, List<Token> tokens, List<Sentence> out) {
    if (tokens.isEmpty()) {
      return true;
    }
    int start = tokens.get(0).start();
    int end = tokens.get(tokens.size() - 1).end();
    if (!out.isEmpty()
        && out.get(out.size() - 1).paragraph() == paragraph
        && chromePrefix(text.substring(start, end))) {
      return false;
    }
    out.add(new Sentence(out.size(), paragraph, start, end, tokens));
    return true;
  }

  private boolean chromePrefix(String sentence) {
    String lower = sentence.toLowerCase(java.util.Locale.ROOT);
    for (String prefix : page.chromePrefixes()) {
      if (lower.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
