/**
 * Time expressions in news text and the calendar periods they name, resolved against the date a
 * document was published.
 */
package org.humfig.time;
