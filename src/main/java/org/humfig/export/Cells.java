package org.humfig.export;

/** Cell text made safe for spreadsheets. */
final class Cells {

  private Cells() {}

  /**
   * Returns free text made safe to open in a spreadsheet: a value starting with {@code =}, {@code
   * +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with an apostrophe, so Excel
   * and LibreOffice show it as text instead of running it as a formula (CWE-1236).
   */
  static String neutralize(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return formula(text.charAt(0)) ? "'" + text : text;
  }

  /** Returns true when a cell starting with {@code c} would run as a formula in a spreadsheet. */
  static boolean formula(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
