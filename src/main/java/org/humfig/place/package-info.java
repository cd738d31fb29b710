/**
 * Places: the bundled gazetteer of countries, first-level divisions and cities, and the search for
 * their names in text.
 */
package org.humfig.place;
