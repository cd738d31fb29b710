package org.humfig;

import java.util.SplittableRandom;

/**
 * Seeded generator of hostile text: pieces of prose, numbers, separators, control characters,
 * surrogates, markup and formula starts, strung together and now and then repeated into long runs,
 * the shapes that once made text handling super-linear ("1,1,1,...", "U.S. U.S. ...").
 */
public final class Hostile {

  private static final String[] PIECES = {
    "1",
    "1,",
    "1.",
    "12",
    "000",
    "300",
    "1,200",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    ",",
    ".",
    "-",
    "=",
    "+",
    "@",
    "'",
    "\"",
    "killed",
    "people",
    "were",
    "displaced",
    "fled",
    "Mr.",
    "U.S.",
    "e.g.",
    "between",
    "and",
    "to",
    "million",
    "thousand",
    "of",
    "tens",
    "'s",
    "\u00AD",
    "\u2019",
    "\u00A0",
    "\uD83D\uDE00",
    "_x0041_",
    "<p>",
    "&amp;",
    "Aleppo",
    "At least",
    "more than",
    "a",
    "half",
    "dozens",
    "hundreds",
    "%",
    "$",
    "km",
    "sq",
    "twenty-one",
    "1st",
    "10:30",
    "1/2",
    "\u2013",
    "=HYPERLINK(\"x\")",
    "-5",
    "@SUM(A1)",
    "\u0001",
    "\uFFFD",
    "lakh",
    "1 000",
    "I.",
    "a.b.c.",
    "...",
    "?",
    "!",
    "(",
    ")",
    "Twelve people were killed.",
    "More than 3,000 people fled Homs on Sunday, the UN said.",
    "\u0627\u0644\u0644\u0647",
    "\u00E9"
  };

  private Hostile() {}

  /** Returns a text of about {@code pieces} pieces drawn with {@code random}. */
  public static String text(SplittableRandom random, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      String piece = PIECES[random.nextInt(PIECES.length)];
      int repeat = random.nextInt(20) == 0 ? random.nextInt(2000) : 1;
      for (int k = 0; k < repeat; k++) {
        sb.append(piece);
        if (random.nextBoolean()) {
          sb.append(' ');
        }
      }
    }
    return sb.toString();
  }

  /** Returns {@code piece} repeated until the text has {@code length} characters. */
  public static String run(String piece, int length) {
    StringBuilder sb = new StringBuilder(length + piece.length());
    while (sb.length() < length) {
      sb.append(piece);
    }
    return sb.toString();
  }

  /** The shapes that once took super-linear time, one per family. */
  public static final String[] PATHOLOGICAL = {
    "1,",
    "1.",
    "U.S. ",
    "Mr. ",
    "a.",
    "killed ",
    "1 ",
    "people were killed, ",
    "word,\n",
    "the\n",
    "1-",
    "twenty-one ",
    "between 1 and ",
    "tens of ",
    "a million ",
    "\"",
    "<b>",
    "--"
  };
}
