package org.humfig.time;

/**
 * A time expression found in a token list.
 *
 * @param start index of its first token
 * @param end index just past its last token
 * @param period the days it names
 */
public record TimeSpan(int start, int end, Period period) {}
