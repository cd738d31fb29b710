/**
 * Numbers as news writes them: digits and words, scales, Indian numbering, fractions, ranges, vague
 * amounts, qualifiers and units, read into {@link org.humfig.quantity.Quantity} values.
 */
package org.humfig.quantity;
