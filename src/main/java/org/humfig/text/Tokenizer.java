package org.humfig.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into {@link Token}s that keep their offsets into the original text.
 *
 * <p>Numbers keep their separators ("10,000", "1,53,211", "1.5"), hyphenated compounds stay whole
 * ("rebel-held", "twenty-one", "200-300"), dotted abbreviations stay whole ("U.S."), a possessive
 * "'s" is its own token, and a number glued to a unit word is split ("7sq" becomes "7" and "sq").
 * Stateless and thread-safe.
 */
public final class Tokenizer {

  private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

  /** Returns the tokens of {@code text} between {@code from} and {@code to}. */
  public List<Token> tokenize(CharSequence text, int from, int to) {
    List<Token> tokens = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00AD') {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        i = word(text, i, to, tokens);
      } else if ((isApostrophe(c) || garbledApostrophe(text, i, from)) && possessive(text, i, to)) {
        add(tokens, text, i, i + 2, Token.Shape.WORD);
        i += 2;
      } else {
        Token.Shape shape = "%$€£¥".indexOf(c) >= 0 ? Token.Shape.SYMBOL : Token.Shape.PUNCT;
        int end = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
        add(tokens, text, i, end, shape);
        i = end;
      }
    }
    return tokens;
  }

  /** Returns the tokens of the whole text. */
  public List<Token> tokenize(CharSequence text) {
    return tokenize(text, 0, text.length());
  }

  private static int word(CharSequence text, int start, int to, List<Token> tokens) {
    int i = start + 1;
    boolean dotted = false;
    Scan scan = null;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        i++; // the common case: the scan takes these in when a separator needs it
        continue;
      }
      if (c == ' ') {
        break; // the most common end of a word, which no rule below reads past
      }
      if ((c == ',' || c == '.') && scan == null) {
        scan = new Scan(text, start);
      }
      if (scan != null) {
        scan.advance(i);
      }
      char prev = text.charAt(i - 1);
      boolean nextAlnum = i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        i++;
      } else if ((c == ',' || c == '.')
          && Character.isDigit(prev)
          && i + 1 < to
          && Character.isDigit(text.charAt(i + 1))
          && (scan.digitsOnly() || scan.joinedNumber())) {
        i++;
      } else if ((c == ':' || c == '/')
          && Character.isDigit(prev)
          && i + 1 < to
          && Character.isDigit(text.charAt(i + 1))) {
        i++;
      } else if (c == '.' && scan.abbreviation() && (nextAlnum || dotted)) {
        dotted = true;
        i++;
        if (!nextAlnum && !hyphenWord(text, i, to)) {
          break; // "U.S." ends here; "U.S.-led" goes on
        }
      } else if (isHyphen(c) && nextAlnum && (Character.isLetterOrDigit(prev) || prev == '.')) {
        i++;
      } else if (isApostrophe(c) && nextAlnum && !possessive(text, i, to)) {
        i++;
      } else {
        break;
      }
    }
    int split = gluedUnit(text, start, i);
    if (split > start) {
      add(tokens, text, start, split, Token.Shape.NUMBER);
      add(tokens, text, split, i, Token.Shape.WORD);
    } else {
      Token.Shape shape =
          Character.isDigit(text.charAt(start)) && !ordinal(text, start, i)
              ? Token.Shape.NUMBER
              : Token.Shape.WORD;
      add(tokens, text, start, i, shape);
    }
    return i;
  }

  /**
   * What the characters of a word read so far look like, kept up to date one character at a time so
   * that a word of any length is read in linear time.
   */
  private static final class Scan {
    private final CharSequence text;
    private final int start;
    private int scanned;
    private boolean letters = true;
    private boolean numeric = true;
    private boolean dotted = true;
    private boolean dashLast;

    /** 0: letters only; 1: letters and a hyphen; 2: then digits and separators; -1: else. */
    private int joined;

    Scan(CharSequence text, int start) {
      this.text = text;
      this.start = start;
      this.scanned = start;
    }

    /** Takes in the characters before {@code i}. */
    void advance(int i) {
      for (; scanned < i; scanned++) {
        char c = text.charAt(scanned);
        boolean letterPlace = (scanned - start) % 2 == 0;
        dotted &= letterPlace ? Character.isLetter(c) : c == '.';
        if (letters && Character.isLetter(c)) {
          continue;
        }
        joined = joined(c);
        letters = false;
        boolean dash =
            isHyphen(c) && scanned > start && Character.isDigit(text.charAt(scanned - 1));
        numeric &= Character.isDigit(c) || c == ',' || c == '.' || dash;
        dashLast = dash;
      }
    }

    /**
     * True when the word so far is digits with separators, after letters only: "10,000", the glued
     * "between159,000" that {@link Repair} later splits, or the range "10,000-15" (a dash between
     * digits, not at the end).
     */
    boolean digitsOnly() {
      return !letters && numeric && !dashLast;
    }

    private int joined(char c) {
      if (letters && isHyphen(c) && scanned > start) {
        return 1;
      }
      boolean digit = Character.isDigit(c) || (joined == 2 && (c == ',' || c == '.'));
      return joined > 0 && digit ? 2 : -1;
    }

    /**
     * True when the word so far is a word joined by a hyphen to a number: the "magnitude-7" of
     * "magnitude-7.1", which keeps its decimal mark.
     */
    boolean joinedNumber() {
      return joined == 2;
    }

    /** True when the word so far looks like "U" or "U.S" (single letters joined by dots). */
    boolean abbreviation() {
      return dotted && (scanned - start) % 2 == 1;
    }
  }

  /**
   * True when a hyphen and a lower-case letter start at {@code i}: the "-led" of "U.S.-led"; the
   * "U.S." of "U.S.-Mexico" stays a name of its own.
   */
  private static boolean hyphenWord(CharSequence text, int i, int to) {
    return i + 1 < to && isHyphen(text.charAt(i)) && Character.isLowerCase(text.charAt(i + 1));
  }

  /** Returns the offset where a unit word starts in "7sq" or "1.5m", or start when none. */
  private static int gluedUnit(CharSequence text, int start, int end) {
    if (!Character.isDigit(text.charAt(start))) {
      return start;
    }
    int k = start;
    while (k < end
        && (Character.isDigit(text.charAt(k)) || text.charAt(k) == ',' || text.charAt(k) == '.')) {
      k++;
    }
    if (k == end || k == start || !Character.isLetter(text.charAt(k))) {
      return start;
    }
    for (int m = k; m < end; m++) {
      if (!Character.isLetter(text.charAt(m))) {
        return start;
      }
    }
    if (ORDINAL_SUFFIXES.contains(text.subSequence(k, end).toString().toLowerCase(Locale.ROOT))) {
      return start;
    }
    return k;
  }

  private static boolean ordinal(CharSequence text, int start, int end) {
    if (end - start < 3) {
      return false;
    }
    String tail = text.subSequence(end - 2, end).toString().toLowerCase(Locale.ROOT);
    return ORDINAL_SUFFIXES.contains(tail) && Character.isDigit(text.charAt(end - 3));
  }

  private static boolean possessive(CharSequence text, int i, int to) {
    if (i + 1 >= to || Character.toLowerCase(text.charAt(i + 1)) != 's') {
      return false;
    }
    return i + 2 >= to || !Character.isLetterOrDigit(text.charAt(i + 2));
  }

  /**
   * True for the replacement character that a lost apostrophe left after a word ("China\uFFFDs
   * National Commission", text decoded in the wrong encoding): before "s" and a word's end it is
   * read as the possessive's apostrophe.
   */
  private static boolean garbledApostrophe(CharSequence text, int i, int from) {
    return text.charAt(i) == '\uFFFD' && i > from && Character.isLetter(text.charAt(i - 1));
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC';
  }

  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';
  }

  private static void add(
      List<Token> tokens, CharSequence text, int start, int end, Token.Shape shape) {
    if (text instanceof String string) {
      // One pass reads the matching form's hash while it checks for ASCII: the token of a word the
      // tables know is made without a copy of its form or a second hash.
      int hash = 0;
      boolean upper = false;
      boolean ascii = true;
      for (int k = start; k < end; k++) {
        char c = text.charAt(k);
        if (c >= 0x80) {
          ascii = false;
          break;
        }
        if (c >= 'A' && c <= 'Z') {
          upper = true;
          c += 'a' - 'A';
        }
        hash = 31 * hash + c;
      }
      if (ascii) {
        tokens.add(Token.ascii(string, start, end, shape, hash, upper));
        return;
      }
    }
    String raw = text.subSequence(start, end).toString();
    tokens.add(new Token(raw, normalize(raw), start, end, shape));
  }

  /** Returns the matching form of a piece of text: lower case, straight quotes, ASCII hyphens. */
  public static String normalize(String raw) {
    int upper = 0;
    for (int k = 0; k < raw.length(); k++) {
      char c = raw.charAt(k);
      if (c >= 0x80) {
        return normalizeAny(raw);
      }
      if (c >= 'A' && c <= 'Z') {
        upper++;
      }
    }
    if (upper == 0) {
      return raw; // plain ASCII already in matching form: the most common word, no copy
    }
    return lower(raw);
  }

  /** Returns the ASCII {@code raw} with its capitals in lower case. */
  static String lower(String raw) {
    char[] lower = new char[raw.length()];
    for (int k = 0; k < lower.length; k++) {
      char c = raw.charAt(k);
      lower[k] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return new String(lower);
  }

  private static String normalizeAny(String raw) {
    StringBuilder sb = new StringBuilder(raw.length());
    for (int k = 0; k < raw.length(); k++) {
      char c = raw.charAt(k);
      if (isApostrophe(c) || c == '\uFFFD') {
        sb.append('\'');
      } else if (c == '\u201C'
          || c == '\u201D'
          || c == '\u201E'
          || c == '\u00AB'
          || c == '\u00BB') {
        sb.append('"');
      } else if (isHyphen(c) || c == '\u2014') {
        sb.append('-');
      } else {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
