package org.humfig.quantity;

/**
 * A quantity found in a token list.
 *
 * @param start index of its first token (a qualifier such as "more than" included)
 * @param end index just past its last token (a unit such as "sq km" included)
 * @param number index of the token holding the number itself
 * @param quantity what it states
 */
public record QuantitySpan(int start, int end, int number, Quantity quantity) {}
