/**
 * The figure record and its closed vocabularies (category, metric, unit, qualifier, date precision,
 * status). Every other package speaks these words; this package imports none of them.
 */
package org.humfig.model;
